import type { LearningLog, LearningLogEntry } from '../../../domain';
import { TERMS } from '../../../domain/vocabulary';
import type { ILearningLogRepository, ReadResult, Saved } from '../../ports';
import { DataError } from '../../errors';
import type { SPFI } from '../pnpSetup';
import { addToPupilFolderOnce, type CreateOptions } from '../exactlyOnce';
import { updateItem } from '../itemUpdater';
import { readAll, readForPupils, readOne } from '../listReader';
import { toDataError } from '../spErrors';
import { learningLogEntryMapper, learningLogMapper } from './learningLogMappers';

const termRank = (log: Pick<LearningLog, 'academicYear' | 'term'>): string => `${log.academicYear}-${TERMS.indexOf(log.term)}`;
const newestTermFirst = (a: Saved<LearningLog>, b: Saved<LearningLog>): number => (termRank(a) < termRank(b) ? 1 : termRank(a) > termRank(b) ? -1 : 0);
const newestEntryFirst = (a: Saved<LearningLogEntry>, b: Saved<LearningLogEntry>): number =>
  a.entryDate === b.entryDate ? b.id - a.id : a.entryDate < b.entryDate ? 1 : -1;

export class SpLearningLogRepository implements ILearningLogRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<LearningLog>>> {
    const result = await readAll(this.sp, learningLogMapper, { what: "load the pupil's learning logs", filter: `PwPupilId eq ${pupilId}` });
    return { items: result.items.sort(newestTermFirst), problems: result.problems };
  }

  public get(id: number): Promise<Saved<LearningLog>> {
    return readOne(this.sp, learningLogMapper, id, 'load the learning log');
  }

  public async create(log: LearningLog, pupilRef: string): Promise<Saved<LearningLog>> {
    const values = learningLogMapper.toValues(log);
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

  public async entries(logId: number): Promise<ReadResult<Saved<LearningLogEntry>>> {
    const result = await readAll(this.sp, learningLogEntryMapper, { what: 'load the learning log entries', filter: `PwLogId eq ${logId}` });
    return { items: result.items.sort(newestEntryFirst), problems: result.problems };
  }

  public async entriesForPupil(pupilId: number, from?: string, to?: string): Promise<ReadResult<Saved<LearningLogEntry>>> {
    // A pupil has a few hundred entries a year: the dates are applied here rather than in the filter, because a
    // date-only column holds London midnight, an hour before UTC midnight in summer.
    const result = await readAll(this.sp, learningLogEntryMapper, { what: "load the pupil's learning log entries", filter: `PwPupilId eq ${pupilId}` });
    const items = result.items.filter((e) => (from === undefined || e.entryDate >= from) && (to === undefined || e.entryDate <= to));
    return { items: items.sort(newestEntryFirst), problems: result.problems };
  }

  public async entriesForPupils(pupilIds: readonly number[], from?: string, to?: string): Promise<ReadResult<Saved<LearningLogEntry>>> {
    // The dates are applied here, as for one pupil (entriesForPupil).
    const result = await readForPupils(this.sp, learningLogEntryMapper, pupilIds, "load the pupils' learning log entries");
    const items = result.items.filter((e) => (from === undefined || e.entryDate >= from) && (to === undefined || e.entryDate <= to));
    return { items: items.sort(newestEntryFirst), problems: result.problems };
  }

  public async highlights(pupilId: number, since?: string): Promise<ReadResult<Saved<LearningLogEntry>>> {
    const all = await this.entriesForPupil(pupilId, since);
    return { items: all.items.filter((e) => e.highlight), problems: all.problems };
  }

  public async addEntry(entry: LearningLogEntry, pupilRef: string, options: CreateOptions = {}): Promise<Saved<LearningLogEntry>> {
    const values = learningLogEntryMapper.toValues(entry);
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
