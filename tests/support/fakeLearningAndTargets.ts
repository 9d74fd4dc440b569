/**
 * In-memory learning logs and targets for component tests (the SharePoint repositories are tested against the
 * emulator). They validate like the repositories do, so a component test sees the same field messages.
 */
import type { CreateOptions, ILearningLogRepository, ITargetRepository, ReadResult, Saved } from '../../src/data/ports';
import { DataError, RecordValidationError } from '../../src/data/errors';
import {
  learningLogEntrySchema,
  learningLogKey,
  learningLogSchema,
  targetSchema,
  type LearningLog,
  type LearningLogEntry,
  type Target,
  type TargetProgress,
} from '../../src/domain';
import type { TargetSource } from '../../src/domain/vocabulary';
import type { ZodType, ZodTypeDef } from 'zod';

const saved = <T>(value: T, id: number): Saved<T> => ({ ...value, id, etag: `"${id},1"` });
const ok = <T>(items: T[]): ReadResult<T> => ({ items, problems: [] });

function check<T>(list: string, schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RecordValidationError(list, undefined, String(issue.path[0] ?? 'record'), issue.message);
}

export class FakeLearningLogs implements ILearningLogRepository {
  public readonly logs: Saved<LearningLog>[];
  public readonly entryRecords: Saved<LearningLogEntry>[];
  public readonly addedEntries: { entry: LearningLogEntry; pupilRef: string }[] = [];
  private readonly entryKeys = new Map<string, Saved<LearningLogEntry>>();
  private nextId = 1000;

  public constructor(logs: LearningLog[] = [], entries: LearningLogEntry[] = []) {
    this.logs = logs.map((l, i) => saved(l, l.id ?? i + 1));
    this.entryRecords = entries.map((e, i) => saved(e, e.id ?? i + 1));
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<LearningLog>>> {
    return ok(this.logs.filter((l) => l.pupilId === pupilId));
  }

  public async get(id: number): Promise<Saved<LearningLog>> {
    const log = this.logs.find((l) => l.id === id);
    if (!log) throw new DataError('not-found', 'The learning log was not found or you cannot see it.', 404);
    return log;
  }

  public async create(log: LearningLog): Promise<Saved<LearningLog>> {
    const valid = check('Pathways Learning Logs', learningLogSchema, log);
    if (this.logs.some((l) => learningLogKey(l) === learningLogKey(valid)))
      throw new DataError('duplicate', `The pupil already has a learning log for ${valid.term} ${valid.academicYear}.`);
    const s = saved(valid, this.nextId++);
    this.logs.push(s);
    return s;
  }

  public async update(id: number, _etag: string, log: LearningLog): Promise<Saved<LearningLog>> {
    const valid = check('Pathways Learning Logs', learningLogSchema, log);
    const i = this.logs.findIndex((l) => l.id === id);
    const s = saved(valid, id);
    this.logs[i] = s;
    return s;
  }

  public async entries(logId: number): Promise<ReadResult<Saved<LearningLogEntry>>> {
    return ok(this.entryRecords.filter((e) => e.logId === logId).sort((a, b) => (a.entryDate < b.entryDate ? 1 : -1)));
  }

  public async entriesForPupil(pupilId: number, from?: string, to?: string): Promise<ReadResult<Saved<LearningLogEntry>>> {
    return ok(this.entryRecords.filter((e) => e.pupilId === pupilId && (!from || e.entryDate >= from) && (!to || e.entryDate <= to)));
  }

  public async entriesForPupils(pupilIds: readonly number[], from?: string, to?: string): Promise<ReadResult<Saved<LearningLogEntry>>> {
    const wanted = new Set(pupilIds);
    return ok(this.entryRecords.filter((e) => wanted.has(e.pupilId) && (!from || e.entryDate >= from) && (!to || e.entryDate <= to)));
  }

  public async highlights(pupilId: number, since?: string): Promise<ReadResult<Saved<LearningLogEntry>>> {
    return ok((await this.entriesForPupil(pupilId, since)).items.filter((e) => e.highlight));
  }

  public async addEntry(entry: LearningLogEntry, pupilRef: string, options: CreateOptions = {}): Promise<Saved<LearningLogEntry>> {
    const valid = check('Pathways Learning Log Entries', learningLogEntrySchema, entry);
    // Like the repository's unique PwClientKey: the same key sent again finds the first copy.
    const first = options.clientKey === undefined ? undefined : this.entryKeys.get(options.clientKey);
    if (first) return first;
    const s = saved(valid, this.nextId++);
    this.entryRecords.push(s);
    this.addedEntries.push({ entry: valid, pupilRef });
    if (options.clientKey !== undefined) this.entryKeys.set(options.clientKey, s);
    return s;
  }
}

export class FakeTargets implements ITargetRepository {
  public readonly records: Saved<Target>[];
  private nextId = 1000;

  public constructor(targets: Target[] = []) {
    this.records = targets.map((t, i) => saved(t, t.id ?? i + 1));
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<Target>>> {
    return ok(this.records.filter((t) => t.pupilId === pupilId).sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1)));
  }

  public async forPupils(pupilIds: readonly number[]): Promise<ReadResult<Saved<Target>>> {
    return ok(this.records.filter((t) => pupilIds.includes(t.pupilId)));
  }

  public async openForPupil(pupilId: number): Promise<ReadResult<Saved<Target>>> {
    return ok((await this.forPupil(pupilId)).items.filter((t) => !t.closed));
  }

  public async forSource(pupilId: number, source: TargetSource, sourceId: number): Promise<ReadResult<Saved<Target>>> {
    return ok((await this.forPupil(pupilId)).items.filter((t) => t.source === source && t.sourceId === sourceId));
  }

  public async get(id: number): Promise<Saved<Target>> {
    const t = this.records.find((r) => r.id === id);
    if (!t) throw new DataError('not-found', 'The target was not found or you cannot see it.', 404);
    return t;
  }

  public async create(target: Target): Promise<Saved<Target>> {
    const s = saved(check('Pathways Targets', targetSchema, target), this.nextId++);
    this.records.push(s);
    return s;
  }

  public async update(id: number, _etag: string, target: Target): Promise<Saved<Target>> {
    const s = saved(check('Pathways Targets', targetSchema, target), id);
    this.records[this.records.findIndex((r) => r.id === id)] = s;
    return s;
  }

  public async recordProgress(id: number, etag: string, progress: TargetProgress, close = false): Promise<Saved<Target>> {
    const current = await this.get(id);
    return this.update(id, etag, { ...current, progress: [...current.progress, progress], closed: current.closed || close });
  }
}
