/**
 * The demo's transition plan, as the seeder makes it through services.transitionPlans.create: a valid plan for a
 * pupil on roll, with exactly one reintegration step overdue on the demo date (Today's "Transition and
 * reintegration" has a case), worked out by the product's own rules.
 */
import { isOnRoll, nextActionDue, overdueSteps, planReviewDue, transitionPlanIssues, transitionPlanSchema } from '../../../src/domain';
import { demoTransitionPlans } from '../../../local/seed/seedTransitionPlans';
import { demo } from './demoFixture';

describe('The demo transition plan', () => {
  it('is one valid open plan for a pupil on roll, its one step overdue on the demo date and its review not yet due', () => {
    const d = demo();
    const plans = demoTransitionPlans(d);
    expect(plans).toHaveLength(1);
    const [{ pupilKey, plan }] = plans;
    const pupil = d.pupils.find((p) => p.key === pupilKey);
    expect(pupil && isOnRoll(pupil.pupil, d.today)).toBe(true);
    const parsed = transitionPlanSchema.parse({ ...plan, pupilId: 1 });
    expect(transitionPlanIssues(parsed, [], d.today)).toEqual([]);
    expect(overdueSteps(parsed, d.today)).toHaveLength(1);
    expect(parsed.steps).toHaveLength(1);
    expect(planReviewDue(parsed, d.today)).toBe(false);
    expect((nextActionDue(parsed) ?? '9999') <= d.today).toBe(true);
  });
});
