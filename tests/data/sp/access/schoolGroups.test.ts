/**
 * A school's staff group is owned by the Pathways Hub Leadership group, so any member of Leadership (not only the
 * person who made it) can change its members, and its membership is visible only to its members and owners, so one
 * school cannot read another school's staff (and nor can PRU staff outside Leadership).
 */
import { siteGroup } from '../../../../src/lists';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const HOLLY = 'ro.finch@hollybank.example.sch.uk';
const CEDAR = 'jules.ward@cedar.example.sch.uk';
const LEADER = 'ash.moor@pathways.example.org';
const TEACHER = 'pat.lowe@pathways.example.org';
let fx: PathwaysFixture;
let hollyId: number;
let hollyGroup: number;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(LEADER, 'leadership');
  fx.addStaff(TEACHER, 'staff');
  const holly = await fx.addSchool('Hollybank Academy', '140011', [HOLLY]);
  hollyId = holly.school.id;
  hollyGroup = holly.groupId;
  await fx.addSchool('Cedar Park School', '140012', [CEDAR]);
});
afterAll(() => fx.close());

const members = (email: string): Promise<string[]> =>
  fx
    .as(email)
    .sp.web.siteGroups.getById(hollyGroup)
    .users.select('Email')<{ Email: string }[]>()
    .then((us) => us.map((u) => u.Email.toLowerCase()).sort());

describe('school staff groups', () => {
  it('are owned by Pathways Hub Leadership and show their members only to members and owners', async () => {
    const g = await fx.admin.sp.web.siteGroups.getById(hollyGroup).select('OwnerTitle', 'OnlyAllowMembersViewMembership', 'AllowMembersEditMembership')<{
      OwnerTitle: string;
      OnlyAllowMembersViewMembership: boolean;
      AllowMembersEditMembership: boolean;
    }>();
    expect(g).toMatchObject({ OwnerTitle: siteGroup('leadership').title, OnlyAllowMembersViewMembership: true, AllowMembersEditMembership: false });
  });

  it('let any member of Leadership change the named staff, not only the person who made the group', async () => {
    const deputy = 'kim.ash@hollybank.example.sch.uk';
    fx.emulator.store.addUser({ email: deputy, displayName: 'Kim Ash', userType: 'Guest' });
    const saved = await fx.as(LEADER).services.schools.addContact({ schoolId: hollyId, fullName: 'Kim Ash', role: 'SENCO', email: deputy, notify: true });
    expect(saved.invited).toEqual({ state: 'Invited' });
    expect(await members(LEADER)).toEqual([deputy, HOLLY].sort());
    await fx.as(LEADER).services.schools.removeContact(saved.id);
    expect(await members(LEADER)).toEqual([HOLLY]);
  });

  it('refuse to list their members to another school’s staff and to PRU staff outside Leadership', async () => {
    expect(await members(HOLLY)).toEqual([HOLLY]);
    await expect(members(CEDAR)).rejects.toThrow(/403/);
    await expect(members(TEACHER)).rejects.toThrow(/403/);
  });
});
