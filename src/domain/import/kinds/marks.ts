import { attendanceMarkSchema, type AttendanceMark } from '../../attendance/attendanceMark';
import { findCode } from '../../attendance/codes';
import { formatUkDate } from '../../dates/isoDates';
import type { Session } from '../../vocabulary';
import { refusedRow, type ImportPlan, type PlanRow } from '../plan';
import { columnName, issueText, type MappedSheet, type ReadRow, type RowIssue } from '../rows';
import { indexPupils, pupilLabel } from './pupilMatch';

/**
 * Attendance marks: one row per pupil, date and session with its code, or the one-row-per-pupil-per-day layout
 * with AM and PM columns. A mark is matched by pupil, date and session: the same saved code is unchanged, a
 * different saved code is a conflict (never overwritten), no saved mark is new. Codes outside the 2024 set are
 * refused by name.
 */
export interface MarkPupil {
  readonly id: number;
  readonly pupilRef: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
  readonly upn?: string;
}

export interface MarkPlanContext {
  readonly pupils: readonly MarkPupil[];
  /** Saved codes by markKey(pupilId, date, session). */
  readonly saved: ReadonlyMap<string, string>;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export const markKey = (pupilId: number, date: string, session: Session): string => `${pupilId}|${date}|${session}`;

function codeProblem(code: string): string | undefined {
  const known = findCode(code);
  if (!known) return `'${code}' is not one of the attendance codes in force since August 2024`;
  if (!known.selectable) return `code ${code} was withdrawn in August 2024 (use G for holiday not agreed, C for exceptional leave)`;
  return undefined;
}

export function planMarks(rows: readonly ReadRow[], mapped: MappedSheet, ctx: MarkPlanContext): ImportPlan<AttendanceMark> {
  const index = indexPupils(ctx.pupils);
  const inFile = new Map<string, { row: number; code: string }>();
  const out: PlanRow<AttendanceMark>[] = [];
  for (const row of rows) {
    const v = row.values;
    if (row.duplicateOf !== undefined) {
      out.push(refusedRow(row, pupilLabel(v), row.issues));
      continue;
    }
    const pupil = index.find(v);
    const rowIssues: RowIssue[] = [...row.issues];
    if (!pupil && !row.issues.some((i) => ['upn', 'pupilRef', 'lastName', 'firstName', 'dateOfBirth'].includes(i.field ?? '')))
      rowIssues.push({ rowNumber: row.rowNumber, column: '', message: `${pupilLabel(v)} is not a pupil on Pathways Hub (or the name matches more than one): import the roll first` });
    const sessions: { session: Session; code: string; field: string }[] = [];
    if (typeof v.code === 'string' && typeof v.session === 'string') sessions.push({ session: v.session as Session, code: v.code, field: 'code' });
    if (typeof v.am === 'string') sessions.push({ session: 'AM', code: v.am, field: 'am' });
    if (typeof v.pm === 'string') sessions.push({ session: 'PM', code: v.pm, field: 'pm' });
    if (sessions.length === 0 && rowIssues.length === 0) rowIssues.push({ rowNumber: row.rowNumber, column: '', message: 'has no mark' });
    if (rowIssues.length > 0 || !pupil || typeof v.date !== 'string') {
      out.push(refusedRow(row, pupilLabel(v), rowIssues));
      continue;
    }
    for (const s of sessions) {
      const label = `${pupil.pupilRef}, ${formatUkDate(v.date)} ${s.session}`;
      const problems: RowIssue[] = [];
      const bad = codeProblem(s.code);
      if (bad) problems.push({ rowNumber: row.rowNumber, column: columnName(mapped, s.field), message: bad });
      const candidate = {
        pupilId: pupil.id,
        date: v.date,
        session: s.session,
        code: s.code,
        minutesLate: s.field === 'code' && (s.code === 'L' || s.code === 'U') ? (v.minutesLate as number | undefined) : undefined,
        recordedBy: ctx.recordedBy,
        recordedAt: ctx.recordedAt,
      };
      const parsed = attendanceMarkSchema.safeParse(candidate);
      if (!bad && !parsed.success)
        for (const i of parsed.error.issues)
          problems.push({ rowNumber: row.rowNumber, column: columnName(mapped, i.path[0] === 'code' ? s.field : String(i.path[0] ?? 'date')), message: i.message });
      const key = markKey(pupil.id, v.date, s.session);
      const earlier = inFile.get(key);
      if (earlier)
        problems.push({
          rowNumber: row.rowNumber,
          column: '',
          message: earlier.code === s.code ? `repeats the ${s.session} mark of row ${earlier.row}: it is imported once` : `row ${earlier.row} gives a different ${s.session} mark for the same day (${earlier.code}, not ${s.code})`,
        });
      else inFile.set(key, { row: row.rowNumber, code: s.code });
      if (problems.length > 0 || !parsed.success) {
        out.push({ rowNumber: row.rowNumber, label, outcome: 'refused', reasons: problems.map(issueText) });
        continue;
      }
      const saved = ctx.saved.get(key);
      if (saved === undefined) out.push({ rowNumber: row.rowNumber, label, outcome: 'new', reasons: [`${s.code}`], record: parsed.data });
      else if (saved === s.code) out.push({ rowNumber: row.rowNumber, label, outcome: 'unchanged', reasons: [`${s.code} is already saved`] });
      else
        out.push({
          rowNumber: row.rowNumber,
          label,
          outcome: 'conflict',
          reasons: [`saved as ${saved}; the file says ${s.code}. The saved mark is kept: change it in the register, with a reason, if the file is right`],
          record: parsed.data,
        });
    }
  }
  return { kind: 'marks', rows: out };
}
