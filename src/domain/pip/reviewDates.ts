import { addWeeks, daysBetween, formatUkDate, type IsoDate } from '../dates/isoDates';
import { deadlineOf, movedWhy, type DeadlineMove } from '../meetings/deadlines';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { PipStatus } from '../vocabulary';

/**
 * PIP review schedule (Appendix 4: "every 6 weeks"; settings.pipReviewIntervalWeeks).
 * Reviews fall due every N weeks from the start date while before the planned end date; the planned end
 * date itself is the final review when it is not already one of them.
 *
 * ONE rule for every place a review date is shown (the PIP form, the timetable letter, the LA return, the PIP list
 * and the review calendar): a review due on a weekend, in a holiday or on a closure day is held on the last school
 * day before it (meetings/deadlines.ts deadlineOf, the rule the due calendar applies to every deadline).
 */
export type ReviewDateSettings = Pick<SchoolSettings, 'pipReviewIntervalWeeks' | 'terms' | 'closures'>;

export interface ScheduledReview {
  /** The day the review is held: the last school day on or before `dueDate`. */
  date: IsoDate;
  /** The date the 6-weekly rhythm (or the planned end) gives. */
  dueDate: IsoDate;
  kind: 'interim' | 'final';
  /** Why `date` is earlier than `dueDate`. */
  moved?: DeadlineMove;
}

export function pipReviewSchedule(startDate: IsoDate, plannedEndDate: IsoDate, settings: ReviewDateSettings): ScheduledReview[] {
  const due: { dueDate: IsoDate; kind: ScheduledReview['kind'] }[] = [];
  for (let k = 1; ; k++) {
    const d = addWeeks(startDate, k * settings.pipReviewIntervalWeeks);
    if (d >= plannedEndDate) break;
    due.push({ dueDate: d, kind: 'interim' });
  }
  if (plannedEndDate > startDate) due.push({ dueDate: plannedEndDate, kind: 'final' });
  return due.map((r, i) => {
    const d = deadlineOf(r.dueDate, settings, i === 0 ? startDate : due[i - 1].dueDate);
    return { date: d.actBy, dueDate: r.dueDate, kind: r.kind, ...(d.moved ? { moved: d.moved } : {}) };
  });
}

/** '27/03/2026 (final; due 06/04/2026, in a school holiday)' for the PIP form and its detail. */
export function scheduledReviewText(r: ScheduledReview): string {
  const notes = [...(r.kind === 'final' ? ['final'] : []), ...(r.moved ? [`due ${formatUkDate(r.dueDate)}, ${movedWhy(r.moved)}`] : [])];
  return `${formatUkDate(r.date)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

export interface PipReviewStatus {
  /** When the next review is due: last review (or start) + interval, but no later than the planned end. */
  nextReviewDue: IsoDate;
  /** The school day to hold it by: nextReviewDue, or the last school day before it (deadlineOf). */
  actBy: IsoDate;
  /** Why actBy is earlier than nextReviewDue. */
  moved?: DeadlineMove;
  /** Today is after the due date and no review has been held since. */
  overdue: boolean;
  daysOverdue: number;
  /** The PIP is still active after its planned end date: end or extend it. */
  pastEnd: boolean;
}

/**
 * Review status of a PIP on `today` (London date; see londonToday). Only an Active PIP can be overdue or
 * past its end.
 */
export function pipReviewStatus(
  pip: { status: PipStatus; startDate: IsoDate; plannedEndDate: IsoDate },
  reviewDatesHeld: readonly IsoDate[],
  today: IsoDate,
  settings: ReviewDateSettings,
): PipReviewStatus {
  let last = pip.startDate;
  for (const d of reviewDatesHeld) if (d > last) last = d;
  const interval = addWeeks(last, settings.pipReviewIntervalWeeks);
  const nextReviewDue = last >= pip.plannedEndDate ? interval : interval < pip.plannedEndDate ? interval : pip.plannedEndDate;
  const active = pip.status === 'Active';
  const overdue = active && today > nextReviewDue;
  const d = deadlineOf(nextReviewDue, settings, last);
  return {
    nextReviewDue,
    actBy: d.actBy,
    ...(d.moved ? { moved: d.moved } : {}),
    overdue,
    daysOverdue: overdue ? daysBetween(nextReviewDue, today) : 0,
    pastEnd: active && today > pip.plannedEndDate,
  };
}
