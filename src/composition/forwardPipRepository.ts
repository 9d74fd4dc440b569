import type { IPipRepository } from '../data/ports';

/**
 * Every call of the PIP repository passed on unchanged: the base of each decorator over it (linkPipReviewMeetings,
 * refreshSummariesAfterPipChanges), which then replaces only the calls it adds to. A plain spread would not do:
 * the repository is a class, whose methods are not own properties.
 */
export function forwardPipRepository(pips: IPipRepository): IPipRepository {
  return {
    list: () => pips.list(),
    forPupil: (pupilId) => pips.forPupil(pupilId),
    activeOn: (date) => pips.activeOn(date),
    get: (id) => pips.get(id),
    reviews: (pipId) => pips.reviews(pipId),
    allReviews: () => pips.allReviews(),
    addReview: (review, pupilRef) => pips.addReview(review, pupilRef),
    create: (pip, pupilRef) => pips.create(pip, pupilRef),
    update: (id, etag, pip) => pips.update(id, etag, pip),
    recordReview: (review, pupilRef, pipEtag) => pips.recordReview(review, pupilRef, pipEtag),
  };
}
