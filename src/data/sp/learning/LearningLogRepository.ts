import type { LearningLog, LearningLogEntry } from '../../../domain';
import type { ILearningLogRepository, Saved } from '../../ports';
import { DataError } from '../../errors';
import { addToPupilFolderOnce, type CreateOptions } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { readOne } from '../listReader';
import { toDataError } from '../spErrors';
import { learningLogEntryMapper, learningLogMapper } from './learningLogMappers';
import { SpLearningLogReads } from './LearningLogReads';
import { writerOf } from '../recordWriter';

/** The whole repository (`data-learning-logs-write`, loaded at the first write): the reads (LearningLogReads.ts) and the writes. */
export class SpLearningLogRepository extends SpLearningLogReads implements ILearningLogRepository {
  public async create(log: LearningLog, pupilRef: string): Promise<Saved<LearningLog>> {
    const values = writerOf(learningLogMapper).toValues(log);
    const words = { what: `start the ${log.term} ${log.academicYear} learning log`, thing: `The ${log.term} ${log.academicYear} learning log` };
    try {
      // The log key (pupil and term) is the log's own unique key: a retry after a lost answer finds the first copy.
      return await addToPupilFolderOnce(this.sp, this.siteUrl, learningLogMapper, pupilRef, values, words, { keyColumn: 'PwLogKey' });
    } catch (e) {
      const err = toDataError(e, words.what);
      if (err.kind === 'duplicate') throw new DataError('duplicate', `The pupil already has a learning log for ${log.term} ${log.academicYear}.`);
      throw err;
    }
  }

  public update(id: number, etag: string, log: LearningLog): Promise<Saved<LearningLog>> {
    return updateItem(this.sp, learningLogMapper, id, etag, log, 'save the learning log');
  }

  public async addEntry(entry: LearningLogEntry, pupilRef: string, options: CreateOptions = {}): Promise<Saved<LearningLogEntry>> {
    const values = writerOf(learningLogEntryMapper).toValues(entry);
    // A child record points only to a parent of the same pupil: SharePoint does not trim expanded lookups, so an
    // entry linked to another pupil's log would show that log to this pupil's school.
    const log = await readOne(this.sp, learningLogMapper, entry.logId, 'load the learning log');
    if (log.pupilId !== entry.pupilId) {
      throw new DataError('invalid-record', `Not saved: learning log ${entry.logId} belongs to another pupil. An entry can only be added to its own pupil's log.`);
    }
    return addToPupilFolderOnce(this.sp, this.siteUrl, learningLogEntryMapper, pupilRef, values, {
      what: `add the ${entry.subject} entry`,
      thing: `The ${entry.subject} entry`,
    }, options);
  }
}
