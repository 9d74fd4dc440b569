import { addWeeks, addDays, type IsoDate } from '../../src/domain/dates/isoDates';
import { schoolDaysBetween } from '../../src/domain/dates/schoolCalendar';
import { deadlineOf } from '../../src/domain/meetings/deadlines';
import { DEMO_SETTINGS } from './calendar';

/**
 * The placement reviews the story says were held (statutory.placementReviewWeeks, 6, from the placement start or
 * the last review), recorded on each pupil's record as "Last placement review":
 *   - a pupil placed more than two cycles ago had their latest review on one of the school days from six to two
 *     weeks ago, spread one pupil after another, so the next reviews fall due one by one over the coming weeks;
 *   - a newer pupil had their first review when it fell due (the last school day on or before it), except one: the
 *     pupil whose first review fell due most recently, whose meeting had to be rebooked (it is overdue, and the
 *     rebooked meeting is in the demo's meetings);
 *   - a pupil whose first review is not yet due has none.
 */
export interface PlacementReviewPlan {
  /** By pupil index: the last review held, or undefined. */
  readonly last: (IsoDate | undefined)[];
  /** Index of the pupil whose first review is overdue (rebooked), or -1. */
  readonly overdueIndex: number;
}

const WEEKS = (): number => DEMO_SETTINGS.statutory.placementReviewWeeks;

/** The school day a review due on `due` is held: the last school day on or before it, not before `from`. */
function heldOn(due: IsoDate, from: IsoDate): IsoDate {
  return deadlineOf(due, DEMO_SETTINGS, from).actBy;
}

export function planPlacementReviews(starts: readonly IsoDate[], today: IsoDate): PlacementReviewPlan {
  const window = schoolDaysBetween(addWeeks(today, -WEEKS()), addDays(addWeeks(today, -2), -1), DEMO_SETTINGS);
  const firstDue = starts.map((s) => addWeeks(s, WEEKS()));
  let overdueIndex = -1;
  const settled = addWeeks(today, -2 * WEEKS());
  starts.forEach((s, i) => {
    if (s < settled) return;
    if (firstDue[i] < today && (overdueIndex < 0 || firstDue[i] > firstDue[overdueIndex])) overdueIndex = i;
  });
  let spread = 0;
  const last = starts.map((s, i): IsoDate | undefined => {
    if (s < settled) return window.length > 0 ? window[(spread++ * 7) % window.length] : undefined;
    if (i === overdueIndex || firstDue[i] >= today) return undefined;
    return heldOn(firstDue[i], s);
  });
  return { last, overdueIndex };
}
