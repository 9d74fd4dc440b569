import { OFFICE_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { BRIARWOOD, OAKFIELD, OWNER, STAFF } from './people';

const PUPILS = 'Pathways Pupils';
const SETTINGS = 'Pathways Settings';
const READ = 1073741826;

let emu: RunningEmulator;
const as = (email: string) => spFor(email, { siteUrl: emu.siteUrl });
let oakGroup: number;
let briarGroup: number;

const pupil = (ref: string) => ({
  Title: `Pupil ${ref}`, PwPupilRef: ref, PwFirstName: 'Alex', PwLastName: ref, PwDateOfBirth: '2012-03-04T00:00:00Z', PwYearGroup: '9',
  PwEnrolmentDate: '2026-09-01T00:00:00Z', PwRegistration: 'Dual', PwSupportTier: 'Universal', PwSenProvision: 'K',
});

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(OFFICE_GROUP.title, STAFF.email);
  emu.store.addUser({ ...BRIARWOOD, userType: 'Guest' });
  emu.store.addUser({ ...OAKFIELD, userType: 'Guest' }); // invited earlier (ensureUser finds guests, never makes them)
  for (const ref of ['P001', 'P002', 'P003']) emu.store.addItem(PUPILS, pupil(ref));
});
afterAll(() => emu.close());

describe('groups and users through PnPjs (as a site owner)', () => {
  it('ensures a guest from a home school, creates school groups and adds members', async () => {
    const owner = as(OWNER.email);
    const guest = await owner.web.ensureUser(OAKFIELD.email);
    expect(guest).toMatchObject({ Email: OAKFIELD.email, LoginName: `i:0#.f|membership|${OAKFIELD.email.replace('@', '_')}#ext#@pathwaysexample.onmicrosoft.com` });
    const oak = await owner.web.siteGroups.add({ Title: 'Oakfield Academy staff', Description: 'Named staff at Oakfield' });
    const briar = await owner.web.siteGroups.add({ Title: 'Briarwood staff' });
    oakGroup = oak.Id;
    briarGroup = briar.Id;
    await owner.web.siteGroups.getById(oakGroup).users.add(guest.LoginName);
    await owner.web.siteGroups.getById(briarGroup).users.add(`i:0#.f|membership|${BRIARWOOD.email}`);
    await owner.web.siteGroups.getById(oakGroup).users.add(`i:0#.f|membership|${STAFF.email}`);
    await owner.web.siteGroups.getById(oakGroup).users.removeByLoginName(`i:0#.f|membership|${STAFF.email}`);
    const members = await owner.web.siteGroups.getById(oakGroup).users();
    expect(members.map((m) => m.Email)).toEqual([OAKFIELD.email]);
    expect((await owner.web.siteGroups()).map((g) => g.Id)).toEqual(expect.arrayContaining([3, 4, 5, oakGroup, briarGroup]));
    expect((await owner.web.roleDefinitions.getByName('Read')()).Id).toBe(READ);
    expect((await owner.web.siteUsers.getByEmail(OAKFIELD.email)()).Id).toBe(guest.Id);
  });

  it('refuses group creation and permission changes to a member without Full Control (403)', async () => {
    const e = await as(STAFF.email).web.siteGroups.add({ Title: 'Nope' }).then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(e).toEqual({ status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: 'Access denied. You do not have permission to perform this action or access this resource.' });
    const b = await as(STAFF.email).web.lists.getByTitle(PUPILS).items.getById(1).breakRoleInheritance(true).then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(b?.status).toBe(403);
  });
});

