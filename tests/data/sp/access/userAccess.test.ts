/**
 * SpUserAccess against the emulator: what the screens offer follows the signed-in user's effective permissions on
 * the list each action writes (never group names).
 */
import { SpUserAccess } from '../../../../src/data/sp/access/UserAccess';
import { DEFAULT_ADMIN, DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
const VISITOR = 'visitor@pathways.example.org';
const HOME_SCHOOL = 'senco@ua1.example.sch.uk';

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.emulator.store.addUser({ email: VISITOR, displayName: 'Visitor', userType: 'Member' });
  fx.emulator.store.addToGroup(DEFAULT_GROUPS.visitors.id, VISITOR);
  await fx.addSchool('Upton Academy', '991101', [HOME_SCHOOL]);
});
afterAll(() => fx.close());

const access = (email: string): SpUserAccess => new SpUserAccess(fx.as(email).sp);

describe('SpUserAccess (emulator)', () => {
  it('lets a site owner change settings and manage schools', async () => {
    const owner = access(DEFAULT_ADMIN.email);
    expect(await owner.can('edit-settings')).toBe(true);
    expect(await owner.can('manage-schools')).toBe(true);
    expect(await owner.isPruStaff()).toBe(true);
  });

  it('offers neither to someone who may only read the site', async () => {
    const visitor = access(VISITOR);
    expect(await visitor.can('edit-settings')).toBe(false);
    expect(await visitor.can('manage-schools')).toBe(false);
  });

  it('offers neither to home-school staff, who read the settings and their own school', async () => {
    const school = access(HOME_SCHOOL);
    expect(await school.can('edit-settings')).toBe(false);
    expect(await school.can('manage-schools')).toBe(false);
    expect(await school.isPruStaff()).toBe(false);
  });
});
