import { addDays, type IsoDate } from '../dates/isoDates';
import { attendanceStats, type MarkForStats, type StatsSettings } from '../attendance/stats';
import type { MeetingAction } from './reviewMeeting';

/**
 * The agenda of a review meeting, filled from the pupil's records (pure; the web part loads the records):
 *   1. attendance since the last review: the statutory figure, and for a pupil on a PIP the figure against the
 *      plan (sessions the agreed timetable expects: possible sessions minus the C2 sessions it excludes);
 *   2. the PIP and its targets;
 *   3. SMART targets with their last progress;
 *   4. learning-log highlights since the last review;
 *   5. the actions agreed last time.
 */

export interface AgendaAttendance {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly possible: number;
  readonly attended: number;
  readonly authorised: number;
  readonly unauthorised: number;
  /** Unrounded; null when there was no possible session. */
  readonly percent: number | null;
  /** Against the PIP: only when the pupil has one. */
  readonly plan?: { readonly expected: number; readonly attended: number; readonly excludedC2: number; readonly percent: number | null };
}

export interface AgendaPip {
  readonly startDate: IsoDate;
  readonly plannedEndDate: IsoDate;
  readonly targets: readonly string[];
}

export interface AgendaTarget {
  readonly id: number;
  readonly outcome: string;
  readonly measure: string;
  readonly dueDate: IsoDate;
  readonly lastProgress?: { readonly date: IsoDate; readonly note: string; readonly rating?: number };
}

export interface AgendaHighlight {
  readonly entryDate: IsoDate;
  readonly subject: string;
  readonly teacher: string;
  readonly entry: string;
}

export interface Agenda {
  readonly since: IsoDate;
  readonly sinceWhat: string;
  readonly attendance: AgendaAttendance;
  readonly pip?: AgendaPip;
  /** undefined when SMART targets are not available to this page (shown as such, not as "none"). */
  readonly targets?: readonly AgendaTarget[];
  readonly highlights?: readonly AgendaHighlight[];
  readonly previousActions: readonly MeetingAction[];
}

export interface AgendaInput {
  /** The meeting's London date: attendance runs up to the day before it. */
  readonly meetingDay: IsoDate;
  /** The last review (or the placement start) and what it was, for the heading. */
  readonly since: IsoDate;
  readonly sinceWhat: string;
  readonly marks: readonly MarkForStats[];
  readonly settings: StatsSettings;
  readonly pip?: AgendaPip;
  readonly targets?: readonly {
    readonly id: number;
    readonly outcome: string;
    readonly measure: string;
    readonly dueDate: IsoDate;
    readonly closed: boolean;
    readonly progress: readonly { readonly date: IsoDate; readonly note: string; readonly rating?: number }[];
  }[];
  readonly highlights?: readonly (AgendaHighlight & { readonly highlight: boolean })[];
  readonly previousActions?: readonly MeetingAction[];
  /** Highlights shown at most (newest first). Default 8. */
  readonly maxHighlights?: number;
}

function attendanceSince(input: AgendaInput): AgendaAttendance {
  const from = input.since;
  const to = addDays(input.meetingDay, -1);
  const marks = input.marks.filter((m) => m.date >= from && m.date <= to);
  const g = attendanceStats(marks, input.settings).group;
  const base = { from, to, possible: g.possible, attended: g.attended, authorised: g.authorised, unauthorised: g.unauthorised, percent: g.attendancePercent };
  if (!input.pip) return base;
  const inPlan = marks.filter((m) => m.date >= input.pip!.startDate);
  const planStats = attendanceStats(inPlan, input.settings).group;
  const excludedC2 = planStats.byCode.C2 ?? 0;
  const expected = planStats.possible - excludedC2;
  return {
    ...base,
    plan: { expected, attended: planStats.attended, excludedC2, percent: expected > 0 ? (planStats.attended * 100) / expected : null },
  };
}

export function buildAgenda(input: AgendaInput): Agenda {
  const targets = input.targets
    ?.filter((t) => !t.closed)
    .map((t) => {
      const last = [...t.progress].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
      return {
        id: t.id,
        outcome: t.outcome,
        measure: t.measure,
        dueDate: t.dueDate,
        ...(last ? { lastProgress: { date: last.date, note: last.note, ...(last.rating !== undefined ? { rating: last.rating } : {}) } } : {}),
      };
    })
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id));
  const highlights = input.highlights
    ?.filter((h) => h.highlight && h.entryDate >= input.since && h.entryDate <= input.meetingDay)
    .sort((a, b) => (a.entryDate < b.entryDate ? 1 : a.entryDate > b.entryDate ? -1 : 0))
    .slice(0, input.maxHighlights ?? 8)
    .map(({ entryDate, subject, teacher, entry }) => ({ entryDate, subject, teacher, entry }));
  return {
    since: input.since,
    sinceWhat: input.sinceWhat,
    attendance: attendanceSince(input),
    ...(input.pip ? { pip: input.pip } : {}),
    ...(targets ? { targets } : {}),
    ...(highlights ? { highlights } : {}),
    previousActions: input.previousActions ?? [],
  };
}