describe('security trimming', () => {
  beforeAll(async () => {
    const owner = as(OWNER.email);
    const item = owner.web.lists.getByTitle(PUPILS).items.getById(1);
    await item.breakRoleInheritance(true, true);
    await item.roleAssignments.add(oakGroup, READ);
    const second = owner.web.lists.getByTitle(PUPILS).items.getById(2);
    await second.breakRoleInheritance(true, true);
    await second.roleAssignments.add(briarGroup, READ);
  });

  it('shows a home-school user only the items their group may read', async () => {
    const rows = await as(OAKFIELD.email).web.lists.getByTitle(PUPILS).items.select('Id', 'PwPupilRef')();
    expect(rows.map((r) => r.PwPupilRef)).toEqual(['P001']);
    const staff = await as(STAFF.email).web.lists.getByTitle(PUPILS).items.select('Id')();
    expect(staff).toHaveLength(3);
  });

  it('answers 404 for an item the user may not read', async () => {
    const e = await as(OAKFIELD.email).web.lists.getByTitle(PUPILS).items.getById(2)().then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(e).toEqual({ status: 404, code: '-2146232832, Microsoft.SharePoint.SPException', message: 'Item does not exist. It may have been deleted by another user.' });
  });

  it('answers 404 for a list the user has no access to at all', async () => {
    expect((await as(BRIARWOOD.email).web.lists.getByTitle(PUPILS).items.select('PwPupilRef')()).map((r) => r.PwPupilRef)).toEqual(['P002']);
    const e = await as(BRIARWOOD.email).web.lists.getByTitle(SETTINGS).items().then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(e).toEqual({ status: 404, code: '-1, System.ArgumentException', message: `List '${SETTINGS}' does not exist at site with URL '${emu.siteUrl}'.` });
    const lists = await as(BRIARWOOD.email).web.lists.select('Title')();
    expect(lists.map((l) => l.Title)).toEqual([PUPILS]);
  });

  it("lets a home school holding only item grants list the site's users, other schools' staff included (Limited Access includes Browse User Information; docs/sharing.md)", async () => {
    const users = await as(OAKFIELD.email).web.siteUsers.select('Email')();
    expect(users.map((u) => u.Email)).toEqual(expect.arrayContaining([BRIARWOOD.email, STAFF.email]));
  });

  it('answers 403 to a signed-in user with no access to the site at all', async () => {
    emu.store.addUser({ email: 'nell.ash@elmpark.example.sch.uk', displayName: 'Nell Ash', userType: 'Guest' });
    const e = await as('nell.ash@elmpark.example.sch.uk').web.lists.getByTitle(PUPILS).items().then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(e?.status).toBe(403);
    const users = await as('nell.ash@elmpark.example.sch.uk').web.siteUsers().then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(users?.status).toBe(403);
  });

  it('refuses writes with Read only (403)', async () => {
    const e = await as(OAKFIELD.email).web.lists.getByTitle(PUPILS).items.getById(1).update({ PwLeadTutor: 'x' }).then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(e?.status).toBe(403);
  });

  it('reports unique permissions and role assignments', async () => {
    const owner = as(OWNER.email);
    const item = await owner.web.lists.getByTitle(PUPILS).items.getById(1).select('Id', 'HasUniqueRoleAssignments')();
    expect(item.HasUniqueRoleAssignments).toBe(true);
    const other = await owner.web.lists.getByTitle(PUPILS).items.getById(3).select('HasUniqueRoleAssignments')();
    expect(other.HasUniqueRoleAssignments).toBe(false);
    const ras = (await owner.web.lists.getByTitle(PUPILS).items.getById(1).roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as {
      PrincipalId: number;
      Member: Record<string, unknown>;
      RoleDefinitionBindings: { Name: string }[];
    }[];
    const oak = ras.find((r) => r.PrincipalId === oakGroup);
    expect(oak?.Member).toMatchObject({ Title: 'Oakfield Academy staff', PrincipalType: 8 });
    expect(oak?.RoleDefinitionBindings.map((d) => d.Name)).toEqual(['Read']);
    expect(ras.map((r) => r.PrincipalId)).toEqual(expect.arrayContaining([DEFAULT_GROUPS.owners.id, emu.store.group(OFFICE_GROUP.title).id]));
  });

  it('reading role assignments needs Enumerate Permissions: members (Edit) and readers are refused', async () => {
    for (const email of [STAFF.email, OAKFIELD.email]) {
      const e = await as(email).web.lists.getByTitle(PUPILS).items.getById(1).roleAssignments().then(() => undefined, (x: unknown) => spErrorOf(x));
      expect(e?.status).toBe(403);
    }
    const one = await as(STAFF.email).web.lists.getByTitle(PUPILS).items.getById(1).roleAssignments.getById(oakGroup)().then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(one?.status).toBe(403);
  });

  it('removes a role assignment and resets inheritance', async () => {
    const owner = as(OWNER.email);
    const item = owner.web.lists.getByTitle(PUPILS).items.getById(1);
    await item.roleAssignments.remove(oakGroup, READ);
    const gone = await as(OAKFIELD.email).web.lists.getByTitle(PUPILS).items.getById(1)().then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(gone?.status).toBe(403); // no access left anywhere in the site
    await item.roleAssignments.add(oakGroup, READ);
    const inherits = owner.web.lists.getByTitle(PUPILS).items.getById(3);
    const e = await inherits.roleAssignments.add(oakGroup, READ).then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(e?.message).toBe('This operation is not allowed on an object that inherits permissions.');
    await inherits.breakRoleInheritance(false);
    const ras = await inherits.roleAssignments();
    expect(ras.map((r) => r.PrincipalId)).toEqual([emu.store.user(OWNER.email).spId]); // the caller, with Full Control
    await inherits.resetRoleInheritance();
    expect((await inherits.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(false);
  });

  it("lets a school group read a 'shared-read' list once granted on the list", async () => {
    emu.store.addItem(SETTINGS, { Title: 'Term dates', PwKey: 'termDates', PwValue: '[]' });
    const denied = await as(OAKFIELD.email).web.lists.getByTitle(SETTINGS).items().then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(denied?.status).toBe(404);
    const list = as(OWNER.email).web.lists.getByTitle(SETTINGS);
    expect(((await list.select('HasUniqueRoleAssignments')()) as unknown as { HasUniqueRoleAssignments: boolean }).HasUniqueRoleAssignments).toBe(true);
    await list.roleAssignments.add(oakGroup, READ);
    // The school reads every settings item: its term dates, and the schema version setup recorded.
    expect((await as(OAKFIELD.email).web.lists.getByTitle(SETTINGS).items.select('PwKey')()).map((r) => r.PwKey)).toEqual(['schemaVersion', 'termDates']);
  });
});
