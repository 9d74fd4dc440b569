/**
 * The settings' rules (settingsCheck) load at the save, not with the reads: a save whose check cannot be downloaded
 * says so and writes nothing; reading needs none of it.
 */
import { SpSettingsRepository } from '../../../../src/data/sp/SettingsRepository';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { settingsWith } from '../../../support/settingsBuilders';

jest.mock('../../../../src/data/sp/settingsCheck', () => {
  throw new Error('Loading chunk settings-check failed.');
});

let fx: PathwaysFixture;
beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

describe('the settings check, loaded at the save', () => {
  it('is not needed to read; a save without it writes nothing and says why', async () => {
    const repo = new SpSettingsRepository(fx.admin.sp);
    const before = await repo.get({ fresh: true });
    await expect(repo.save(settingsWith({ illnessReturnDays: 12 }))).rejects.toMatchObject({
      kind: 'network',
      message: 'The settings were not saved: part of Pathways Hub could not be downloaded. Check the connection and try again.',
    });
    expect(await repo.get({ fresh: true })).toEqual(before);
  });
});
