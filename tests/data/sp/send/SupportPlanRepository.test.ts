/**
 * Support plans and assessments against the emulator: the provision map, profile and tools round-trip as JSON, the
 * annual cost is computed and stored, a review dated before its plan is refused at the field with nothing saved.
 */
import { SpAssessmentRepository, SpSupportPlanRepository } from '../../../../src/data/sp/send/SupportPlanRepository';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { supportPlanRecord } from '../../../support/sendBuilders';

let fx: PathwaysFixture;
beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

const plan = supportPlanRecord;

describe('SpSupportPlanRepository (emulator)', () => {
  it('round-trips the provision map, profile and tools, with the annual cost', async () => {
    const pupil = await fx.addPupil('PH-S1');
    const repo = new SpSupportPlanRepository(fx.admin.sp, fx.emulator.siteUrl);
    const saved = await repo.create(plan(pupil.id), 'PH-S1');
    expect(saved.annualCost).toBe(6350.5);
    expect(saved.provision).toHaveLength(2);
    expect(saved.profile.mattersToMe).toBe('Football');
    expect(saved.assessmentTools).toEqual(['York Assessment of Reading for Comprehension']);
    const reviewed = await repo.update(saved.id, saved.etag, { ...saved, reviewDate: '2026-12-11', reviewOutcome: 'Progress: continue with new targets', nextStep: 'Continue targeted stage' });
    expect(reviewed).toMatchObject({ reviewOutcome: 'Progress: continue with new targets', nextStep: 'Continue targeted stage' });
    expect((await repo.forPupil(pupil.id)).items.map((p) => p.id)).toEqual([saved.id]);
  });

  it('refuses a review dated before its plan, at the field, and saves nothing', async () => {
    const pupil = await fx.addPupil('PH-S2');
    const repo = new SpSupportPlanRepository(fx.admin.sp, fx.emulator.siteUrl);
    await expect(repo.create(plan(pupil.id, { reviewDate: '2026-09-01' }), 'PH-S2')).rejects.toMatchObject({
      field: 'PwReviewDate',
      message: expect.stringContaining('The review date cannot be before the cycle start'),
    });
    expect((await repo.forPupil(pupil.id)).items).toEqual([]);
  });

  it('records assessments oldest first', async () => {
    const pupil = await fx.addPupil('PH-S3');
    const repo = new SpAssessmentRepository(fx.admin.sp, fx.emulator.siteUrl);
    await repo.add({ pupilId: pupil.id, kind: 'Reading age', subject: 'Reading', assessedOn: '2026-09-20', readingAgeMonths: 110 }, 'PH-S3');
    await repo.add({ pupilId: pupil.id, kind: 'Baseline', subject: 'Maths', assessedOn: '2026-09-10', score: 42 }, 'PH-S3');
    expect((await repo.forPupil(pupil.id)).items.map((a) => [a.kind, a.assessedOn])).toEqual([
      ['Baseline', '2026-09-10'],
      ['Reading age', '2026-09-20'],
    ]);
  });

  it("reads several pupils' assessments in one batched HTTP request, however many pupils", async () => {
    const repo = new SpAssessmentRepository(fx.admin.sp, fx.emulator.siteUrl);
    const pupils = [await fx.addPupil('PH-S4'), await fx.addPupil('PH-S5'), await fx.addPupil('PH-S6')];
    await repo.add({ pupilId: pupils[0].id, kind: 'Baseline', subject: 'English', assessedOn: '2026-09-08', score: 30 }, 'PH-S4');
    await repo.add({ pupilId: pupils[2].id, kind: 'Baseline', subject: 'Maths', assessedOn: '2026-09-09', score: 35 }, 'PH-S6');
    const ids = pupils.map((p) => p.id);
    // Up to 20 pupils: one indexed query each, in one $batch. More (a register of 300): the list read whole, by ID
    // pages of 5,000, and only these pupils' kept: still one request, not one per 20 pupils.
    for (const [wanted, via] of [
      [ids, '$batch'],
      [[...ids, ...Array.from({ length: 300 }, (_x, i) => 90_000 + i)], "getByTitle('Pathways Assessments')/items"],
    ] as const) {
      const { result, requests } = await fx.countRequests(() => repo.forPupils(wanted));
      expect(result.items.map((a) => [a.pupilId, a.subject]).sort()).toEqual([
        [pupils[0].id, 'English'],
        [pupils[2].id, 'Maths'],
      ]);
      expect(requests).toHaveLength(1);
      expect(decodeURIComponent(requests[0])).toContain(via);
    }
  });
});
