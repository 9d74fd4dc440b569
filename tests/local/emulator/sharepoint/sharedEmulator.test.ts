import { emulatorOrigin, spFor } from '../../../support/emulator';

describe('the shared emulator started by globalSetup', () => {
  it('is reachable through PATHWAYS_EMULATOR_URL with spFor(email)', async () => {
    expect(emulatorOrigin()).toMatch(/^http:\/\/localhost:\d+$/);
    const web = await spFor('admin@pathways.example.org').web.select('Title', 'ServerRelativeUrl')();
    expect(web).toMatchObject({ Title: 'Pathways Hub', ServerRelativeUrl: '/sites/pathways' });
  });
});
