import { addWeeks, daysBetween, type IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { PipStatus } from '../vocabulary';

/**
 * PIP review schedule (Appendix 4: "every 6 weeks"; settings.pipReviewIntervalWeeks).
 * Reviews fall every N weeks from the start date while on or before the planned end date; the planned end
 * date itself is the final review when it is not already one of them.
 */
export interface ScheduledReview {
  date: IsoDate;
  kind: 'interim' | 'final';
}

export function pipReviewSchedule(
  startDate: IsoDate,
  plannedEndDate: IsoDate,
  settings: Pick<SchoolSettings, 'pipReviewIntervalWeeks'>,
): ScheduledReview[] {
  const out: ScheduledReview[] = [];
  for (let k = 1; ; k++) {
    const d = addWeeks(startDate, k * settings.pipReviewIntervalWeeks);
    if (d >= plannedEndDate) break;
    out.push({ date: d, kind: 'interim' });
  }
  if (plannedEndDate > startDate) out.push({ date: plannedEndDate, kind: 'final' });
  return out;
}

export interface PipReviewStatus {
  /** When the next review is due: last review (or start) + interval, but no later than the planned end. */
  nextReviewDue: IsoDate;
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
  settings: Pick<SchoolSettings, 'pipReviewIntervalWeeks'>,
): PipReviewStatus {
  let last = pip.startDate;
  for (const d of reviewDatesHeld) if (d > last) last = d;
  const interval = addWeeks(last, settings.pipReviewIntervalWeeks);
  const nextReviewDue = last >= pip.plannedEndDate ? interval : interval < pip.plannedEndDate ? interval : pip.plannedEndDate;
  const active = pip.status === 'Active';
  const overdue = active && today > nextReviewDue;
  return {
    nextReviewDue,
    overdue,
    daysOverdue: overdue ? daysBetween(nextReviewDue, today) : 0,
    pastEnd: active && today > pip.plannedEndDate,
  };
}
