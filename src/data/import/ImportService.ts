/**
 * The import: plans rows against what is saved (the dry run) and writes what the person confirmed, only through
 * the product's repositories, so a pupil imported is secured for its home school exactly as one added by hand,
 * and a mark goes into the same week item with the same ETag checks as a register.
 */
import type { AttendanceMark, Pupil, School, SchoolContact } from '../../domain';
import type { SourceSheet } from '../../domain/import/cells';
import { planMarks } from '../../domain/import/kinds/marks';
import { planLearningLogEntries, type ImportedEntry } from '../../domain/import/kinds/learningLogEntries';
import { indexPupils } from '../../domain/import/kinds/pupilMatch';
import type { LearningLogEntry, TermDates } from '../../domain';
import { planPupils } from '../../domain/import/kinds/pupils';
import { planPips, type ImportedPip } from '../../domain/import/kinds/pips';
import { planSchools, planSchoolStaff } from '../../domain/import/kinds/schools';
import type { PlanRow } from '../../domain/import/plan';
import { resultWithoutWriting, type ResultOutcome, type RowResult } from '../../domain/import/report';
import { readRows, type MappedSheet } from '../../domain/import/rows';
import { ConcurrencyError, DataError } from '../errors';
import type { ILearningLogRepository, IPipRepository, IPupilRepository, ISchoolRepository } from '../ports';
import type { SpAttendanceImport } from '../sp/attendance/AttendanceImport';
import { importedMarkKey } from '../sp/attendance/AttendanceImport';
import type { AnyImportPlan, IImportService, ImportRunOptions, SavedMapping, SiteListSummary } from './importTypes';
import { readWorkbook } from './workbookReader';
import { readCtf } from './ctf/ctfIn';
import { decodeText } from '../../domain/import/textDecoding';

export interface ImportServiceDeps {
  readonly pupils: IPupilRepository;
  readonly schools: ISchoolRepository;
  readonly attendance: Pick<SpAttendanceImport, 'marksForPupils' | 'importMarks'>;
  readonly mappings: { list(): Promise<SavedMapping[]>; save(m: SavedMapping): Promise<void> };
  readonly siteLists: { lists(): Promise<SiteListSummary[]>; read(title: string): Promise<SourceSheet> };
  readonly currentUser: { readonly email: string };
  readonly now: () => Date;
  /** Learning log entries are written through the learning log repository, into the log of their term. */
  readonly learningLogs?: Pick<ILearningLogRepository, 'forPupil' | 'create' | 'update' | 'entriesForPupil' | 'addEntry'>;
  /** The term dates in settings (which term's log an entry goes into). */
  readonly terms?: () => Promise<readonly TermDates[]>;
  /** PIPs (the Appendix 5 tracker) are written through the PIP repository, as Drafts. */
  readonly pips?: Pick<IPipRepository, 'list' | 'create' | 'update'>;
  /** settings.pipReviewIntervalWeeks (an imported PIP with no planned end date ends at its first review). */
  readonly pipReviewIntervalWeeks?: () => Promise<number>;
}

/** Pupils written at the same time (each is several requests: the item, its folders, their permissions). */
const PUPIL_WRITERS = 4;

const today = (now: Date): string => now.toISOString().slice(0, 10);

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  });
  await Promise.all(runners);
}

