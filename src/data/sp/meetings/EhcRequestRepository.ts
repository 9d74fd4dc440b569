import { ehcRequestIssues, londonToday, type EhcRequest } from '../../../domain';
import { DataError } from '../../errors';
import type { IEhcRequestRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { readAll } from '../listReader';
import { ehcRequestMapper } from './meetingMappers';

const byReceived = (a: Saved<EhcRequest>, b: Saved<EhcRequest>): number =>
  a.receivedOn === b.receivedOn ? a.id - b.id : a.receivedOn < b.receivedOn ? -1 : 1;

/** LA requests and draft plans for comment, in each pupil's folder. A small list: read whole for the Due view. */
export class SpEhcRequestRepository implements IEhcRequestRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  public async list(): Promise<ReadResult<Saved<EhcRequest>>> {
    const r = await readAll(this.sp, ehcRequestMapper, { what: 'load the LA requests' });
    return { items: r.items.sort(byReceived), problems: r.problems };
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<EhcRequest>>> {
    const r = await readAll(this.sp, ehcRequestMapper, { what: "load the pupil's LA requests", filter: `PwPupilId eq ${pupilId}` });
    return { items: r.items.sort(byReceived), problems: r.problems };
  }

  public async create(request: EhcRequest, pupilRef: string): Promise<Saved<EhcRequest>> {
    const values = ehcRequestMapper.toValues(this.checked(request));
    return addToPupilFolderOnce(this.sp, this.siteUrl, ehcRequestMapper, pupilRef, values, { what: `record the ${request.kind.toLowerCase()}`, thing: `The ${request.kind.toLowerCase()}` });
  }

  public async update(id: number, etag: string, request: EhcRequest): Promise<Saved<EhcRequest>> {
    return updateItem(this.sp, ehcRequestMapper, id, etag, this.checked(request), 'save the LA request');
  }

  /** Valid, and nothing dated after today (a decision or plan is recorded once it has happened). */
  private checked(request: EhcRequest): EhcRequest {
    const record = ehcRequestMapper.validate(request);
    const issue = ehcRequestIssues(record, londonToday(this.now()))[0];
    if (issue) throw new DataError('invalid-record', `The ${record.kind.toLowerCase()} was not saved: ${issue}.`);
    return record;
  }
}
