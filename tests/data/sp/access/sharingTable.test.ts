/**
 * Workflow 8 (docs/sharing.md): what a home school reads is the sharing table with the settings, enforced by
 * SharePoint. Proven with plain REST as the home school's named staff: every pupil-folder list the table keeps from
 * the school (pupil history, attendance amendments, EHC requests, and those whose switch is off: attendance actions,
 * PIPs, PIP reviews, review meetings, parents' contacts) shows it neither the pupil's folder nor a record;
 * the lists it always reads (attendance, learning logs, behaviour log) show the folder. A switch turned on makes
 * the check list the pupil and the repair share that list; turned off again, the repair takes it away. A pupil
 * shared before the table (every list shared, no record of the switches) is put right by the upgrade. The PRU's own
 * staff read everything throughout. Group membership: no school can list the PRU's groups or another school's.
 */
import { DEFAULT_SETTINGS, HOME_SCHOOL_SHARING_OPTIONS, type SchoolSettings } from '../../../../src/domain';
import { HOME_SCHOOL_SHARING, LISTS, SITE_GROUPS, STAFF_GROUP, homeSchoolReads, listByKey, type ListKey } from '../../../../src/lists';
import { SiteSetup } from '../../../../src/data/sp/setup/SiteSetup';
import { applySharingTable } from '../../../../src/data/sp/setup/migrations/recordPupilSharing';
import { SHARED_LISTS_COLUMN } from '../../../../src/data/sp/access/HomeSchoolAccessService';
import { ROLE_READ } from '../../../../src/data/sp/access/roles';
import { pupilFolderUrl } from '../../../../src/data/sp/siteInfo';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { rawFetch } from '../../../support/emulator';
import { attendanceActionRecord } from '../../../support/attendanceFollowUpBuilders';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const ELM = 'senco@elmwood.example.sch.uk';
const FOLDER_LISTS = LISTS.filter((l) => l.security === 'pupil-folder');
let fx: PathwaysFixture;
let oakId: number;
let elmGroup: number;

const api = (title: string, rest: string): string => `${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(title)}')${rest}`;

/** What the user finds in the list by plain REST: the ids of folders and of records (404: no list they may see). */
async function found(email: string, key: ListKey): Promise<number[]> {
  const r = await rawFetch(api(listByKey(key).title, '/items?$select=Id'), email);
  if (r.status === 404) return [];
  expect(r.status).toBe(200);
  return ((await r.json()) as { value: { Id: number }[] }).value.map((i) => i.Id);
}

async function withSharing(change: Partial<SchoolSettings['homeSchoolSharing']>): Promise<void> {
  const current = await fx.admin.services.settings.get({ fresh: true });
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing: { ...current.homeSchoolSharing, ...change } }, 'etag' in current ? current.etag : undefined);
}

const readable = (sharing: SchoolSettings['homeSchoolSharing']): ListKey[] => FOLDER_LISTS.filter((l) => homeSchoolReads(l.key, sharing)).map((l) => l.key);

beforeAll(async () => {
  fx = await startPathwaysFixture();
  oakId = (await fx.addSchool('Oakfield Academy', '990901', [OAK])).school.id;
  elmGroup = (await fx.addSchool('Elmwood High School', '990902', [ELM])).groupId;
}, 120000);
afterAll(() => fx.close());

test('every list has a row in the table; safeguarding, health, risk and family detail are off by default', () => {
  expect(LISTS.map((l) => l.key).filter((k) => HOME_SCHOOL_SHARING[k] === undefined)).toEqual([]);
  expect(HOME_SCHOOL_SHARING.pupilConfidential).toBe('never');
  for (const key of ['attendanceActions', 'pips', 'pipReviews', 'reviewMeetings', 'parentContacts'] as const) expect(DEFAULT_SETTINGS.homeSchoolSharing[key]).toBe(false);
});

test('by default the home school finds its pupil’s folder only in the lists the table shares; a switch turned on and off is applied by the repair', async () => {
  const pupil = await fx.addPupil('PH-S1', { registration: 'Dual', homeSchoolId: oakId });
  const action = await fx.admin.services.attendanceActions.add(attendanceActionRecord(pupil.id), pupil.pupilRef);
  const defaults = DEFAULT_SETTINGS.homeSchoolSharing;
  expect(readable(defaults)).toEqual(expect.arrayContaining(['attendanceWeeks', 'learningLogs', 'learningLogEntries', 'behaviourLog']));
  for (const list of FOLDER_LISTS) {
    const ids = await found(OAK, list.key);
    expect([list.key, ids.length > 0]).toEqual([list.key, homeSchoolReads(list.key, defaults)]);
  }
  expect(await found(OAK, 'attendanceActions')).toEqual([]);
  expect((await rawFetch(api(listByKey('attendanceActions').title, `/items(${action.id})`), OAK)).status).toBe(404);
  expect((await fx.as(OAK).services.attendanceActions.forPupil(pupil.id)).items).toEqual([]);
  expect((await fx.admin.services.attendanceActions.forPupil(pupil.id)).items.map((a) => a.id)).toEqual([action.id]);

  await withSharing({ attendanceActions: true });
  expect((await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => [m.pupilRef, m.access.reason])).toEqual([['PH-S1', 'pending']]);
  expect((await fx.admin.services.pupilAccess.status(pupil.id)).message).toMatch(/does not follow the sharing settings yet/);
  expect(await fx.admin.services.pupilAccess.repairAccess(pupil.id)).toEqual({ state: 'shared', schoolId: oakId });
  expect((await fx.as(OAK).services.attendanceActions.forPupil(pupil.id)).items.map((a) => a.id)).toEqual([action.id]);
  expect((await rawFetch(api(listByKey('attendanceActions').title, `/items(${action.id})`), OAK)).status).toBe(200);
  expect(await found(OAK, 'pupilHistory')).toEqual([]);

  await withSharing({ attendanceActions: false });
  expect((await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => m.pupilRef)).toEqual(['PH-S1']);
  await fx.admin.services.pupilAccess.repairAccess(pupil.id);
  expect((await rawFetch(api(listByKey('attendanceActions').title, `/items(${action.id})`), OAK)).status).toBe(404);
  expect((await fx.admin.services.pupilAccess.findMismatches()).items).toEqual([]);
  // The lists always shared stay shared throughout.
  expect((await found(OAK, 'attendanceWeeks')).length).toBeGreaterThan(0);
});

