import { type EhcRequest } from '../../../domain';
import type { IEhcRequestRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readAll } from '../listReader';
import { ehcRequestMapper } from './meetingMappers';

const byReceived = (a: Saved<EhcRequest>, b: Saved<EhcRequest>): number =>
  a.receivedOn === b.receivedOn ? a.id - b.id : a.receivedOn < b.receivedOn ? -1 : 1;

/** The methods that write (the rest read). */
export type EhcRequestWrite = 'create' | 'update';

/** LA requests and draft plans for comment, in each pupil's folder. A small list: read whole for the Due view. *
 * These are the reads (`data-ehc-requests`, what a first screen loads); the writes (EhcRequestRepository.ts, `data-ehc-requests-write`) extend this class,
 * loaded at the first write.
 */
export class SpEhcRequestReads implements Omit<IEhcRequestRepository, EhcRequestWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
    protected readonly now: () => Date = () => new Date(),
  ) {}

  public async list(): Promise<ReadResult<Saved<EhcRequest>>> {
    const r = await readAll(this.sp, ehcRequestMapper, { what: 'load the LA requests' });
    return { items: r.items.sort(byReceived), problems: r.problems };
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<EhcRequest>>> {
    const r = await readAll(this.sp, ehcRequestMapper, { what: "load the pupil's LA requests", filter: `PwPupilId eq ${pupilId}` });
    return { items: r.items.sort(byReceived), problems: r.problems };
  }
}
