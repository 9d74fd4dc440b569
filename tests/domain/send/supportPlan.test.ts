import { annualCost, exceedsHighNeedsThreshold, supportPlanSchema } from '../../../src/domain/send/supportPlan';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { issuesOf } from '../helpers';

const plan = {
  pupilId: 12,
  cycleStart: '2026-01-12',
  assessed: 'Reading and spelling',
  assessmentTools: ['Standardised reading test'],
  targetIds: [7, 8],
  provision: [
    { description: 'Reading intervention', frequency: '3 × 20 minutes a week', provider: 'Teaching assistant', costPerYear: 1200.1 },
    { description: 'SEMH coaching', frequency: 'Weekly', provider: 'SEMH coach', costPerYear: 4800.2 },
  ],
  reviewDate: '2026-03-27',
  reviewOutcome: 'Progress: continue with new targets',
  nextStep: 'Continue targeted stage',
  profile: { likeAndAdmire: 'Kind and funny', mattersToMe: 'My dog', howToSupport: 'Give me time to answer' },
};

describe('SupportPlan (APDR)', () => {
  it('accepts a plan and computes the annual cost to the penny', () => {
    expect(supportPlanSchema.parse(plan).annualCost).toBe(6000.3);
    expect(annualCost([])).toBe(0);
  });
  it('compares the cost with the high-needs threshold', () => {
    expect(exceedsHighNeedsThreshold(supportPlanSchema.parse(plan), DEFAULT_SETTINGS)).toBe(true);
    expect(exceedsHighNeedsThreshold({ annualCost: 6000 }, DEFAULT_SETTINGS)).toBe(false);
  });
  it('rejects a negative cost and a review before the cycle start', () => {
    expect(issuesOf(supportPlanSchema, { ...plan, provision: [{ ...plan.provision[0], costPerYear: -1 }] })).toEqual({
      'provision.0.costPerYear': ['The cost cannot be negative'],
    });
    expect(issuesOf(supportPlanSchema, { ...plan, reviewDate: '2026-01-11' })).toEqual({
      reviewDate: ['The review date cannot be before the cycle start'],
    });
    expect(issuesOf(supportPlanSchema, { ...plan, reviewDate: undefined })).toEqual({ reviewDate: ['Enter the review date with the review outcome'] });
  });
});