const result = (row: PlanRow<unknown>, outcome: ResultOutcome, detail: string): RowResult => ({ rowNumber: row.rowNumber, label: row.label, planned: row.outcome, result: outcome, detail });
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class ImportService implements IImportService {
  public constructor(private readonly deps: ImportServiceDeps) {}

  public readWorkbook(name: string, content: ArrayBuffer): Promise<SourceSheet[]> {
    return readWorkbook(name, content);
  }

  public async readCtf(name: string, content: ArrayBuffer): Promise<{ readonly sheet: SourceSheet; readonly description: string }> {
    const read = await readCtf(name, decodeText(new Uint8Array(content)).text, today(this.deps.now()));
    const from = read.source.schoolName || `LA ${read.source.lea}, establishment ${read.source.estab}`;
    return { sheet: read.sheet, description: `Common Transfer File ${read.version} from ${from}` };
  }

  public siteLists(): Promise<SiteListSummary[]> {
    return this.deps.siteLists.lists();
  }

  public readSiteList(title: string): Promise<SourceSheet> {
    return this.deps.siteLists.read(title);
  }

  public savedMappings(): Promise<SavedMapping[]> {
    return this.deps.mappings.list();
  }

  public saveMapping(mapping: SavedMapping): Promise<void> {
    return this.deps.mappings.save(mapping);
  }

  public async plan(sheet: SourceSheet, mapped: MappedSheet): Promise<AnyImportPlan> {
    const rows = readRows(sheet, mapped);
    switch (mapped.kind) {
      case 'pupils': {
        const [pupils, schools] = await Promise.all([this.deps.pupils.list(), this.deps.schools.list()]);
        const plan = planPupils(rows, mapped, { existing: pupils.items, schools: schools.items, today: today(this.deps.now()) });
        return { kind: 'pupils', rows: plan.rows };
      }
      case 'marks': {
        const pupils = (await this.deps.pupils.list()).items;
        const saved = new Map<string, string>();
        for (const m of await this.deps.attendance.marksForPupils(pupils.map((p) => p.id))) saved.set(importedMarkKey(m), m.code);
        const plan = planMarks(rows, mapped, { pupils, saved, recordedBy: this.deps.currentUser.email, recordedAt: this.deps.now().toISOString() });
        return { kind: 'marks', rows: plan.rows };
      }
      case 'schools':
        return { kind: 'schools', rows: planSchools(rows, mapped, (await this.deps.schools.list()).items).rows };
      case 'schoolStaff': {
        const [schools, contacts] = await Promise.all([this.deps.schools.list(), this.deps.schools.contacts()]);
        return { kind: 'schoolStaff', rows: planSchoolStaff(rows, mapped, schools.items, contacts.items).rows };
      }
      case 'learningLogEntries': {
        const { learningLogs, terms } = this.deps;
        if (!learningLogs || !terms) break;
        const pupils = (await this.deps.pupils.list()).items;
        const index = indexPupils(pupils);
        const named = new Set(rows.map((r) => index.find(r.values)?.id).filter((id): id is number => id !== undefined));
        const saved: LearningLogEntry[] = [];
        for (const id of named) saved.push(...(await learningLogs.entriesForPupil(id)).items);
        return { kind: 'learningLogEntries', rows: planLearningLogEntries(rows, mapped, { pupils, saved, terms: await terms() }).rows };
      }
      case 'pips': {
        const { pips, pipReviewIntervalWeeks } = this.deps;
        if (!pips || !pipReviewIntervalWeeks) break;
        const [pupils, saved, weeks] = await Promise.all([this.deps.pupils.list(), pips.list(), pipReviewIntervalWeeks()]);
        return { kind: 'pips', rows: planPips(rows, mapped, { pupils: pupils.items, saved: saved.items, reviewIntervalWeeks: weeks }).rows };
      }
      default:
        break;
    }
    throw new DataError('invalid-record', `Importing ${mapped.kind} is not available here: choose pupils, schools, named staff, attendance marks, PIPs or learning log entries.`);
  }

  public async run(plan: AnyImportPlan, options: ImportRunOptions = {}): Promise<RowResult[]> {
    const results: RowResult[] = [];
    const toWrite: PlanRow<unknown>[] = [];
    for (const row of plan.rows as readonly PlanRow<unknown>[]) {
      const final = resultWithoutWriting(row);
      if (final) results.push(final);
      else toWrite.push(row);
    }
    const total = plan.rows.length;
    const progress = (): void => options.onProgress?.({ done: results.length, total });
    progress();
    if (plan.kind === 'marks') {
      await this.runMarks(toWrite as PlanRow<AttendanceMark>[], results, options);
    } else if (plan.kind === 'learningLogEntries') {
      await this.runEntries(toWrite as PlanRow<ImportedEntry>[], results, options, progress);
    } else {
      const write = this.writerFor(plan.kind);
      await inPool(toWrite, plan.kind === 'pupils' ? PUPIL_WRITERS : 1, async (row) => {
        if (options.isCancelled?.()) results.push(result(row, 'cancelled', 'The import was cancelled before this row.'));
        else results.push(await write(row));
        progress();
      });
    }
    return results.sort((a, b) => a.rowNumber - b.rowNumber);
  }

  private writerFor(kind: 'pupils' | 'schools' | 'schoolStaff' | 'pips'): (row: PlanRow<unknown>) => Promise<RowResult> {
    const { pupils, schools, pips } = this.deps;
    return async (row) => {
      try {
        if (kind === 'pips') {
          if (!pips) throw new DataError('invalid-record', 'PIPs cannot be imported here.');
          const { pupilRef, ...pip } = row.record as ImportedPip;
          if (row.outcome === 'updated' && row.existing) {
            await pips.update(row.existing.id, row.existing.etag, pip);
            return result(row, 'updated', row.reasons.join('; '));
          }
          await pips.create(pip, pupilRef);
          return result(row, 'created', 'added as a Draft PIP');
        }
        if (kind === 'pupils') {
          const record = row.record as Pupil;
          if (row.outcome === 'updated' && row.existing) {
            await pupils.update(row.existing.id, row.existing.etag, record);
            return result(row, 'updated', row.reasons.join('; '));
          }
          const saved = await pupils.create(record);
          return result(row, 'created', `added as ${saved.pupilRef}`);
        }
        if (kind === 'schools') {
          await schools.create(row.record as School);
          return result(row, 'created', 'added');
        }
        await schools.addContact(row.record as SchoolContact);
        return result(row, 'created', 'added; they can read the school’s pupils now');
      } catch (e) {
        if (e instanceof ConcurrencyError) return result(row, 'failed', 'Someone changed this record after the check: check the file again, then import.');
        const message = messageOf(e);
        // The pupil is saved but its home school's access could not be set (for example without Manage Permissions).
        if (kind === 'pupils' && /was saved, but access/.test(message)) return result(row, 'not-shared', message);
        return result(row, 'failed', message);
      }
    };
  }

  /**
   * Each entry goes into its pupil's log for its term: the log is made when there is none, and a subject it does
   * not list yet is added to it (with the entry's teacher), as a teacher adding the first entry would.
   */
  private async runEntries(rows: readonly PlanRow<ImportedEntry>[], results: RowResult[], options: ImportRunOptions, progress: () => void): Promise<void> {
    const logs = this.deps.learningLogs;
    if (!logs) throw new DataError('invalid-record', 'Learning log entries cannot be imported here.');
    const byPupil = new Map<number, Awaited<ReturnType<typeof logs.forPupil>>['items']>();
    for (const row of rows) {
      const e = row.record as ImportedEntry;
      if (options.isCancelled?.()) {
        results.push(result(row, 'cancelled', 'The import was cancelled before this row.'));
        progress();
        continue;
      }
      try {
        let list = byPupil.get(e.pupilId);
        if (!list) {
          list = [...(await logs.forPupil(e.pupilId)).items];
          byPupil.set(e.pupilId, list);
        }
        let log = list.find((l) => l.academicYear === e.academicYear && l.term === e.term);
        if (!log) {
          log = await logs.create({ pupilId: e.pupilId, academicYear: e.academicYear, term: e.term, subjects: [{ subject: e.subject, teacher: e.teacher }] }, e.pupilRef);
          list.push(log);
        } else if (!log.subjects.some((s) => s.subject.toLowerCase() === e.subject.toLowerCase())) {
          const updated = await logs.update(log.id, log.etag, { ...log, subjects: [...log.subjects, { subject: e.subject, teacher: e.teacher }] });
          list.splice(list.indexOf(log), 1, updated);
          log = updated;
        }
        await logs.addEntry({ logId: log.id, pupilId: e.pupilId, subject: e.subject, entryDate: e.entryDate, teacher: e.teacher, entry: e.entry, highlight: e.highlight }, e.pupilRef);
        results.push(result(row, 'created', `added to the ${e.term} ${e.academicYear} log`));
      } catch (err) {
        results.push(result(row, 'failed', err instanceof ConcurrencyError ? 'The log changed while importing: check the file again, then import.' : messageOf(err)));
      }
      progress();
    }
  }

  private async runMarks(rows: readonly PlanRow<AttendanceMark>[], results: RowResult[], options: ImportRunOptions): Promise<void> {
    const byKey = new Map(rows.map((r) => [importedMarkKey(r.record as AttendanceMark), r]));
    const before = results.length;
    const outcome = await this.deps.attendance.importMarks(
      rows.map((r) => r.record as AttendanceMark),
      { onProgress: (p) => options.onProgress?.({ done: before + p.done, total: before + rows.length }), isCancelled: options.isCancelled },
    );
    const push = (key: string, o: ResultOutcome, detail: string): void => {
      const row = byKey.get(key);
      if (row) results.push(result(row, o, detail));
    };
    outcome.saved.forEach((k) => push(k, 'created', 'added'));
    outcome.unchanged.forEach((k) => push(k, 'unchanged', 'the same mark was saved meanwhile'));
    outcome.conflicts.forEach((c) => push(c.key, 'conflict', `saved as ${c.saved} meanwhile: the saved mark is kept`));
    outcome.failures.forEach((f) => push(f.key, 'failed', f.message));
    outcome.cancelled.forEach((k) => push(k, 'cancelled', 'The import was cancelled before this mark.'));
  }
}
