/**
 * The demo's transition plan and request for an EHC needs assessment, as the seeder makes them through
 * services.transitionPlans.create and services.ehcRequests.create: a valid plan for a pupil on roll, with exactly one
 * reintegration step overdue on the demo date (Today's "Transition and reintegration" has a case), and a valid
 * request whose one statutory step to chase is due within 14 days, worked out by the product's own rules.
 */
import {
  ehcAssessmentSteps,
  ehcRequestIssues,
  ehcRequestSchema,
  ehcStepsToChase,
  isOnRoll,
  nextActionDue,
  overdueSteps,
  planReviewDue,
  transitionPlanIssues,
  transitionPlanSchema,
} from '../../../src/domain';
import { demoNeedsAssessmentRequests, demoTransitionPlans } from '../../../local/seed/seedTransitionPlans';
import { DEMO_SETTINGS } from '../../../local/demo/calendar';
import { transitionToChase } from '../../../src/webparts/today/components/transitionWatch';
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

  it('the request for an EHC needs assessment: valid, for a pupil on roll at SEN support, its decision whether to assess due within 14 days and nothing else to chase', () => {
    const d = demo();
    const requests = demoNeedsAssessmentRequests(d);
    expect(requests).toHaveLength(1);
    const [{ pupilKey, request }] = requests;
    const pupil = d.pupils.find((p) => p.key === pupilKey);
    expect(pupil && isOnRoll(pupil.pupil, d.today) && pupil.pupil.senProvision === 'K').toBe(true);
    expect(demoTransitionPlans(d).map((t) => t.pupilKey)).not.toContain(pupilKey);
    const parsed = ehcRequestSchema.parse({ ...request, pupilId: 1 });
    expect(ehcRequestIssues(parsed, d.today)).toEqual([]);
    const toChase = ehcStepsToChase(ehcAssessmentSteps(parsed, DEMO_SETTINGS.statutory, d.today));
    expect(toChase.map((s) => [s.key, s.state])).toEqual([['decision', 'due-soon']]);
  });

  it('Today’s "Transition and reintegration" names two pupils on the demo date: the plan’s overdue step and the request’s step due soon', () => {
    const d = demo();
    const ids = new Map(d.pupils.map((p, i) => [p.key, i + 1]));
    const plans = demoTransitionPlans(d).map((t) => ({ ...t.plan, pupilId: ids.get(t.pupilKey) as number }));
    const requests = demoNeedsAssessmentRequests(d).map((r) => ({ ...r.request, pupilId: ids.get(r.pupilKey) as number }));
    const pupils = d.pupils.map((p) => ({ ...p.pupil, id: ids.get(p.key) as number }));
    const chase = transitionToChase(plans, requests, pupils, d.today, DEMO_SETTINGS.statutory);
    expect(chase.map((c) => c.messages.length)).toEqual([1, 1]);
    expect(chase.map((c) => c.pupilId).sort()).toEqual([...plans.map((p) => p.pupilId), ...requests.map((r) => r.pupilId)].sort());
  });
});
