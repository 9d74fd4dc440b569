/**
 * Marks written in bulk (imports): the same week items, ETags and pupil folders as a register save, but many
 * pupils and weeks at once. A session that already holds a mark is never written: the same code is unchanged, a
 * different one is a conflict left for a person to decide (there is no reason for an amendment, so the import
 * cannot make one). A week changed by someone else between reading and writing (412, or a week created meanwhile)
 * is read again and merged once more, so nobody's mark is lost.
 */
import type { AttendanceMark } from '../../../domain';
import { mondayOf } from '../../../domain';
import type { WeekSessionField } from '../../../lists';
import type { SPFI } from '../pnpSetup';
import { writePayload } from '../fieldWriter';
import { addInPupilFolder } from '../folderWriter';
import { loadSiteRegional } from '../siteRegional';
import { toDataError } from '../spErrors';
import { readWeeksBatched, weeksList } from './weekReader';
import { DamagedWeekError, emptyWeek, marksOfWeek, sessionField, weekValues, withMarks, type WeekRecord } from './weekItem';
import type { PupilRefLookup } from './AttendanceReads';

export const importedMarkKey = (m: Pick<AttendanceMark, 'pupilId' | 'date' | 'session'>): string => `${m.pupilId}|${m.date}|${m.session}`;

export interface MarkImportProgress {
  readonly done: number;
  readonly total: number;
}

export interface MarkImportOptions {
  readonly onProgress?: (progress: MarkImportProgress) => void;
  /** Checked between batches: true stops before the next one (what was written stays written). */
  readonly isCancelled?: () => boolean;
}

export interface MarkImportResult {
  /** Keys (pupil|date|session) of the marks written. */
  readonly saved: readonly string[];
  readonly unchanged: readonly string[];
  readonly conflicts: readonly { readonly key: string; readonly saved: string }[];
  readonly failures: readonly { readonly key: string; readonly message: string }[];
  readonly cancelled: readonly string[];
}

/** Pupils whose weeks are read per batch (one query each, by the indexed pupil column: ≤ 234 items). */
const PUPILS_PER_READ = 20;
/** Week items written per PnPjs batch. */
const WEEKS_PER_BATCH = 100;
const MAX_ROUNDS = 3;

export class SpAttendanceImport {
  public constructor(
    private readonly sp: SPFI,
    private readonly siteUrl: string,
    private readonly pupilRefs: PupilRefLookup,
  ) {}

  /** Every saved mark of the given pupils (the dry run compares the file with these). */
  public async marksForPupils(pupilIds: readonly number[]): Promise<AttendanceMark[]> {
    const weeks = await this.weeksOf(pupilIds);
    return weeks.flatMap(marksOfWeek);
  }

