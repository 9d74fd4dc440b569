/**
 * Pupil history and the PRU-staff capability against the emulator: a change is saved with its history; when the
 * pupil cannot be saved (someone else saved first) the history just written is removed again; group membership
 * tells PRU staff from home-school staff.
 */
import { SpPupilHistoryRepository } from '../../../../src/data/sp/pupils/PupilHistoryRepository';
import { SpUserAccess } from '../../../../src/data/sp/access/UserAccess';
import { pupilChangesBetween } from '../../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
const SCHOOL = 'senco@birchfield.example.sch.uk';
const STAFF = 'senco@pathways.example.org';

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(STAFF, 'office');
  await fx.addSchool('Birchfield School', '990201', [SCHOOL]);
});
afterAll(() => fx.close());

const ctx = { effective: '2026-11-20', reason: 'Review: more targeted support', changedBy: STAFF, schoolName: () => 'Birchfield School' };

describe('SpPupilHistoryRepository (emulator)', () => {
  it('saves the pupil with the history of what changed, newest first', async () => {
    const pupil = await fx.addPupil('PH-H1');
    const repo = new SpPupilHistoryRepository(fx.admin.sp, fx.emulator.siteUrl, fx.admin.services.pupils);
    const after = { ...pupil, supportTier: 'Targeted SEN intervention' as const, senProvision: 'K' as const, primaryNeed: 'SPLD' as const };
    const saved = await repo.saveWithHistory(pupil, after, pupilChangesBetween(pupil, after, ctx));
    expect(saved).toMatchObject({ supportTier: 'Targeted SEN intervention', senProvision: 'K', primaryNeed: 'SPLD' });
    const history = await repo.forPupil(pupil.id);
    expect(history.items.map((c) => [c.kind, c.from, c.to, c.effective, c.reason])).toEqual(
      expect.arrayContaining([
        ['Support tier', 'Universal', 'Targeted SEN intervention', '2026-11-20', 'Review: more targeted support'],
        ['SEN provision', 'N – No SEN', 'K – SEN support', '2026-11-20', 'Review: more targeted support'],
      ]),
    );
  });

  it('removes the history again when the pupil cannot be saved, and writes nothing for an invalid pupil', async () => {
    const pupil = await fx.addPupil('PH-H2');
    const repo = new SpPupilHistoryRepository(fx.admin.sp, fx.emulator.siteUrl, fx.admin.services.pupils);
    await fx.admin.services.pupils.update(pupil.id, pupil.etag, { ...pupil, yearGroup: '10' });
    const after = { ...pupil, supportTier: 'Specialist offer' as const };
    await expect(repo.saveWithHistory(pupil, after, pupilChangesBetween(pupil, after, ctx))).rejects.toMatchObject({ kind: 'conflict' });
    expect((await repo.forPupil(pupil.id)).items).toEqual([]);

    const fresh = await fx.admin.services.pupils.get(pupil.id);
    const invalid = { ...fresh, senProvision: 'K' as const, primaryNeed: 'ASD' as const, secondaryNeed: 'ASD' as const };
    await expect(repo.saveWithHistory(fresh, invalid, pupilChangesBetween(fresh, invalid, ctx))).rejects.toMatchObject({
      field: 'PwSecondaryNeed',
      message: expect.stringContaining('Secondary need must differ from the primary need'),
    });
    expect((await repo.forPupil(pupil.id)).items).toEqual([]);
  });
});

describe('SpUserAccess (emulator)', () => {
  it('is PRU staff for site staff and owners, not for a home school’s named staff', async () => {
    expect(await new SpUserAccess(fx.as(STAFF).sp).isPruStaff()).toBe(true);
    expect(await new SpUserAccess(fx.admin.sp).isPruStaff()).toBe(true);
    expect(await new SpUserAccess(fx.as(SCHOOL).sp).isPruStaff()).toBe(false);
  });
  it('a history entry stored but not read back (the connection went) is not reported as the change saved; trying again records it once', async () => {
    const pupil = await fx.addPupil('PH-H9');
    const repo = new SpPupilHistoryRepository(fx.admin.sp, fx.emulator.siteUrl, fx.admin.services.pupils);
    const after = { ...pupil, supportTier: 'Targeted SEN intervention' as const };
    const changes = pupilChangesBetween(pupil, after, ctx);
    const realFetch = globalThis.fetch;
    let cut = false;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (cut) throw new TypeError('fetch failed');
      const res = await realFetch(input, init);
      if (/AddValidateUpdateItemUsingPath/i.test(String(input instanceof Request ? input.url : input))) cut = true;
      return res;
    }) as typeof fetch;
    let failure: unknown;
    try {
      await repo.saveWithHistory(pupil, after, changes);
    } catch (e) {
      failure = e;
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(failure).toMatchObject({ kind: 'unknown-outcome', message: expect.stringMatching(/^The pupil's record was not changed/) });
    expect((await fx.admin.services.pupils.get(pupil.id)).supportTier).toBe('Universal');

    const saved = await repo.saveWithHistory(await fx.admin.services.pupils.get(pupil.id), after, changes);
    expect(saved.supportTier).toBe('Targeted SEN intervention');
    expect((await repo.forPupil(pupil.id)).items.map((c) => c.kind)).toEqual(['Support tier']);
  });
});
