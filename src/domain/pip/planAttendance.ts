import { attendanceStats, type MarkForStats, type StatsSettings } from '../attendance/stats';
import { findCode } from '../attendance/codes';
import { addDays, mondayOf, type IsoDate } from '../dates/isoDates';
import { schoolDaysBetween, type CalendarSettings } from '../dates/schoolCalendar';
import type { Session } from '../vocabulary';
import type { Pip } from './pip';
import { isInForceOn, type PipForHistory } from './pipHistory';

/** Which sessions a PIP expects and the C2 prefill: src/domain/pip/pipPrefill.ts (no statistics, for the register). */
export { pipExpects, pipPrefillCode, slotsCoverSession, type SessionSettings } from './pipPrefill';
import { pipExpects, type SessionSettings } from './pipPrefill';

/**
 * Attendance against the plan (facts sheet §5 and §10 rule 7). A session is expected by a PIP when the
 * timetable in force that day has a slot overlapping the session's times (settings.sessions); every other
 * session of a school day while the PIP is in force is C2 (authorised, part-time timetable). The plan
 * figure is the share of the expected sessions the pupil attended; the statutory figure counts C2 as a
 * possible, authorised-absence session (it counts toward persistent absence).
 */
export interface PlanWeek {
  /** Monday of the week. */
  readonly weekBeginning: IsoDate;
  /** Sessions the plan expected on school days (marked or not). */
  readonly expected: number;
  /** Expected sessions with a mark. */
  readonly marked: number;
  /** Expected sessions the pupil attended (present or approved educational activity). */
  readonly attended: number;
  /** attended / marked × 100, one decimal; null when no expected session is marked yet. */
  readonly planPercent: number | null;
  /** The statutory attendance % of the week (C2 counts as a possible session); null with no possible session. */
  readonly statutoryPercent: number | null;
}

export interface PlanAttendance {
  readonly weeks: PlanWeek[];
  readonly expected: number;
  readonly marked: number;
  readonly attended: number;
  readonly planPercent: number | null;
  readonly statutoryPercent: number | null;
}

const oneDecimal = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part * 1000) / whole + 1e-9) / 10 : null);

/**
 * Week by week from the PIP start to `to` (normally today), both included: the sessions the plan expected,
 * how many the pupil attended, and beside it the statutory attendance % of the same week.
 */
export function planAttendance(
  pip: Pick<Pip, 'pupilId'> & PipForHistory,
  marks: readonly (MarkForStats & { session: Session })[],
  to: IsoDate,
  settings: SessionSettings & CalendarSettings & StatsSettings,
): PlanAttendance {
  const own = marks.filter((m) => m.pupilId === pip.pupilId);
  const codeAt = new Map<string, string>();
  for (const m of own) codeAt.set(`${m.date}|${m.session}`, m.code);
  const days = schoolDaysBetween(pip.startDate, to, settings).filter((d) => isInForceOn(pip, d));
  const weeks: PlanWeek[] = [];
  let current: { monday: IsoDate; expected: number; marked: number; attended: number } | undefined;
  const close = (): void => {
    if (!current) return;
    const friday = addDays(current.monday, 4);
    const stats = attendanceStats(own, settings, { from: current.monday, to: friday }).group;
    weeks.push({
      weekBeginning: current.monday,
      expected: current.expected,
      marked: current.marked,
      attended: current.attended,
      planPercent: oneDecimal(current.attended, current.marked),
      statutoryPercent: oneDecimal(stats.attended, stats.possible),
    });
  };
  for (const date of days) {
    const monday = mondayOf(date);
    if (!current || current.monday !== monday) {
      close();
      current = { monday, expected: 0, marked: 0, attended: 0 };
    }
    for (const session of ['AM', 'PM'] as const) {
      if (pipExpects(pip, date, session, settings) !== true) continue;
      current.expected++;
      const code = codeAt.get(`${date}|${session}`);
      if (code === undefined) continue;
      current.marked++;
      if (findCode(code)?.countsAsAttended) current.attended++;
    }
  }
  close();
  const total = weeks.reduce((t, w) => ({ expected: t.expected + w.expected, marked: t.marked + w.marked, attended: t.attended + w.attended }), {
    expected: 0,
    marked: 0,
    attended: 0,
  });
  const all = attendanceStats(own, settings, { from: pip.startDate, to }).group;
  return { weeks, ...total, planPercent: oneDecimal(total.attended, total.marked), statutoryPercent: oneDecimal(all.attended, all.possible) };
}
