import type { ValidationIssue } from '../common/validationIssue';
import { formatUkDate, isValidIsoDate, isoWeekday, type IsoDate } from '../dates/isoDates';
import type { CalendarSettings } from '../dates/schoolCalendar';
import { isOnRoll } from '../pupils/onRoll';
import type { Pupil } from '../pupils/pupil';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Session } from '../vocabulary';
import { attendanceCodeValueSchema } from './attendanceMark';
import { codeForArrival } from './registerTiming';

/**
 * Checks for taking a register, with a message that says exactly what is wrong (attendance policy
 * "Late Arrival at School", facts sheet §1–2). Pure: the register screen shows the messages at the field
 * they belong to, and saves every mark that has none.
 */

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Why no register is taken on a date. `label` names the day ("Saturday", "half-term", "INSET day: …"). */
export type RegisterDateKind = 'invalid' | 'weekend' | 'half-term' | 'holiday' | 'outside-terms' | 'closure';

export type RegisterDateCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly kind: RegisterDateKind; readonly label: string; readonly message: string };

function closureLabel(reason: string): string {
  return /\binset\b|training day/i.test(reason) ? `INSET day: ${reason}` : `closure: ${reason}`;
}

/**
 * Whether a register is taken on `date`: a weekday inside a half-term that is not a closure (as
 * `isSchoolDay`), and if not, which of those it is.
 */
export function validateRegisterDate(date: IsoDate, settings: CalendarSettings): RegisterDateCheck {
  if (!isValidIsoDate(date)) {
    return { ok: false, kind: 'invalid', label: 'not a date', message: 'Enter the date as dd/mm/yyyy, for example 20/11/2026' };
  }
  const uk = formatUkDate(date);
  const weekday = isoWeekday(date);
  if (weekday > 5) {
    const day = DAY_NAMES[weekday - 1];
    return { ok: false, kind: 'weekend', label: day, message: `${uk} is a ${day}: registers are taken on school days only` };
  }
  const closure = settings.closures.find((c) => c.date === date);
  const inHalfTerm = settings.terms.some((t) => t.halfTerms.some((h) => date >= h.start && date <= h.end));
  if (inHalfTerm && closure) {
    const label = closureLabel(closure.reason);
    return { ok: false, kind: 'closure', label, message: `The service is closed on ${uk} (${label}): no register is taken` };
  }
  if (inHalfTerm) return { ok: true };
  for (const t of settings.terms) {
    for (let i = 1; i < t.halfTerms.length; i++) {
      if (date > t.halfTerms[i - 1].end && date < t.halfTerms[i].start) {
        return {
          ok: false,
          kind: 'half-term',
          label: 'half-term',
          message: `${uk} is in the ${t.term} ${t.academicYear} half-term holiday: no register is taken`,
        };
      }
    }
  }
  const ordered = [...settings.terms]
    .filter((t) => t.halfTerms.length > 0)
    .sort((a, b) => (a.halfTerms[0].start < b.halfTerms[0].start ? -1 : 1));
  for (let i = 1; i < ordered.length; i++) {
    const before = ordered[i - 1];
    const after = ordered[i];
    if (date > before.halfTerms[before.halfTerms.length - 1].end && date < after.halfTerms[0].start) {
      return {
        ok: false,
        kind: 'holiday',
        label: 'school holiday',
        message: `${uk} is in the school holiday between the ${before.term} and ${after.term} terms: no register is taken`,
      };
    }
  }
  return {
    ok: false,
    kind: 'outside-terms',
    label: 'outside the term dates',
    message: `${uk} is outside the term dates in settings: choose a date in term, or ask an administrator to add the term dates`,
  };
}

/** One pupil's entry on a register, as the screen holds it. */
export interface RegisterMarkInput {
  readonly pupil: Pick<Pupil, 'firstName' | 'lastName' | 'enrolmentDate' | 'leavingDate'>;
  readonly date: IsoDate;
  readonly session: Session;
  /** The code shown; undefined when the pupil has no mark yet (not an error: the register may be part-taken). */
  readonly code?: string;
  /** The arrival time typed, if any (HH:MM). */
  readonly arrivalTime?: string;
}

/**
 * Problems with one register entry, each at its field: `pupil` (not on roll that day), `code` (unknown,
 * withdrawn, wrong session's present code, or not the code the arrival time gives) and `arrivalTime`
 * (not a time, or outside the session). An empty list means the mark can be saved.
 */
export function validateRegisterMark(input: RegisterMarkInput, settings: Pick<SchoolSettings, 'sessions'>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { pupil, date, session, code, arrivalTime } = input;
  const name = `${pupil.firstName} ${pupil.lastName}`;
  if (!isOnRoll(pupil, date)) {
    const why =
      date < pupil.enrolmentDate
        ? `enrols on ${formatUkDate(pupil.enrolmentDate)}`
        : `left on ${pupil.leavingDate === undefined ? 'an earlier date' : formatUkDate(pupil.leavingDate)}`;
    issues.push({ path: ['pupil'], message: `${name} is not on roll on ${formatUkDate(date)} (${why}): no mark can be recorded` });
  }
  if (code !== undefined) {
    const parsed = attendanceCodeValueSchema.safeParse(code);
    if (!parsed.success) issues.push({ path: ['code'], message: parsed.error.issues[0].message });
    else if (session === 'AM' && code === '\\')
      issues.push({ path: ['code'], message: '\\ is the afternoon present code: use / in the morning' });
    else if (session === 'PM' && code === '/')
      issues.push({ path: ['code'], message: '/ is the morning present code: use \\ in the afternoon' });
  }
  const arrival = arrivalTime?.trim();
  if (arrival) {
    const times = settings.sessions[session];
    const result = codeForArrival(arrival, session, settings);
    if (!result.ok) issues.push({ path: ['arrivalTime'], message: result.error });
    else if ((code === 'L' || code === 'U') && code !== result.code) {
      const when =
        result.code === 'U'
          ? `at or after the register closed at ${times.registerCloses}, so the code is U`
          : result.code === 'L'
            ? `before the register closed at ${times.registerCloses}, so the code is L`
            : `on time, so the code is ${result.code}`;
      issues.push({ path: ['code'], message: `Arrival at ${arrival} is ${when}, not ${code}` });
    } else if (code !== undefined && code !== 'L' && code !== 'U' && result.code !== code)
      issues.push({ path: ['arrivalTime'], message: `An arrival time is only recorded with L or U: clear it, or choose ${result.code}` });
  }
  return issues;
}
