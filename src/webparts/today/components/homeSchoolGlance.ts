/**
 * A home school's pupils at a glance (issue 14): attendance this week and this term, against the PIP's plan when
 * the pupil is on one (domain planAttendance: the sessions the timetable expected, and how many were attended), the
 * PIP's hours (domain weeklyHours of the timetable in force), by the existing rules. Nothing here decides a rule of its own.
 */
import {
  attendanceStats,
  currentTimetable,
  isInForceOn,
  mondayOf,
  planAttendance,
  type AttendanceMark,
  type IsoDate,
  type Pip,
  type SchoolSettings,
  weeklyHours,
} from '../../../domain';

export interface TermSpan {
  /** 'Autumn 2026/27'. */
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** The term today falls in, or the last one that started before it (a holiday); undefined with no term dates. */
export function termOn(today: IsoDate, settings: Pick<SchoolSettings, 'terms'>): TermSpan | undefined {
  let found: TermSpan | undefined;
  for (const t of settings.terms) {
    if (t.halfTerms.length === 0) continue;
    const start = t.halfTerms[0].start;
    const end = t.halfTerms[t.halfTerms.length - 1].end;
    if (start <= today && (!found || start > found.start)) found = { label: `${t.term} ${t.academicYear}`, start, end };
  }
  return found;
}

export interface Attendance {
  readonly attended: number;
  readonly possible: number;
  /** Attended / possible × 100; null with no possible session. */
  readonly percent: number | null;
}

export interface AgainstPlan {
  /** Sessions the PIP's timetable expected (school days while in force). */
  readonly expected: number;
  /** Of those, sessions with a mark so far. */
  readonly marked: number;
  readonly attended: number;
}

export interface PipGlance {
  readonly status: Pip['status'];
  readonly plannedEndDate: IsoDate;
  /** Hours a week on the timetable in force today (or the latest, for a plan not yet started). */
  readonly hours: number;
  /** The day the timetable shown started (a step of the phased return). */
  readonly timetableFrom?: IsoDate;
  /** Which timetable of how many: each new one is a step towards full time. */
  readonly step?: { readonly number: number; readonly of: number };
  readonly week?: AgainstPlan;
  readonly term?: AgainstPlan;
}

export interface PupilGlance {
  readonly week: Attendance;
  readonly term?: Attendance;
  readonly pip?: PipGlance;
}

type GlanceSettings = Parameters<typeof planAttendance>[3] & Pick<SchoolSettings, 'terms'>;

const attendance = (marks: readonly AttendanceMark[], settings: GlanceSettings, from: IsoDate, to: IsoDate): Attendance => {
  const g = attendanceStats(marks, settings, { from, to }).group;
  return { attended: g.attended, possible: g.possible, percent: g.attendancePercent };
};

const sum = (weeks: readonly AgainstPlan[]): AgainstPlan =>
  weeks.reduce((t, w) => ({ expected: t.expected + w.expected, marked: t.marked + w.marked, attended: t.attended + w.attended }), { expected: 0, marked: 0, attended: 0 });

/** One pupil: `marks` are theirs from the term's start (or this week's Monday) to today; `pips` theirs. */
export function pupilGlance(pupilId: number, pips: readonly Pip[], marks: readonly AttendanceMark[], today: IsoDate, settings: GlanceSettings): PupilGlance {
  const own = marks.filter((m) => m.pupilId === pupilId && m.date <= today);
  const monday = mondayOf(today);
  const term = termOn(today, settings);
  const pip = pips
    .filter((p) => p.pupilId === pupilId && p.status !== 'Ended')
    .sort((a, b) => (a.startDate < b.startDate ? 1 : -1))[0];
  let pipGlance: PipGlance | undefined;
  if (pip) {
    const inForce = isInForceOn(pip, today);
    const ordered = [...pip.timetables].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    const shown = inForce ? ordered.filter((t) => t.effectiveFrom <= today).pop() : currentTimetable(ordered);
    const plan = pip.startDate <= today ? planAttendance(pip, own, today, settings) : undefined;
    pipGlance = {
      status: pip.status,
      plannedEndDate: pip.plannedEndDate,
      hours: shown ? weeklyHours(shown.slots) : 0,
      ...(shown ? { timetableFrom: shown.effectiveFrom, step: { number: ordered.indexOf(shown) + 1, of: ordered.length } } : {}),
      ...(plan ? { week: sum(plan.weeks.filter((w) => w.weekBeginning === monday)) } : {}),
      ...(plan && term ? { term: sum(plan.weeks.filter((w) => w.weekBeginning >= mondayOf(term.start))) } : {}),
    };
  }
  return {
    week: attendance(own, settings, monday, today),
    ...(term ? { term: attendance(own, settings, term.start, today) } : {}),
    ...(pipGlance ? { pip: pipGlance } : {}),
  };
}