  public async importMarks(marks: readonly AttendanceMark[], options: MarkImportOptions = {}): Promise<MarkImportResult> {
    const saved: string[] = [];
    const unchanged: string[] = [];
    const conflicts: { key: string; saved: string }[] = [];
    const failures: { key: string; message: string }[] = [];
    const cancelled: string[] = [];
    const total = marks.length;
    const refs = await this.pupilRefs([...new Set(marks.map((m) => m.pupilId))]);

    const byPupil = new Map<number, AttendanceMark[]>();
    for (const m of marks) (byPupil.get(m.pupilId) ?? byPupil.set(m.pupilId, []).get(m.pupilId))?.push(m);
    const pupilIds = [...byPupil.keys()];
    const report = (): void => options.onProgress?.({ done: saved.length + unchanged.length + conflicts.length + failures.length, total });

    for (let start = 0; start < pupilIds.length; start += PUPILS_PER_READ) {
      const group = pupilIds.slice(start, start + PUPILS_PER_READ);
      if (options.isCancelled?.()) {
        for (const id of group) cancelled.push(...(byPupil.get(id) ?? []).map(importedMarkKey));
        continue;
      }
      let pending = group.flatMap((id) => byPupil.get(id) ?? []);
      for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
        const weeks = new Map((await this.weeksOf([...new Set(pending.map((m) => m.pupilId))])).map((w) => [`${w.pupilId}|${w.monday}`, w]));
        const writes: { week: WeekRecord; fields: WeekSessionField[]; marks: AttendanceMark[] }[] = [];
        const byWeek = new Map<string, AttendanceMark[]>();
        for (const m of pending) {
          const k = `${m.pupilId}|${mondayOf(m.date)}`;
          (byWeek.get(k) ?? byWeek.set(k, []).get(k))?.push(m);
        }
        byWeek.forEach((weekMarks, k) => {
          const base = weeks.get(k) ?? emptyWeek(weekMarks[0].pupilId, mondayOf(weekMarks[0].date));
          const toWrite: AttendanceMark[] = [];
          for (const m of weekMarks) {
            const there = base.codes[sessionField(m.date, m.session)];
            if (there === undefined) toWrite.push(m);
            else if (there === m.code) unchanged.push(importedMarkKey(m));
            else conflicts.push({ key: importedMarkKey(m), saved: there });
          }
          if (toWrite.length > 0) writes.push({ week: withMarks(base, toWrite), fields: toWrite.map((m) => sessionField(m.date, m.session)), marks: toWrite });
        });
        const stale = await this.write(writes, refs, saved, failures, report);
        pending = stale;
        report();
      }
      for (const m of pending) failures.push({ key: importedMarkKey(m), message: 'The week kept changing while importing: import the file again to finish it.' });
      report();
    }
    return { saved, unchanged, conflicts, failures, cancelled };
  }

  private async weeksOf(pupilIds: readonly number[]): Promise<WeekRecord[]> {
    const out: WeekRecord[] = [];
    for (let i = 0; i < pupilIds.length; i += PUPILS_PER_READ) {
      const filters = pupilIds.slice(i, i + PUPILS_PER_READ).map((id) => `PwPupilId eq ${id}`);
      out.push(...(await readWeeksBatched(this.sp, filters, 'load the saved attendance')).weeks);
    }
    return out;
  }

  /** Writes the weeks in batches; returns the marks of weeks that changed underneath (to merge again). */
  private async write(
    writes: readonly { week: WeekRecord; fields: WeekSessionField[]; marks: AttendanceMark[] }[],
    refs: ReadonlyMap<number, string>,
    saved: string[],
    failures: { key: string; message: string }[],
    report: () => void,
  ): Promise<AttendanceMark[]> {
    const stale: AttendanceMark[] = [];
    await loadSiteRegional(this.sp, this.siteUrl); // form values are queued in the batches: nothing may be awaited there
    for (let start = 0; start < writes.length; start += WEEKS_PER_BATCH) {
      const [batched, execute] = this.sp.batched();
      const jobs = writes.slice(start, start + WEEKS_PER_BATCH).map(({ week, fields, marks }) => {
        if (week.damagedDetail) {
          const message = new DamagedWeekError(week.damagedDetail).message;
          failures.push(...marks.map((m) => ({ key: importedMarkKey(m), message })));
          return Promise.resolve();
        }
        const values = weekValues(week, fields);
        const ref = refs.get(week.pupilId);
        const write: Promise<unknown> =
          week.itemId !== undefined
            ? batched.web.lists.getByTitle(weeksList.title).items.getById(week.itemId).update(writePayload(weeksList, values), week.etag ?? '*')
            : ref === undefined
              ? Promise.reject(new Error('This pupil is not on the register you can see.'))
              : addInPupilFolder(batched, this.siteUrl, weeksList, ref, values);
        return write.then(
          () => void saved.push(...marks.map(importedMarkKey)),
          (e: unknown) => {
            const err = toDataError(e, 'save the marks');
            if (err.kind === 'conflict' || err.kind === 'duplicate') stale.push(...marks);
            else failures.push(...marks.map((m) => ({ key: importedMarkKey(m), message: err.message })));
          },
        );
      });
      await execute();
      await Promise.all(jobs);
      report();
    }
    return stale;
  }
}
