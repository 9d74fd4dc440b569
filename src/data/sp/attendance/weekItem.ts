/**
 * The storage shape of attendance: one SharePoint item per pupil per school week (docs/architecture.md), with ten
 * session columns and a JSON column of per-session detail. This file converts between that item and domain marks.
 */
import { z } from 'zod';
import type { AttendanceMark } from '../../../domain';
import { academicYearOf, addDays, isoWeekday, mondayOf } from '../../../domain';
import { WEEK_SESSION_FIELDS, type WeekSessionField } from '../../../lists';
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
}

export function weekRecordOf(values: FieldValues, etag: string): WeekRecord {
  const codes: Partial<Record<WeekSessionField, string>> = {};
  for (const f of WEEK_SESSION_FIELDS) {
    const v = values[f];
    if (typeof v === 'string' && v !== '') codes[f] = v;
  }
  let details: SessionDetails = {};
  if (typeof values.PwSessionDetail === 'string' && values.PwSessionDetail !== '') {
    const parsed = sessionDetailsSchema.safeParse(JSON.parse(values.PwSessionDetail));
    if (parsed.success) details = parsed.data;
  }
  return { itemId: Number(values.Id), etag, pupilId: Number(values.PwPupil), monday: String(values.PwWeek), codes, details };
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
