import { behaviourLogDay, behaviourLogTimeIssue, type BehaviourLogEntry } from '../../../domain';
import { DataError } from '../../errors';
import type { IBehaviourLogRepository, Saved } from '../../ports';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { behaviourLogMapper } from './behaviourMappers';
import { SpBehaviourLogReads } from './BehaviourLogReads';
import { writerOf } from '../recordWriter';

/** The whole repository (`data-behaviour-log-write`, loaded at the first write): the reads (BehaviourLogReads.ts) and the writes. */
export class SpBehaviourLogRepository extends SpBehaviourLogReads implements IBehaviourLogRepository {
  public async add(entry: Omit<BehaviourLogEntry, 'day'>, pupilRef: string): Promise<Saved<BehaviourLogEntry>> {
    const record = behaviourLogDay(entry);
    const early = behaviourLogTimeIssue(record, this.now());
    if (early) throw new DataError('invalid-record', `The entry was not saved: ${early.message}.`);
    const values = writerOf(behaviourLogMapper).toValues(record);
    return addToPupilFolderOnce(this.sp, this.siteUrl, behaviourLogMapper, pupilRef, values, { what: `log the ${record.kind === 'Incident' ? 'incident' : 'engagement'}`, thing: `The ${record.kind === 'Incident' ? 'incident' : 'engagement'} entry` });
  }
}
