import type { IPipRepository, IPupilSummaryService } from '../data/ports';
import { forwardPipRepository } from './forwardPipRepository';

/**
 * The PIP repository, with the pupil's cached list-view columns (PIP status, next review) brought up to date after
 * every change, in the background: the save never waits for it or fails because of it. The next register save or
 * PIP change refreshes again if this one could not.
 */
export function refreshSummariesAfterPipChanges(pips: IPipRepository, summaries: IPupilSummaryService): IPipRepository {
  const refresh = (pupilId: number): void => {
    summaries.refresh([pupilId]).catch(() => undefined);
  };
  return {
    ...forwardPipRepository(pips),
    async create(pip, pupilRef) {
      const saved = await pips.create(pip, pupilRef);
      refresh(saved.pupilId);
      return saved;
    },
    async update(id, etag, pip) {
      const saved = await pips.update(id, etag, pip);
      refresh(saved.pupilId);
      return saved;
    },
    async recordReview(review, pupilRef, pipEtag) {
      const recorded = await pips.recordReview(review, pupilRef, pipEtag);
      refresh(review.pupilId);
      return recorded;
    },
  };
}
