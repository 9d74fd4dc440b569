import { ehcRequestIssues, londonToday, type EhcRequest } from '../../../domain';
import { DataError } from '../../errors';
import type { IEhcRequestRepository, Saved } from '../../ports';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { ehcRequestMapper } from './meetingMappers';
import { SpEhcRequestReads } from './EhcRequestReads';
import { writerOf } from '../recordWriter';

/** The whole repository (`data-ehc-requests-write`, loaded at the first write): the reads (EhcRequestReads.ts) and the writes. */
export class SpEhcRequestRepository extends SpEhcRequestReads implements IEhcRequestRepository {
  public async create(request: EhcRequest, pupilRef: string): Promise<Saved<EhcRequest>> {
    const values = writerOf(ehcRequestMapper).toValues(this.checked(request));
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
