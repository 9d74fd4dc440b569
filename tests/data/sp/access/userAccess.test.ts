/**
 * SpUserAccess against the emulator: what the screens offer follows the signed-in user's effective permissions on
 * the list each action writes (never group names). And the same rule holds for anyone who goes round the screens:
 * raw REST as a teacher or the office cannot change the settings, the schools or their named staff.
 */
import { PRU_STAFF_LIST, SpUserAccess } from '../../../../src/data/sp/access/UserAccess';
import { LIST_ACCESS, SITE_GROUPS } from '../../../../src/lists/siteSecurity';
import { DEFAULT_SETTINGS } from '../../../../src/domain';
import { DEFAULT_ADMIN, DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { listByKey } from '../../../../src/lists';
import { SETTINGS_KEY } from '../../../../src/data/sp/SettingsRepository';
import { rawFetch } from '../../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
const VISITOR = 'visitor@pathways.example.org';
const HOME_SCHOOL = 'senco@ua1.example.sch.uk';
const HEAD = 'head@pathways.example.org';
const OFFICE = 'office@pathways.example.org';
const TEACHER = 'teacher@pathways.example.org';

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.emulator.store.addUser({ email: VISITOR, displayName: 'Visitor', userType: 'Member' });
  fx.emulator.store.addToGroup(DEFAULT_GROUPS.visitors.id, VISITOR);
  fx.addStaff(HEAD, 'leadership');
  fx.addStaff(OFFICE, 'office');
  fx.addStaff(TEACHER, 'staff');
  await fx.addSchool('Upton Academy', '991101', [HOME_SCHOOL]);
  await fx.admin.services.settings.save(DEFAULT_SETTINGS);
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

  it('counts every PRU group as PRU staff — teachers and lead tutors too, who keep learning logs and registers — and may not enrol as teachers', async () => {
    for (const who of [HEAD, OFFICE, TEACHER]) expect([who, await access(who).isPruStaff()]).toEqual([who, true]);
    expect(await access(TEACHER).pupilRights()).toEqual({ canAdd: false, canEdit: false });
    expect(await access(OFFICE).pupilRights()).toEqual({ canAdd: true, canEdit: true });
    expect(await access(VISITOR).isPruStaff()).toBe(false);
    // The marker list really is one every Pathways group contributes to.
    for (const g of SITE_GROUPS) expect([g.key, LIST_ACCESS[PRU_STAFF_LIST.key][g.key]]).not.toEqual([g.key, 'read']);
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

  it('offers the settings and the schools to Leadership, not to the office or teachers', async () => {
    expect(await access(HEAD).can('edit-settings')).toBe(true);
    expect(await access(HEAD).can('manage-schools')).toBe(true);
    for (const who of [OFFICE, TEACHER]) {
      expect([who, await access(who).can('edit-settings')]).toEqual([who, false]);
      expect([who, await access(who).can('manage-schools')]).toEqual([who, false]);
    }
  });
});

describe('raw REST round the screens (emulator)', () => {
  const items = (key: 'settings' | 'schools' | 'schoolContacts'): string => `${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(listByKey(key).title)}')/items`;
  const post = (url: string, email: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> =>
    rawFetch(url, email, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  async function settingsItem(email: string): Promise<{ Id: number; PwValue: string }> {
    const r = await rawFetch(`${items('settings')}?$select=Id,PwValue&$filter=PwKey eq '${SETTINGS_KEY}'`, email);
    expect(r.status).toBe(200);
    return ((await r.json()) as { value: { Id: number; PwValue: string }[] }).value[0];
  }

  it('a teacher and the office read the settings but cannot change them; Leadership can', async () => {
    const before = await settingsItem(TEACHER);
    const changed = JSON.stringify({ ...DEFAULT_SETTINGS, illnessReturnDays: 3 });
    for (const who of [TEACHER, OFFICE]) {
      const update = await post(`${items('settings')}(${before.Id})`, who, { PwValue: changed }, { 'IF-MATCH': '*', 'X-HTTP-Method': 'MERGE' });
      expect([who, update.status]).toEqual([who, 403]);
      const add = await post(items('settings'), who, { Title: 'Other', PwKey: 'other', PwValue: '{}' });
      expect([who, add.status]).toEqual([who, 403]);
    }
    expect((await settingsItem(TEACHER)).PwValue).toBe(before.PwValue);
    const byHead = await post(`${items('settings')}(${before.Id})`, HEAD, { PwValue: changed }, { 'IF-MATCH': '*', 'X-HTTP-Method': 'MERGE' });
    expect(byHead.status).toBe(204);
  });

  it('a teacher and the office cannot add a school or a named member of staff', async () => {
    for (const who of [TEACHER, OFFICE]) {
      const school = await post(items('schools'), who, { Title: 'Sneaky School', PwUrn: '999999', PwPhase: 'Primary', PwEmail: 'office@sneaky.example.sch.uk' });
      expect([who, school.status]).toEqual([who, 403]);
      const contact = await post(items('schoolContacts'), who, { Title: 'Someone', PwSchoolId: 1, PwEmail: 'someone@sneaky.example.sch.uk' });
      expect([who, contact.status]).toEqual([who, 403]);
    }
    const byHead = await post(items('schools'), HEAD, { Title: 'Open School', PwUrn: '999998', PwPhase: 'Primary', PwEmail: 'office@open.example.sch.uk' });
    expect(byHead.status).toBe(201);
  });
});
