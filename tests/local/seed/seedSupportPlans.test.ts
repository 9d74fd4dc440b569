/**
 * The demo's APDR support plans go in through the production services as the SENCO (plans, targets with progress,
 * assessments, the review), and the leaders' report's provision section then has them: its figures are worked out
 * by the product's own rule (provisionImpact) over what was read back, never written down here.
 */
import { generateDemoData } from '../../../local/demo';
import { DEMO_SETTINGS } from '../../../local/demo/calendar';
import { SENCO } from '../../../local/demo/staff';
import { demoSupportPlans, seedSupportPlans } from '../../../local/seed/seedSupportPlans';
import { provisionImpact, termPeriods } from '../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

let fx: PathwaysFixture;
beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(SENCO.email, 'leadership');
}, 120000);
afterAll(() => fx.close());

describe('seedSupportPlans', () => {
  const data = generateDemoData();

  it('makes three plans for pupils at SEN support placed before the last 12 weeks, two reviewed by the demo date', () => {
    const plans = demoSupportPlans(data);
    expect(plans).toHaveLength(3);
    expect(plans.filter((p) => p.review !== undefined && p.review.reviewDate <= data.today)).toHaveLength(2);
    for (const p of plans) {
      const pupil = data.pupils.find((x) => x.key === p.pupilKey)!.pupil;
      expect(pupil.senProvision).toBe('K');
      expect(p.plan.provision?.every((l) => l.costPerYear > 0)).toBe(true);
      expect(String(p.plan.cycleStart) > pupil.enrolmentDate).toBe(true);
    }
  });

  it('seeds them through the services as the SENCO; the provision section of the term has cost and targets', async () => {
    const plans = demoSupportPlans(data);
    const pupilIds = new Map<string, number>();
    const pupilRefs = new Map<number, string>();
    for (const p of plans) {
      const demo = data.pupils.find((x) => x.key === p.pupilKey)!;
      const saved = await fx.addPupil(demo.pupil.pupilRef, { firstName: demo.pupil.firstName, lastName: demo.pupil.lastName });
      pupilIds.set(p.pupilKey, saved.id);
      pupilRefs.set(saved.id, saved.pupilRef);
    }
    const lines: string[] = [];
    const conn = { siteUrl: fx.admin.siteUrl, services: { now: () => new Date(`${data.today}T12:00:00Z`) } };
    expect(await seedSupportPlans(conn, data, pupilIds, pupilRefs, (l) => lines.push(l))).toBe(3);
    expect(lines).toEqual(['Seeding 3 APDR support plans with their targets and assessments…']);
    const ids = [...pupilIds.values()];
    const read = await fx.admin.services.supportPlans.forPupils(ids);
    expect(read.problems).toEqual([]);
    expect(read.items).toHaveLength(3);
    const targets = (await fx.admin.services.targets.forPupils(ids)).items;
    const assessments = (await fx.admin.services.assessments.forPupils(ids)).items;
    expect(targets).toHaveLength(4);
    for (const plan of read.items) expect(targets.filter((t) => t.source === 'SEN support plan' && t.sourceId === plan.id).length).toBeGreaterThan(0);
    expect(read.items.filter((p) => p.reviewDate !== undefined && p.reviewOutcome !== undefined)).toHaveLength(2);
    const term = termPeriods(DEMO_SETTINGS).find((t) => t.start <= data.today && t.end >= data.today)!;
    const impact = provisionImpact({
      from: term.start,
      to: data.today,
      settings: DEMO_SETTINGS,
      pupils: (await fx.admin.services.pupils.list()).items.filter((p) => ids.includes(p.id)),
      plans: read.items,
      targets,
      assessments,
      marks: [],
      meetings: [],
    });
    expect(impact.total.plans).toBe(3);
    // By hand: reading and social communication from 14/09 to their review on 16/11 (64 days): £1,850, £250, £900 and
    // £1,500 a year × 64 ÷ 365 = £324.38 + £43.84 + £157.81 + £263.01; emotional regulation from 12/10, not reviewed, to
    // the demo date 20/11 (40 days): £1,200 × 40 ÷ 365 = £131.51. Total £920.55.
    expect(impact.total.cost).toBe(920.55);
    expect(impact.total.targets.met + impact.total.targets.partly + impact.total.targets.notMet).toBe(3);
    expect(impact.total.targets.notReviewed).toBe(1);
    expect(impact.total.assessments).toEqual({ rose: 1, same: 1, fell: 0 });
  });
});
