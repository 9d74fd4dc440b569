/**
 * Conformance: who may change and who may see a SharePoint group's members, through real PnPjs.
 * A group belongs to the site collection and is administered by its owner (a user, or the members of an owning
 * group) and by site collection administrators, not by whoever has Full Control on the site; with
 * OnlyAllowMembersViewMembership only its members and owners may list its members.
 */
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_ADMIN, DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';

const CO_OWNER = { email: 'kit.dale@pathways.example.org', displayName: 'Kit Dale' }; // Full Control through the Owners group
const LEADER = { email: 'ash.moor@pathways.example.org', displayName: 'Ash Moor' };
const TEACHER = { email: 'pat.lowe@pathways.example.org', displayName: 'Pat Lowe' };
const GUEST = { email: 'ro.finch@hollybank.example.sch.uk', displayName: 'Ro Finch' };
const OTHER_GUEST = { email: 'jules.ward@cedar.example.sch.uk', displayName: 'Jules Ward' };

const READ = 1073741826;

let emu: RunningEmulator;
const as = (email: string) => spFor(email, { siteUrl: emu.siteUrl });
const login = (email: string): string => emu.context.directory.findByEmail(email)?.loginName ?? '';
const statusOf = (p: Promise<unknown>): Promise<number> => p.then(() => 200, async (e: unknown) => (await spErrorOf(e)).status);

let leadersId: number;
let schoolGroupId: number;

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...CO_OWNER, userType: 'Member' });
  emu.store.addToGroup(DEFAULT_GROUPS.owners.id, CO_OWNER.email);
  emu.store.addUser({ ...LEADER, userType: 'Member' });
  emu.store.addUser({ ...TEACHER, userType: 'Member' });
  emu.store.addToGroup(DEFAULT_GROUPS.members.id, TEACHER.email);
  emu.store.addUser({ ...GUEST, userType: 'Guest' });
  emu.store.addUser({ ...OTHER_GUEST, userType: 'Guest' });
  const admin = as(DEFAULT_ADMIN.email);
  leadersId = (await admin.web.siteGroups.add({ Title: 'Leaders' })).Id;
  await admin.web.siteGroups.getById(leadersId).users.add(login(LEADER.email));
  schoolGroupId = (await admin.web.siteGroups.add({ Title: 'Hollybank staff', OnlyAllowMembersViewMembership: true, AllowMembersEditMembership: false })).Id;
  const cedarId = (await admin.web.siteGroups.add({ Title: 'Cedar staff', OnlyAllowMembersViewMembership: true })).Id;
  await admin.web.siteGroups.getById(cedarId).users.add(login(OTHER_GUEST.email));
  // Everyone here can open the site (Read), so a refusal is about the group, not the site.
  for (const id of [leadersId, schoolGroupId, cedarId]) await admin.web.roleAssignments.add(id, READ);
});
afterAll(() => emu.close());

describe('changing a group’s members', () => {
  it('refuses someone with Full Control on the site who does not own the group (403)', async () => {
    expect(await statusOf(as(CO_OWNER.email).web.siteGroups.getById(schoolGroupId).users.add(login(GUEST.email)))).toBe(403);
    expect(await statusOf(as(LEADER.email).web.siteGroups.getById(schoolGroupId).users.add(login(GUEST.email)))).toBe(403);
  });

  it('lets the members of the owning group change it once that group is its owner', async () => {
    await as(DEFAULT_ADMIN.email).web.siteGroups.getById(schoolGroupId).setUserAsOwner(leadersId);
    const owner = await as(DEFAULT_ADMIN.email).web.siteGroups.getById(schoolGroupId).select('OwnerTitle')<{ OwnerTitle: string }>();
    expect(owner.OwnerTitle).toBe('Leaders');
    await as(LEADER.email).web.siteGroups.getById(schoolGroupId).users.add(login(GUEST.email));
    expect(await statusOf(as(CO_OWNER.email).web.siteGroups.getById(schoolGroupId).users.add(login(OTHER_GUEST.email)))).toBe(403);
    expect(await statusOf(as(GUEST.email).web.siteGroups.getById(schoolGroupId).users.add(login(OTHER_GUEST.email)))).toBe(403);
  });

  it('lets the site collection administrator change any group', async () => {
    await as(DEFAULT_ADMIN.email).web.siteGroups.getById(leadersId).users.add(login(TEACHER.email));
    await as(DEFAULT_ADMIN.email).web.siteGroups.getById(leadersId).users.removeByLoginName(login(TEACHER.email));
  });
});

describe('seeing a group’s members (OnlyAllowMembersViewMembership)', () => {
  it('shows them to its members and owners only', async () => {
    const emails = async (email: string) => (await as(email).web.siteGroups.getById(schoolGroupId).users.select('Email')<{ Email: string }[]>()).map((u) => u.Email);
    expect(await emails(GUEST.email)).toEqual([GUEST.email]);
    expect(await emails(LEADER.email)).toEqual([GUEST.email]);
    expect(await emails(DEFAULT_ADMIN.email)).toEqual([GUEST.email]);
    expect(await statusOf(as(TEACHER.email).web.siteGroups.getById(schoolGroupId).users())).toBe(403);
    expect(await statusOf(as(OTHER_GUEST.email).web.siteGroups.getById(schoolGroupId).users())).toBe(403);
    // A group without the setting shows its members to anyone on the site.
    expect(await statusOf(as(TEACHER.email).web.siteGroups.getById(leadersId).users())).toBe(200);
  });
});
