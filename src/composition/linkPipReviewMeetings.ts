import type { IPipRepository, IReviewMeetingRepository } from '../data/ports';
import { plainErrorText } from '../data/errors';
import { forwardPipRepository } from './forwardPipRepository';

/**
 * The PIP repository, with a review recorded on the PIP also recorded on the review meeting arranged for it
 * (domain meetings/pipReviewMeeting): that meeting becomes Held with the review's outcomes and id, so the review
 * is recorded once and seen both in the PIPs web part and in Review meetings. The review is saved first; when the
 * meeting cannot be updated (or the rule's code cannot be loaded), the result says so (`meetingProblem`) and nothing
 * saved is lost.
 */
export function linkPipReviewMeetings(pips: IPipRepository, meetings: IReviewMeetingRepository, now: () => Date): IPipRepository {
  return {
    ...forwardPipRepository(pips),
    async recordReview(review, pupilRef, pipEtag) {
      const recorded = await pips.recordReview(review, pupilRef, pipEtag);
      try {
        // The rule loads with the first review recorded: this module is in the bundle every web part loads first.
        const { heldFromPipReview, meetingOfPipReview } = await import(/* webpackChunkName: 'rules-pip-review-meeting' */ '../domain/meetings/pipReviewMeeting');
        const planned = meetingOfPipReview((await meetings.forPupil(review.pupilId)).items, recorded.review, now());
        if (!planned) return recorded;
        const meeting = await meetings.update(planned.id, planned.etag, heldFromPipReview(planned, recorded.review));
        return { ...recorded, meeting };
      } catch (e) {
        const why = plainErrorText(e);
        return { ...recorded, meetingProblem: `The review is saved, but its meeting in Review meetings could not be marked as held (${why}): record it there.` };
      }
    },
  };
}
