/**
 * The storage shape of attendance: one SharePoint item per pupil per school week (docs/architecture.md), with ten
 * session columns and a JSON column of per-session detail. This file converts between that item and domain marks.
 */
import { z } from 'zod';
import type { AttendanceMark } from '../../../domain';
import { academicYearOf, addDays, isKnownCode, isoWeekday, mondayOf } from '../../../domain';
import { DataError, RecordValidationError } from '../../errors';
import { WEEK_SESSION_FIELDS, type WeekSessionField } from '../../../lists/weekSessions';
import type { Session } from '../../../domain/vocabulary';
import type { FieldValues } from '../fieldCodec';

const detailSchema = z.object({
  minutesLate: z.number().int().min(0).optional(),
  arrivalTime: z.string().optional(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  note: z.string().optional(),
});
export type SessionDetail = z.infer<typeof detailSchema>;
export const sessionDetailsSchema = z.record(z.string(), detailSchema);
export type SessionDetails = Record<string, SessionDetail>;

/** The column holding a date's session: Monday AM → PwMonAm. */
export function sessionField(date: string, session: Session): WeekSessionField {
  const weekday = isoWeekday(date); // 1 = Monday … 5 = Friday
  if (weekday < 1 || weekday > 5) throw new Error(`${date} is not a weekday: registers are only taken Monday to Friday.`);
  return WEEK_SESSION_FIELDS[(weekday - 1) * 2 + (session === 'AM' ? 0 : 1)];
}

/** The date and session a column holds in the week beginning `monday`. */
export function sessionOfField(monday: string, field: WeekSessionField): { date: string; session: Session } {
  const index = WEEK_SESSION_FIELDS.indexOf(field);
  return { date: addDays(monday, Math.floor(index / 2)), session: index % 2 === 0 ? 'AM' : 'PM' };
}

export function weekKey(pupilId: number, monday: string): string {
  return `${pupilId}|${monday}`;
}

/** A week item as read: the pupil, the Monday, the codes by column, the detail, and the ETag guarding it. */
export interface WeekRecord {
  readonly itemId?: number;
  readonly etag?: string;
  readonly pupilId: number;
  readonly monday: string;
  readonly codes: Partial<Record<WeekSessionField, string>>;
  readonly details: SessionDetails;
  /**
   * Set when the stored detail column could not be read (broken JSON after a hand edit): the marks are still shown,
   * but the item is not written over, so what is stored there is never lost.
   */
  readonly damagedDetail?: RecordValidationError;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A week item as a record, with a problem (naming the list, the item and the column) for each value that cannot be
 * read: a code outside the 2024 attendance codes is left out of the marks, broken session detail leaves the marks
 * without their detail, and an item with no pupil or week cannot be placed at all (week undefined). Never throws.
 */
export function weekRecordOf(values: FieldValues, etag: string, listTitle: string): { week?: WeekRecord; problems: RecordValidationError[] } {
  const itemId = Number(values.Id);
  const problem = (column: string, detail: string): RecordValidationError => new RecordValidationError(listTitle, itemId, column, detail);
  const problems: RecordValidationError[] = [];
  const pupilId = Number(values.PwPupil);
  if (values.PwPupil === null || !Number.isInteger(pupilId) || pupilId <= 0) return { problems: [problem('PwPupil', 'no pupil is linked')] };
  const monday = typeof values.PwWeek === 'string' ? values.PwWeek : '';
  if (!ISO_DATE.test(monday) || Number.isNaN(Date.parse(monday)) || isoWeekday(monday) !== 1) {
    return { problems: [problem('PwWeek', `"${String(values.PwWeek)}" is not the date of a Monday (yyyy-mm-dd)`)] };
  }
  const codes: Partial<Record<WeekSessionField, string>> = {};
  for (const f of WEEK_SESSION_FIELDS) {
    const v = values[f];
    if (typeof v !== 'string' || v === '') continue;
    if (isKnownCode(v)) codes[f] = v;
    else problems.push(problem(f, `"${v}" is not one of the attendance codes (2024); the mark is not counted until it is corrected`));
  }
  let details: SessionDetails = {};
  let damagedDetail: RecordValidationError | undefined;
  if (typeof values.PwSessionDetail === 'string' && values.PwSessionDetail !== '') {
    let json: unknown;
    try {
      json = JSON.parse(values.PwSessionDetail);
    } catch {
      damagedDetail = problem('PwSessionDetail', 'the value is not valid JSON (the marks are shown without minutes late, arrival times or who recorded them)');
    }
    if (!damagedDetail) {
      const parsed = sessionDetailsSchema.safeParse(json);
      if (parsed.success) details = parsed.data;
      else damagedDetail = problem('PwSessionDetail', `the session detail is not in the expected form (${parsed.error.issues[0].message})`);
    }
    if (damagedDetail) problems.push(damagedDetail);
  }
  return { week: { itemId, etag, pupilId, monday, codes, details, ...(damagedDetail ? { damagedDetail } : {}) }, problems };
}

/** The marks a week record holds. */
export function marksOfWeek(week: WeekRecord): AttendanceMark[] {
  const marks: AttendanceMark[] = [];
  for (const f of WEEK_SESSION_FIELDS) {
    const code = week.codes[f];
    if (code === undefined) continue;
    const { date, session } = sessionOfField(week.monday, f);
    const d = week.details[f];
    marks.push({
      pupilId: week.pupilId,
      date,
      session,
      code,
      minutesLate: d?.minutesLate,
      arrivalTime: d?.arrivalTime,
      recordedBy: d?.recordedBy ?? 'unknown@unknown',
      recordedAt: d?.recordedAt ?? `${date}T00:00:00Z`,
      ...(d?.note !== undefined ? { note: d.note } : {}),
    });
  }
  return marks;
}

/** Applies marks (all in the record's week) to a week record, returning the new record. */
export function withMarks(week: WeekRecord, marks: readonly AttendanceMark[]): WeekRecord {
  const codes = { ...week.codes };
  const details = { ...week.details };
  for (const m of marks) {
    if (mondayOf(m.date) !== week.monday) throw new Error(`A mark for ${m.date} does not belong to the week of ${week.monday}.`);
    const f = sessionField(m.date, m.session);
    codes[f] = m.code;
    details[f] = { minutesLate: m.minutesLate, arrivalTime: m.arrivalTime, recordedBy: m.recordedBy, recordedAt: m.recordedAt, ...(m.note ? { note: m.note } : {}) };
  }
  return { ...week, codes, details };
}

export function emptyWeek(pupilId: number, monday: string): WeekRecord {
  return { pupilId, monday, codes: {}, details: {} };
}

/** Column values to write for a week record (only the given session columns, plus the detail and keys). */
export function weekValues(week: WeekRecord, columns: readonly WeekSessionField[]): FieldValues {
  if (week.damagedDetail) throw new DamagedWeekError(week.damagedDetail);
  const values: FieldValues = {
    Title: `Week beginning ${week.monday}`,
    PwPupil: week.pupilId,
    PwWeek: week.monday,
    PwWeekKey: weekKey(week.pupilId, week.monday),
    PwAcademicYear: academicYearOf(week.monday),
    PwSessionDetail: JSON.stringify(week.details),
  };
  for (const f of columns) values[f] = week.codes[f] ?? null;
  return values;
}

/** Refuses to write over a week item whose stored detail cannot be read: writing would lose it. */
export class DamagedWeekError extends DataError {
  public constructor(public readonly problem: RecordValidationError) {
    super(
      'invalid-record',
      `Not saved: the stored attendance for this week ('${problem.list}', item ${problem.itemId ?? '?'}) has a damaged '${problem.field}' column, ` +
        'and saving over it would lose what it holds. Ask whoever manages the site to correct that item, then save again.',
    );
    this.name = 'DamagedWeekError';
  }
}
