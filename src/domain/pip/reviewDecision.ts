import type { ValidationIssue } from '../common/validationIssue';
import { formatUkDate, type IsoDate } from '../dates/isoDates';
import { currentTimetable, type Pip } from './pip';
import type { PipReview } from './pipReview';
import { weeklyHours } from './timetable';

/**
 * What a six-weekly review's decision does to its PIP (Appendix 4):
 *   - Continue: nothing changes;
 *   - Increase hours: the review's timetable is added to the PIP's history, in force from the week commencing
 *     (or the review date when none is given), so the hours of every past week stay known;
 *   - Extend: the planned end date becomes the new end date;
 *   - End (full-time): the PIP ends on the review date.
 */
export type ReviewForDecision = Pick<PipReview, 'pipId' | 'pupilId' | 'reviewDate' | 'decision' | 'newEndDate' | 'weekCommencing' | 'timetable'>;

/** The date a review's new timetable takes effect. */
export function newTimetableFrom(review: Pick<PipReview, 'reviewDate' | 'weekCommencing'>): IsoDate {
  return review.weekCommencing ?? review.reviewDate;
}

/**
 * Rules that tie a review to the PIP as it stands now (validatePipReview has the date and hours rules):
 * the PIP is Active and the review belongs to it; a new timetable starts after the current one; only
 * "Increase hours" changes the hours.
 */
export function reviewDecisionIssues(review: ReviewForDecision, pip: Pick<Pip, 'id' | 'pupilId' | 'status' | 'timetables'>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (pip.id !== undefined && review.pipId !== pip.id) issues.push({ path: ['pipId'], message: 'This review belongs to a different PIP' });
  if (review.pupilId !== pip.pupilId) issues.push({ path: ['pupilId'], message: 'This review is for a different pupil from the PIP' });
  if (pip.status !== 'Active')
    issues.push({
      path: ['decision'],
      message: pip.status === 'Draft' ? 'Make the PIP active (with the agreement recorded) before reviewing it' : 'This PIP has ended: a review cannot change it',
    });
  const current = currentTimetable(pip.timetables);
  if (review.decision === 'Increase hours') {
    const from = newTimetableFrom(review);
    if (current && from <= current.effectiveFrom)
      issues.push({
        path: [review.weekCommencing === undefined ? 'reviewDate' : 'weekCommencing'],
        message: `The new timetable must start after the current one, which started on ${formatUkDate(current.effectiveFrom)}`,
      });
  } else if (review.timetable.slots.length > 0 && current) {
    const now = weeklyHours(current.slots);
    const given = weeklyHours(review.timetable.slots);
    if (given !== now)
      issues.push({
        path: ['timetable', 'slots'],
        message: `Only "Increase hours" changes the timetable: this one has ${given} hours a week, the current one ${now}`,
      });
  }
  return issues;
}

/** The PIP after the review's decision (pure: the caller validates and saves it). */
export function applyReviewDecision(pip: Pip, review: ReviewForDecision): Pip {
  switch (review.decision) {
    case 'Increase hours':
      return { ...pip, timetables: [...pip.timetables, { effectiveFrom: newTimetableFrom(review), slots: review.timetable.slots }] };
    case 'Extend':
      return review.newEndDate === undefined ? pip : { ...pip, plannedEndDate: review.newEndDate };
    case 'End (full-time)':
      return { ...pip, status: 'Ended', endedOn: review.reviewDate };
    default:
      return pip;
  }
}
