/**
 * SpSettingsRepository against the SharePoint emulator, through real PnPjs: the first save creates the settings
 * item, later saves go under its ETag, a stale ETag (or a second "first" save) is refused and never overwrites,
 * every rule is checked before anything is written, and a save clears the cache so the next read is the new value.
 */
import { SpSettingsRepository } from '../../../../src/data/sp/SettingsRepository';
import { SettingsValidationError } from '../../../../src/data/sp/SettingsValidationError';
import { DEFAULT_SETTINGS } from '../../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { TERMS_2027_28, settingsWith } from '../../../support/settingsBuilders';

let fx: PathwaysFixture;
beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

describe('SpSettingsRepository (emulator)', () => {
  it('reads the defaults until settings are saved, then saves under the ETag and refuses a stale one', async () => {
    const mine = new SpSettingsRepository(fx.admin.sp);
    const theirs = new SpSettingsRepository(fx.admin.sp);
    const first = await mine.get();
    expect(first).toEqual(DEFAULT_SETTINGS);
    expect('etag' in first).toBe(false);

    // Both opened the defaults; the first save wins, the second is refused rather than overwriting it.
    const saved = await theirs.save(settingsWith({ illnessReturnDays: 12 }));
    expect(saved.illnessReturnDays).toBe(12);
    expect(saved.etag).not.toBe('*');
    await expect(mine.save(settingsWith({ illnessReturnDays: 20 }))).rejects.toMatchObject({ kind: 'conflict', status: 412 });

    // A save clears the cache: the next read has the new values and ETag.
    const fresh = await mine.get({ fresh: true });
    expect(fresh).toMatchObject({ illnessReturnDays: 12, etag: saved.etag });
    const next = await mine.save({ ...settingsWith({ illnessReturnDays: 14 }), terms: [...DEFAULT_SETTINGS.terms, ...TERMS_2027_28] }, saved.etag);
    expect(next.etag).not.toBe(saved.etag);
    expect((await mine.get()).illnessReturnDays).toBe(14);
    expect((await mine.get()).terms).toHaveLength(DEFAULT_SETTINGS.terms.length + 3);

    // theirs still holds the older ETag: refused, and the stored value is untouched.
    await expect(theirs.save(settingsWith({ illnessReturnDays: 30 }), saved.etag)).rejects.toMatchObject({ kind: 'conflict' });
    expect((await theirs.get({ fresh: true })).illnessReturnDays).toBe(14);
  });

  it('checks every rule, the calendar included, before writing anything', async () => {
    const repo = new SpSettingsRepository(fx.admin.sp);
    const before = await repo.get({ fresh: true });
    const bad = settingsWith({ closures: [{ date: '2026-08-14', reason: 'Summer' }] });
    bad.sessions.PM.registerCloses = '12:40';
    const etag = 'etag' in before ? before.etag : undefined;
    const error = await repo.save(bad, etag).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsValidationError);
    const paths = (error as SettingsValidationError).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['sessions.PM.registerCloses', 'closures.0.date']));
    expect(await repo.get({ fresh: true })).toEqual(before);
  });
});
