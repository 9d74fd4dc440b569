/**
 * The demo PIPs and their review go in through the production repository (every rule checked) and read back
 * whole: the reviewed PIP keeps both timetables, so the tracker shows its hours rising from the review's week.
 */
import { generateDemoData } from '../../../local/demo';
import { seedPips } from '../../../local/seed/seedPips';
import { addDays, trackerWeek } from '../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

let fx: PathwaysFixture;
beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

describe('seedPips', () => {
  it('seeds every demo PIP and review through services.pips', async () => {
    const data = generateDemoData();
    const pupilIds = new Map<string, number>();
    const pupilRefs = new Map<number, string>();
    for (const key of new Set(data.pips.map((p) => p.pupilKey))) {
      const demo = data.pupils.find((p) => p.key === key)!;
      const saved = await fx.addPupil(demo.pupil.pupilRef, { firstName: demo.pupil.firstName, lastName: demo.pupil.lastName });
      pupilIds.set(key, saved.id);
      pupilRefs.set(saved.id, saved.pupilRef);
    }
    const lines: string[] = [];
    const report = await seedPips(fx.admin.services, data, pupilIds, pupilRefs, (l) => lines.push(l));
    expect(report).toEqual({ pips: data.pips.length, reviews: data.pipReviews.length });
    expect(lines[0]).toMatch(/^Seeding \d+ Phased Integration Plans and 1 review…$/);

    const pips = await fx.admin.services.pips.list();
    expect(pips.problems).toEqual([]);
    expect(pips.items).toHaveLength(data.pips.length);
    expect(pips.items.every((p) => p.notBehaviourManagement === true && p.parentSignOff !== undefined)).toBe(true);

    const reviewed = data.pips.find((p) => p.key === data.scenarios.reviewedPip)!;
    const savedReviewed = pips.items.find((p) => p.pupilId === pupilIds.get(reviewed.pupilKey))!;
    const reviews = await fx.admin.services.pips.reviews(savedReviewed.id);
    expect(reviews.items).toHaveLength(1);
    expect(reviews.items[0]).toMatchObject({ decision: 'Increase hours', pipId: savedReviewed.id });
    const from = reviews.items[0].weekCommencing!;
    expect(savedReviewed.timetables.map((t) => t.effectiveFrom)).toContain(from);
    const weekBefore = trackerWeek(addDays(from, -7), [savedReviewed], []);
    const weekOf = trackerWeek(from, [savedReviewed], []);
    expect(weekOf.totalHours).toBe(reviews.items[0].totalHours);
    expect(weekBefore.totalHours).toBeLessThan(weekOf.totalHours);
  });
});
