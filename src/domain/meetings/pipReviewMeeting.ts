import { addDays, formatUkDate } from '../dates/isoDates';
import { londonToday } from '../dates/londonTime';
import type { PipReview } from '../pip/pipReview';
import type { ReviewMeeting } from './reviewMeeting';

/**
 * One PIP review, recorded once and seen in both places. A review recorded on the PIP (the PIPs web part) is the
 * review meeting arranged for it: that meeting becomes Held with the review's outcomes and keeps the review's id,
 * so Review meetings shows it held and never asks for it again. A review recorded at the meeting (Review meetings)
 * already does the reverse (saveOutcomes keeps pipReviewId).
 */

/** How many days before the review date an arranged meeting may have been held and still be this review. */
export const PIP_REVIEW_MEETING_WINDOW_DAYS = 14;

/**
 * The arranged (Draft or Scheduled) PIP review meeting of the pupil that this review records: not linked to a review
 * yet, started by `now`, on the review date or in the days before it; the latest such meeting. None when there is
 * none (a meeting later than the review stays arranged: it has not happened).
 */
export function meetingOfPipReview<M extends Pick<ReviewMeeting, 'pupilId' | 'kind' | 'status' | 'start' | 'pipReviewId'>>(
  meetings: readonly M[],
  review: Pick<PipReview, 'pupilId' | 'reviewDate'>,
  now: Date,
): M | undefined {
  const earliest = addDays(review.reviewDate, -PIP_REVIEW_MEETING_WINDOW_DAYS);
  return meetings
    .filter((m) => m.pupilId === review.pupilId && m.kind === 'PIP review' && (m.status === 'Draft' || m.status === 'Scheduled') && m.pipReviewId === undefined)
    .filter((m) => Date.parse(m.start) <= now.getTime())
    .filter((m) => {
      const day = londonToday(new Date(m.start));
      return day >= earliest && day <= review.reviewDate;
    })
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];
}

/** The decision as the meeting records it ('PIP: extend to 26/02/2027'), as Review meetings writes it. */
export function pipDecisionWords(review: Pick<PipReview, 'decision' | 'newEndDate' | 'weekCommencing' | 'totalHours'>): string {
  switch (review.decision) {
    case 'Continue':
      return 'PIP: continue on the current timetable';
    case 'Increase hours':
      return `PIP: increase to ${review.totalHours} hours a week${review.weekCommencing ? ` from ${formatUkDate(review.weekCommencing)}` : ''}`;
    case 'Extend':
      return `PIP: extend to ${review.newEndDate ? formatUkDate(review.newEndDate) : 'a new end date'}`;
    default:
      return 'PIP: end, back to full-time';
  }
}

/** The meeting as held, with what the review recorded (its targets, decision and notes) and the review's id. */
export function heldFromPipReview<M extends ReviewMeeting>(meeting: M, review: PipReview & { readonly id: number }): M {
  return {
    ...meeting,
    status: 'Held',
    pipReviewId: review.id,
    targetOutcomes: review.targetOutcomes.map((t) => ({ source: 'PIP' as const, target: t.target, outcome: t.outcome, ...(t.narrative ? { note: t.narrative } : {}) })),
    outcomes: [pipDecisionWords(review), ...meeting.outcomes.filter((o) => !o.startsWith('PIP: '))],
    ...(review.meetingNotes ? { notes: review.meetingNotes } : {}),
  };
}

/**
 * The review meetings of one PIP, where the pupil's and the parent's views on its reviews are recorded (SEND
 * policies: views sought before each review): the meetings that recorded one of its reviews, and the PIP review
 * meetings of the pupil arranged from the PIP's start to its planned end (with the window before a review), oldest
 * first. Cancelled meetings are left out.
 */
export function meetingsOfPip<M extends Pick<ReviewMeeting, 'pupilId' | 'kind' | 'status' | 'start' | 'pipReviewId'>>(
  meetings: readonly M[],
  pip: { readonly pupilId: number; readonly startDate: string; readonly plannedEndDate: string; readonly endedOn?: string },
  reviewIds: readonly number[],
): M[] {
  const from = addDays(pip.startDate, -PIP_REVIEW_MEETING_WINDOW_DAYS);
  const to = pip.endedOn ?? pip.plannedEndDate;
  return meetings
    .filter((m) => m.pupilId === pip.pupilId && m.kind === 'PIP review' && m.status !== 'Cancelled')
    .filter((m) => {
      if (m.pipReviewId !== undefined) return reviewIds.includes(m.pipReviewId);
      const day = londonToday(new Date(m.start));
      return day >= from && day <= to;
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
