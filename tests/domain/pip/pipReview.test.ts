import { pipSchema } from '../../../src/domain/pip/pip';
import { pipReviewSchema, validatePipReview } from '../../../src/domain/pip/pipReview';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { issuesOf } from '../helpers';
import { pip, slots } from './fixtures';

const review = {
  pipId: 5,
  pupilId: 12,
  reviewDate: '2026-02-23',
  targetOutcomes: [{ target: pip.targets[0], outcome: 'Partially met', narrative: 'Missed two sessions' }],
  weekCommencing: '2026-02-23',
  timetable: { days: [{ day: 'Monday', am: '09:30–11:30 English' }], slots },
  contactMethod: 'Face-to-face',
  decision: 'Continue',
};
const parsedPip = pipSchema.parse(pip);

describe('PipReview (Appendix 4)', () => {
  it('accepts a review and computes the total hours', () => {
    expect(pipReviewSchema.parse(review).totalHours).toBe(5.5);
    expect(pipReviewSchema.parse({ ...review, totalHours: 99 }).totalHours).toBe(5.5);
  });
  it('needs week commencing to be a Monday', () => {
    expect(issuesOf(pipReviewSchema, { ...review, weekCommencing: '2026-02-24' })).toEqual({ weekCommencing: ['Week commencing must be a Monday'] });
  });
  it('checks target outcomes', () => {
    expect(issuesOf(pipReviewSchema, { ...review, targetOutcomes: [{ target: 'x', outcome: 'Nearly' }] })).toEqual({
      'targetOutcomes.0.outcome': ['Choose Met, Partially met or Not achieved'],
    });
  });
  it('needs a new end date to extend, and only then', () => {
    expect(issuesOf(pipReviewSchema, { ...review, decision: 'Extend' })).toEqual({ newEndDate: ['To extend the PIP, enter the new end date'] });
    expect(issuesOf(pipReviewSchema, { ...review, newEndDate: '2026-04-30' })).toEqual({
      newEndDate: ['A new end date is only given when the PIP is extended'],
    });
  });
  it('needs a timetable to increase hours', () => {
    expect(issuesOf(pipReviewSchema, { ...review, decision: 'Increase hours', timetable: { slots: [] } })).toEqual({
      'timetable.slots': ['To increase hours, enter the new timetable'],
    });
  });
  describe('against the PIP', () => {
    it('passes a valid review', () => {
      expect(validatePipReview(pipReviewSchema.parse(review), parsedPip, DEFAULT_SETTINGS)).toEqual([]);
    });
    it('rejects a review before the PIP start', () => {
      const r = pipReviewSchema.parse({ ...review, reviewDate: '2026-01-09' });
      expect(validatePipReview(r, parsedPip, DEFAULT_SETTINGS)).toEqual([
        { path: ['reviewDate'], message: 'The review date cannot be before the PIP start date' },
      ]);
    });
    it('needs more hours than the current timetable to increase hours', () => {
      const same = pipReviewSchema.parse({ ...review, decision: 'Increase hours' });
      expect(validatePipReview(same, parsedPip, DEFAULT_SETTINGS)).toEqual([
        { path: ['timetable', 'slots'], message: 'The new timetable must have more than the current 5.5 hours a week (it has 5.5)' },
      ]);
      const more = pipReviewSchema.parse({
        ...review,
        decision: 'Increase hours',
        timetable: { slots: [...slots, { ...slots[0], day: 'Tuesday' }] },
      });
      expect(validatePipReview(more, parsedPip, DEFAULT_SETTINGS)).toEqual([]);
    });
    it('needs the new end date after the current one to extend', () => {
      const same = pipReviewSchema.parse({ ...review, decision: 'Extend', newEndDate: '2026-03-20' });
      expect(validatePipReview(same, parsedPip, DEFAULT_SETTINGS)).toEqual([
        { path: ['newEndDate'], message: 'The new end date must be after the current planned end date' },
      ]);
      const later = pipReviewSchema.parse({ ...review, decision: 'Extend', newEndDate: '2026-03-27' });
      expect(validatePipReview(later, parsedPip, DEFAULT_SETTINGS)).toEqual([]);
    });
  });
});
