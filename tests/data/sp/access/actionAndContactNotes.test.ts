/**
 * Workflow 8 (docs/sharing.md): the staff's own notes on a Stage 2/3 attendance action and on a contact with a parent
 * or carer live in Pathways Attendance Action Notes and Pathways Parent Contact Notes, never shared with a home school,
 * so even with actions and contacts shared (their settings on) a home school reads the action (what, when, planned)
 * and the contact (who, when, the reason given, the expected return) but not the notes, by any route. Proven with
 * plain REST as the home school's named staff; PRU staff get the whole record through the product.
 */
import type { SchoolSettings } from '../../../../src/domain';
import { listByKey, type ListKey } from '../../../../src/lists';
import { rawFetch } from '../../../support/emulator';
import { attendanceActionRecord, parentContactRecord } from '../../../support/attendanceFollowUpBuilders';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const OFFICE = 'office@pathways.example.org';
let fx: PathwaysFixture;
let pupilId: number;
let actionId: number;
let contactId: number;

const api = (key: ListKey, rest: string): string => `${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(listByKey(key).title)}')${rest}`;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(OFFICE, 'office');
  const oak = (await fx.addSchool('Oakfield Academy', '990731', [OAK])).school.id;
  const current = await fx.admin.services.settings.get({ fresh: true });
  const homeSchoolSharing: SchoolSettings['homeSchoolSharing'] = { ...current.homeSchoolSharing, attendanceActions: true, parentContacts: true };
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing }, 'etag' in current ? current.etag : undefined);
  pupilId = (await fx.addPupil('PH-A1', { registration: 'Dual', homeSchoolId: oak })).id;
  await fx.admin.services.pupilAccess.repairAccess(pupilId);
  const office = fx.as(OFFICE).services;
  actionId = (await office.attendanceActions.add(attendanceActionRecord(pupilId, { notes: 'Mother mentioned a new partner at home' }), 'PH-A1')).id;
  contactId = (await office.parentContacts.add(parentContactRecord(pupilId, { notes: 'Sounded distressed; passed to the DSL' }), 'PH-A1')).id;
}, 120000);
afterAll(() => fx.close());

test.each([
  ['attendanceActions', 'attendanceActionNotes', () => actionId, 'PwAction', 'Supportive conversation', 'PwActionKey'],
  ['parentContacts', 'parentContactNotes', () => contactId, 'PwReasonGiven', 'Ill with a temperature', 'PwContactKey'],
] as const)('the home school reads the shared %s without notes: the column is refused, %s is not there', async (list, notes, id, shown, value, key) => {
  const r = await rawFetch(api(list, `/items(${id()})`), OAK);
  expect(r.status).toBe(200);
  const item = (await r.json()) as Record<string, unknown>;
  expect(item[shown]).toBe(value);
  expect('PwNotes' in item).toBe(false);
  expect((await rawFetch(api(list, `/items(${id()})?$select=PwNotes`), OAK)).status).toBe(400);
  expect((await rawFetch(api(notes, ''), OAK)).status).toBe(404);
  expect((await rawFetch(api(notes, `/items?$filter=${key} eq '${id()}'`), OAK)).status).toBe(404);
});

test('through the product the home school gets the action and the contact without notes; PRU staff with them', async () => {
  const school = fx.as(OAK).services;
  expect((await school.attendanceActions.forPupil(pupilId)).items.map((a) => [a.id, a.action, a.notes])).toEqual([[actionId, 'Supportive conversation', undefined]]);
  expect((await school.parentContacts.forPupil(pupilId)).items.map((c) => [c.id, c.reason, c.notes])).toEqual([[contactId, 'Ill with a temperature', undefined]]);

  const office = fx.as(OFFICE).services;
  expect((await office.attendanceActions.forPupil(pupilId)).items[0].notes).toBe('Mother mentioned a new partner at home');
  const forPupils = office.attendanceActions.forPupils ? await office.attendanceActions.forPupils([pupilId]) : undefined;
  expect(forPupils?.items.map((a) => a.notes)).toEqual(['Mother mentioned a new partner at home']);
  expect((await office.parentContacts.forPupil(pupilId)).items[0].notes).toBe('Sounded distressed; passed to the DSL');
  expect((await office.parentContacts.onDay('2026-11-20')).items.map((c) => [c.id, c.notes])).toEqual([[contactId, 'Sounded distressed; passed to the DSL']]);
  // A record made with no notes has no notes item.
  const plain = await office.attendanceActions.add(attendanceActionRecord(pupilId, { notes: undefined, date: '2026-11-17' }), 'PH-A1');
  expect((await fx.admin.sp.web.lists.getByTitle(listByKey('attendanceActionNotes').title).items.filter(`PwActionKey eq '${plain.id}'`)()) as unknown[]).toEqual([]);
});
