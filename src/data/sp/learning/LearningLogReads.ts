import type { LearningLog, LearningLogEntry } from '../../../domain';
import { TERMS } from '../../../domain/vocabulary';
import type { ILearningLogRepository, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readAll, readForPupils, readOne } from '../listReader';
import { learningLogEntryMapper, learningLogMapper } from './learningLogMappers';

const termRank = (log: Pick<LearningLog, 'academicYear' | 'term'>): string => `${log.academicYear}-${TERMS.indexOf(log.term)}`;
const newestTermFirst = (a: Saved<LearningLog>, b: Saved<LearningLog>): number => (termRank(a) < termRank(b) ? 1 : termRank(a) > termRank(b) ? -1 : 0);
const newestEntryFirst = (a: Saved<LearningLogEntry>, b: Saved<LearningLogEntry>): number =>
  a.entryDate === b.entryDate ? b.id - a.id : a.entryDate < b.entryDate ? 1 : -1;

/** The methods that write (the rest read). */
export type LearningLogWrite = 'create' | 'update' | 'addEntry';

/** The reads (`data-learning-logs`, what a first screen loads); the writes (LearningLogRepository.ts, `data-learning-logs-write`) extend this class, loaded at the first write. */
export class SpLearningLogReads implements Omit<ILearningLogRepository, LearningLogWrite> {
  public constructor(
    protected readonly sp: SPFI,
    protected readonly siteUrl: string,
  ) {}

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<LearningLog>>> {
    const result = await readAll(this.sp, learningLogMapper, { what: "load the pupil's learning logs", filter: `PwPupilId eq ${pupilId}` });
    return { items: result.items.sort(newestTermFirst), problems: result.problems };
  }

  public get(id: number): Promise<Saved<LearningLog>> {
    return readOne(this.sp, learningLogMapper, id, 'load the learning log');
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
}
