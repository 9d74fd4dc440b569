import type { Target } from '../../../domain';
import type { TargetSource } from '../../../domain/vocabulary';
import type { ITargetRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readAll, readForPupils, readOne } from '../listReader';
import { targetMapper } from './targetMapper';

const earliestDueFirst = (a: Saved<Target>, b: Saved<Target>): number => (a.dueDate === b.dueDate ? a.id - b.id : a.dueDate < b.dueDate ? -1 : 1);

/** The methods that write (the rest read). */
export type TargetWrite = 'create' | 'update' | 'recordProgress';

/** The reads (`data-targets`, what a first screen loads); the writes (TargetRepository.ts, `data-targets-write`) extend this class, loaded at the first write. */
export class SpTargetReads implements Omit<ITargetRepository, TargetWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<Target>>> {
    const result = await readAll(this.sp, targetMapper, { what: "load the pupil's targets", filter: `PwPupilId eq ${pupilId}` });
    return { items: result.items.sort(earliestDueFirst), problems: result.problems };
  }

  public forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<Target>>> {
    return readForPupils(this.sp, targetMapper, pupilIds, "load the pupils' targets");
  }

  public async openForPupil(pupilId: number): Promise<ReadResult<Saved<Target>>> {
    const all = await this.forPupil(pupilId);
    return { items: all.items.filter((t) => !t.closed), problems: all.problems };
  }

  public async forSource(pupilId: number, source: TargetSource, sourceId: number): Promise<ReadResult<Saved<Target>>> {
    const all = await this.forPupil(pupilId);
    return { items: all.items.filter((t) => t.source === source && t.sourceId === sourceId), problems: all.problems };
  }

  public get(id: number): Promise<Saved<Target>> {
    return readOne(this.sp, targetMapper, id, 'load the target');
  }
}
