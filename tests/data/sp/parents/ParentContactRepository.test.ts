/**
 * Contacts with parents and carers against the emulator over HTTP: kept in the pupil's folder, read by day and by
 * follow-up on indexed columns, never dated ahead; and who can read them: the PRU's staff, and the pupil's own
 * home school only (raw REST: another school's pupil's contacts are absent from queries and 404 by id).
 */
import { listByKey } from '../../../../src/lists';
import { connectAs } from '../../../../local/seed/localConnection';
import { rawFetch, SITE_PATH } from '../../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { parentContactRecord } from '../../../support/attendanceFollowUpBuilders';

const STAFF = 'office@pathways.example.org';
const OAK = 'head@oakfield.example.sch.uk';
const ELM = 'senco@elmwood.example.sch.uk';
const TITLE = listByKey('parentContacts').title;
let fx: PathwaysFixture;

const contact = parentContactRecord;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(STAFF, 'owners');
}, 120000);
afterAll(() => fx.close());

test('a contact is kept in the pupil’s folder and found by day and by follow-up, never dated ahead', async () => {
  const repo = connectAs(fx.emulator.origin, SITE_PATH, STAFF, STAFF, new Date('2026-11-20T12:00:00Z')).services.parentContacts;
  const pupil = await fx.addPupil('PH-C001');
  const saved = await repo.add(contact(pupil.id), pupil.pupilRef);
  expect(saved).toMatchObject({ day: '2026-11-20', reason: 'Ill with a temperature', expectedReturn: '2026-11-23' });
  const unanswered = await repo.add(contact(pupil.id, { at: '2026-11-20T11:00:00Z', outcome: 'No answer', reason: undefined, expectedReturn: undefined, followUpOn: '2026-11-23' }), pupil.pupilRef);
  expect((await repo.onDay('2026-11-20')).items.map((c) => c.id)).toEqual([saved.id, unanswered.id]);
  expect((await repo.followUpsDue('2026-11-23', '2026-11-16')).items.map((c) => c.id)).toEqual([unanswered.id]);
  expect((await repo.followUpsDue('2026-11-20', '2026-11-16')).items).toEqual([]); // due on Monday, not yet
  expect((await repo.forPupil(pupil.id)).items).toHaveLength(2);
  await expect(repo.add(contact(pupil.id, { at: '2026-11-20T13:00:00Z' }), pupil.pupilRef)).rejects.toThrow(
    'The contact was not saved: The contact has not happened yet: record it once it has.',
  );
  await expect(repo.add(contact(pupil.id, { reason: undefined }), pupil.pupilRef)).rejects.toMatchObject({ kind: 'invalid-record' });
});

test('a follow-up answered by a later contact is no longer due', async () => {
  const repo = connectAs(fx.emulator.origin, SITE_PATH, STAFF, STAFF, new Date('2026-11-23T12:00:00Z')).services.parentContacts;
  const pupil = await fx.addPupil('PH-C004');
  await repo.add(contact(pupil.id, { outcome: 'Message left', reason: undefined, expectedReturn: undefined, followUpOn: '2026-11-23' }), pupil.pupilRef);
  expect((await repo.followUpsDue('2026-11-23', '2026-11-16')).items.map((c) => c.pupilId)).toContain(pupil.id);
  await repo.add(contact(pupil.id, { at: '2026-11-23T09:10:00Z', kind: 'Parent or carer called' }), pupil.pupilRef);
  expect((await repo.followUpsDue('2026-11-23', '2026-11-16')).items.map((c) => c.pupilId)).not.toContain(pupil.id);
});

test('the follow-ups due of many pupils cost three requests, not two per pupil, with their notes', async () => {
  const repo = connectAs(fx.emulator.origin, SITE_PATH, STAFF, STAFF, new Date('2026-11-24T12:00:00Z')).services.parentContacts;
  const pupils = [];
  for (let i = 0; i < 23; i++) pupils.push(await fx.addPupil(`PH-C1${String(i).padStart(2, '0')}`));
  for (const [i, p] of pupils.entries()) {
    const minute = String(10 + i).padStart(2, '0');
    await repo.add(contact(p.id, { at: `2026-11-24T08:${minute}:00Z`, outcome: 'No answer', reason: undefined, expectedReturn: undefined, followUpOn: '2026-11-24', notes: i === 0 ? 'Mum works nights: try after 11' : undefined }), p.pupilRef);
  }
  // The second pupil's family called back later: answered, so no longer due.
  await repo.add(contact(pupils[1].id, { at: '2026-11-24T10:00:00Z', kind: 'Parent or carer called', expectedReturn: '2026-11-25' }), pupils[1].pupilRef);
  const { result, requests } = await fx.countRequests(() => repo.followUpsDue('2026-11-24', '2026-11-23'));
  // The contacts due; then their pupils' contacts (over 20 pupils: the list read whole) and the staff's notes beside them.
  expect(requests).toHaveLength(3);
  const mine = new Set(pupils.map((p) => p.id));
  const due = result.items.filter((c) => mine.has(c.pupilId));
  expect(due.map((c) => c.pupilId)).toEqual(pupils.filter((_p, i) => i !== 1).map((p) => p.id));
  expect(due[0].notes).toBe('Mum works nights: try after 11');
  expect(result.problems).toEqual([]);
});

test('with contacts shared (Settings › Home schools; off by default), the pupil’s own home school reads its contacts; another school sees nothing, even by id', async () => {
  const settings = await fx.admin.services.settings.get({ fresh: true });
  await fx.admin.services.settings.save({ ...settings, homeSchoolSharing: { ...settings.homeSchoolSharing, parentContacts: true } }, 'etag' in settings ? settings.etag : undefined);
  const oak = (await fx.addSchool('Oakfield Academy', '990201', [OAK])).school.id;
  const elm = (await fx.addSchool('Elmwood High School', '990202', [ELM])).school.id;
  const pupil = await fx.addPupil('PH-C002', { registration: 'Dual', homeSchoolId: oak });
  const theirs = await fx.addPupil('PH-C003', { registration: 'Dual', homeSchoolId: elm });
  const repo = connectAs(fx.emulator.origin, SITE_PATH, STAFF, STAFF, new Date('2026-11-20T12:00:00Z')).services.parentContacts;
  const saved = await repo.add(contact(pupil.id), pupil.pupilRef);
  const elmsOwn = await repo.add(contact(theirs.id, { at: '2026-11-20T09:50:00Z' }), theirs.pupilRef);

  const asOak = fx.as(OAK).services.parentContacts;
  expect((await asOak.forPupil(pupil.id)).items.map((c) => c.id)).toEqual([saved.id]);
  await expect(asOak.add(contact(pupil.id, { at: '2026-11-19T10:00:00Z' }), pupil.pupilRef)).rejects.toMatchObject({ kind: 'access-denied' });

  const asElm = fx.as(ELM).services.parentContacts;
  expect((await asElm.onDay('2026-11-20')).items.map((c) => c.id)).toEqual([elmsOwn.id]);
  const byId = await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(TITLE)}')/items(${saved.id})`, ELM);
  expect(byId.status).toBe(404);
});
