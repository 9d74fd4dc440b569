import type { Target, TargetProgress } from '../../../domain';
import type { TargetSource } from '../../../domain/vocabulary';
import type { ITargetRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { readAll, readForPupils, readOne } from '../listReader';
import { targetMapper } from './targetMapper';

const earliestDueFirst = (a: Saved<Target>, b: Saved<Target>): number => (a.dueDate === b.dueDate ? a.id - b.id : a.dueDate < b.dueDate ? -1 : 1);

export class SpTargetRepository implements ITargetRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
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

  public async create(target: Target, pupilRef: string): Promise<Saved<Target>> {
    const values = targetMapper.toValues(target);
    return addToPupilFolderOnce(this.sp, this.siteUrl, targetMapper, pupilRef, values, { what: 'save the target', thing: 'The target' });
  }

  public update(id: number, etag: string, target: Target): Promise<Saved<Target>> {
    return updateItem(this.sp, targetMapper, id, etag, target, 'save the target');
  }

  public async recordProgress(id: number, etag: string, progress: TargetProgress, close = false): Promise<Saved<Target>> {
    const current = await this.get(id);
    return this.update(id, etag, { ...current, progress: [...current.progress, progress], closed: current.closed || close });
  }
}