test('every switch on: each list it names becomes readable; the lists the table never shares stay closed', async () => {
  const all: SchoolSettings['homeSchoolSharing'] = { ...(Object.fromEntries(HOME_SCHOOL_SHARING_OPTIONS.map((k) => [k, true])) as Record<(typeof HOME_SCHOOL_SHARING_OPTIONS)[number], boolean>), letterKinds: DEFAULT_SETTINGS.homeSchoolSharing.letterKinds };
  await withSharing(all);
  const pupil = await fx.addPupil('PH-S2', { registration: 'Dual', homeSchoolId: oakId });
  for (const list of FOLDER_LISTS) {
    const folder = await rawFetch(`${fx.emulator.siteUrl}/_api/web/getFolderByServerRelativePath(decodedurl='${encodeURIComponent(new URL(pupilFolderUrl(fx.emulator.siteUrl, list.url, pupil.pupilRef), fx.emulator.origin).pathname)}')/listItemAllFields?$select=Id`, OAK);
    const id = folder.status === 200 ? ((await folder.json()) as { Id?: number }).Id : undefined;
    expect([list.key, folder.status, typeof id === 'number']).toEqual([list.key, folder.status, homeSchoolReads(list.key, all)]);
  }
  expect(readable(all)).not.toEqual(expect.arrayContaining(['pupilHistory']));
  for (const never of ['pupilHistory', 'attendanceAmendments', 'ehcRequests'] as const) expect(HOME_SCHOOL_SHARING[never]).toBe('never');
  await withSharing(DEFAULT_SETTINGS.homeSchoolSharing);
  await fx.admin.services.pupilAccess.repairAccess(pupil.id);
});

test('a pupil shared before the table (every folder shared) is put right by the upgrade', async () => {
  const pupil = await fx.addPupil('PH-S3', { registration: 'Dual', homeSchoolId: oakId });
  const { staffGroupId } = await fx.admin.services.schools.get(oakId);
  // As version 1 left it: the school reads the pupil's folder in every list, and no record of the switches.
  for (const key of ['pupilHistory', 'ehcRequests', 'pipReviews'] as const) {
    const list = listByKey(key);
    const { Id } = await fx.admin.sp.web.getFolderByServerRelativePath(pupilFolderUrl(fx.emulator.siteUrl, list.url, pupil.pupilRef)).listItemAllFields.select('Id')<{ Id: number }>();
    await fx.admin.sp.web.lists.getByTitle(list.title).items.getById(Id).roleAssignments.add(staffGroupId ?? 0, ROLE_READ);
  }
  await fx.admin.sp.web.lists.getByTitle(listByKey('pupils').title).items.getById(pupil.id).update({ [SHARED_LISTS_COLUMN]: null });
  expect((await found(OAK, 'pupilHistory')).length).toBeGreaterThan(0);
  expect((await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => m.pupilRef)).toEqual(['PH-S3']);

  await applySharingTable.run(fx.admin.sp, () => undefined, { siteUrl: fx.emulator.siteUrl, now: () => new Date() });
  for (const key of ['pupilHistory', 'ehcRequests', 'pipReviews'] as const) expect([key, await found(OAK, key)]).toEqual([key, []]);
  expect((await found(OAK, 'attendanceWeeks')).length).toBeGreaterThan(0);
  expect((await fx.admin.services.pupilAccess.findMismatches()).items).toEqual([]);
});

test('group membership: a school’s staff cannot list the PRU’s groups or another school’s; their own, and the site owner, can', async () => {
  const groups = (await fx.admin.sp.web.siteGroups.select('Id', 'Title')<{ Id: number; Title: string }[]>());
  const members = (email: string, id: number): Promise<number> => rawFetch(`${fx.emulator.siteUrl}/_api/web/sitegroups/getbyid(${id})/users`, email).then((r) => r.status);
  for (const g of SITE_GROUPS) {
    const id = groups.find((x) => x.Title === g.title)?.Id ?? 0;
    expect([g.title, await members(OAK, id)]).toEqual([g.title, 403]);
    expect([g.title, await members(DEFAULT_ADMIN.email, id)]).not.toEqual([g.title, 403]);
  }
  expect(await members(OAK, elmGroup)).toBe(403);
  expect(await members(ELM, elmGroup)).toBe(200);

  // A site whose group was left visible to everyone (made before this rule): setup's check finds it and puts it right.
  const staff = groups.find((x) => x.Title === STAFF_GROUP.title)?.Id ?? 0;
  await fx.admin.sp.web.siteGroups.getById(staff).update({ OnlyAllowMembersViewMembership: false });
  expect(await members(OAK, staff)).toBe(200);
  const setup = new SiteSetup(fx.admin.sp, { now: () => new Date() });
  const plan = await setup.plan();
  expect(plan.steps.flatMap((st) => st.actions)).toContainEqual({ kind: 'updateGroupVisibility', group: 'staff' });
  await setup.run();
  expect(await members(OAK, staff)).toBe(403);
});
