/**
 * Commissioning schools see their own pupils and nothing else, proven with raw REST (plain fetch with the
 * emulator's sign-in header, not PnPjs): another school's pupil is absent from list queries and answers 404 by
 * id, on the pupils list and on pupil-folder lists (attendance, learning log entries). Access follows the pupil
 * (home-school change, leaving) and the school's named staff (contact added or removed) at once.
 */
import { listByKey } from '../../../../src/lists';
import { rawFetch } from '../../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const ELM = 'senco@elmwood.example.sch.uk';
const STAFF = 'teacher@pathways.example.org';
let fx: PathwaysFixture;
let oakId: number;
let elmId: number;

const api = (path: string): string => `${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(path.split('|')[0])}')${path.split('|')[1]}`;

async function query(email: string, listTitle: string, filter: string): Promise<{ status: number; ids: number[] }> {
  const r = await rawFetch(api(`${listTitle}|/items?$select=Id,FileSystemObjectType&$filter=${encodeURIComponent(filter)}`), email);
  const body = (await r.json()) as { value?: { Id: number; FileSystemObjectType: number }[] };
  return { status: r.status, ids: (body.value ?? []).filter((i) => i.FileSystemObjectType === 0).map((i) => i.Id) };
}

async function byId(email: string, listTitle: string, id: number): Promise<number> {
  return (await rawFetch(api(`${listTitle}|/items(${id})`), email)).status;
}

const PUPILS = listByKey('pupils').title;
const ENTRIES = listByKey('learningLogEntries').title;
const WEEKS = listByKey('attendanceWeeks').title;

/** A pupil of the school with a learning log entry and an attendance week in their folders. */
async function pupilWithRecords(ref: string, schoolId: number): Promise<{ pupilId: number; entryId: number; weekId: number }> {
  const pupil = await fx.addPupil(ref, { registration: 'Dual', homeSchoolId: schoolId });
  const s = fx.as(STAFF).services;
  const log = await s.learningLogs.create({ pupilId: pupil.id, academicYear: '2026/27', term: 'Autumn', subjects: [{ subject: 'Maths', teacher: 'Rowan Hale' }] }, ref);
  const entry = await s.learningLogs.addEntry(
    { logId: log.id, pupilId: pupil.id, subject: 'Maths', entryDate: '2026-11-16', teacher: STAFF, entry: 'Worked through ratio problems', highlight: false },
    ref,
  );
  await s.attendance.saveRegister({
    date: '2026-11-16', session: 'AM', marks: [{ pupilId: pupil.id, date: '2026-11-16', session: 'AM', code: '/', recordedBy: STAFF, recordedAt: '2026-11-16T09:05:00Z' }],
    reasons: new Map(), baseline: await s.attendance.register('2026-11-16', 'AM'), takenBy: STAFF, at: '2026-11-16T09:06:00Z',
  });
  const weeks = await query(STAFF, WEEKS, `PwPupilId eq ${pupil.id}`);
  expect(weeks.ids).toHaveLength(1);
  return { pupilId: pupil.id, entryId: entry.id, weekId: weeks.ids[0] };
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(STAFF, 'owners');
  oakId = (await fx.addSchool('Oakfield Academy', '990101', [OAK])).school.id;
  elmId = (await fx.addSchool('Elmwood High School', '990102', [ELM])).school.id;
});
afterAll(() => fx.close());

describe('raw REST as one school’s staff', () => {
  it('finds nothing of another school’s pupil by query and 404 by id, on the pupils list and pupil-folder lists', async () => {
    const elm = await pupilWithRecords('PH-R1', elmId);
    const oak = await pupilWithRecords('PH-R2', oakId);

    // Oakfield's own pupil is there (so an empty answer below is trimming, not a broken query).
    expect((await query(OAK, PUPILS, "PwPupilRef eq 'PH-R2'")).ids).toEqual([oak.pupilId]);
    expect((await query(OAK, ENTRIES, `PwPupilId eq ${oak.pupilId}`)).ids).toEqual([oak.entryId]);
    expect(await byId(OAK, WEEKS, oak.weekId)).toBe(200);

    expect(await query(OAK, PUPILS, "PwPupilRef eq 'PH-R1'")).toEqual({ status: 200, ids: [] });
    expect(await byId(OAK, PUPILS, elm.pupilId)).toBe(404);
    expect(await query(OAK, ENTRIES, `PwPupilId eq ${elm.pupilId}`)).toEqual({ status: 200, ids: [] });
    expect(await byId(OAK, ENTRIES, elm.entryId)).toBe(404);
    expect(await query(OAK, WEEKS, `PwPupilId eq ${elm.pupilId}`)).toEqual({ status: 200, ids: [] });
    expect(await byId(OAK, WEEKS, elm.weekId)).toBe(404);
    // Unfiltered, the whole list holds only Oakfield's pupil.
    const all = await rawFetch(api(`${PUPILS}|/items?$select=PwPupilRef`), OAK);
    expect(((await all.json()) as { value: { PwPupilRef: string }[] }).value.map((p) => p.PwPupilRef)).toEqual(['PH-R2']);
    // And someone signed in with no school sees no pupil at all.
    expect(await byId('stranger@example.com', PUPILS, oak.pupilId)).not.toBe(200);
  });

  it('after a change of home school the old school sees nothing and the new school sees the pupil and their records', async () => {
    const r = await pupilWithRecords('PH-R3', elmId);
    const pupil = await fx.admin.services.pupils.get(r.pupilId);
    await fx.admin.services.pupils.update(pupil.id, pupil.etag, { ...pupil, homeSchoolId: oakId });

    expect(await byId(ELM, PUPILS, r.pupilId)).toBe(404);
    expect(await byId(ELM, ENTRIES, r.entryId)).toBe(404);
    expect((await query(ELM, WEEKS, `PwPupilId eq ${r.pupilId}`)).ids).toEqual([]);
    expect(await byId(OAK, PUPILS, r.pupilId)).toBe(200);
    expect(await byId(OAK, ENTRIES, r.entryId)).toBe(200);
    expect((await query(OAK, WEEKS, `PwPupilId eq ${r.pupilId}`)).ids).toEqual([r.weekId]);
  });

  it('a pupil who leaves is removed from the school’s view, records included', async () => {
    const r = await pupilWithRecords('PH-R4', oakId);
    const pupil = await fx.admin.services.pupils.get(r.pupilId);
    await fx.admin.services.pupils.update(pupil.id, pupil.etag, { ...pupil, leavingDate: '2026-11-20' });
    expect(await byId(OAK, PUPILS, r.pupilId)).toBe(404);
    expect(await byId(OAK, ENTRIES, r.entryId)).toBe(404);
  });

  it('a named member of staff added to a school reads its pupils at once, and loses them when removed', async () => {
    const r = await pupilWithRecords('PH-R5', oakId);
    const newcomer = 'deputy@oakfield.example.sch.uk';
    expect(await byId(newcomer, PUPILS, r.pupilId)).not.toBe(200);

    fx.emulator.store.addUser({ email: newcomer, displayName: 'Deputy Head', userType: 'Guest' }); // a guest already (invitations: schoolStaffInvitations.test.ts)
    const contact = await fx.admin.services.schools.addContact({ schoolId: oakId, fullName: 'Deputy Head', role: 'Head of year', email: newcomer, notify: true });
    expect(contact.invited).toEqual({ state: 'Invited' });
    expect(await byId(newcomer, PUPILS, r.pupilId)).toBe(200);
    expect(await byId(newcomer, ENTRIES, r.entryId)).toBe(200);

    await fx.admin.services.schools.removeContact(contact.id);
    expect(await byId(newcomer, PUPILS, r.pupilId)).not.toBe(200);
    expect(await byId(newcomer, ENTRIES, r.entryId)).not.toBe(200);
    expect(await byId(OAK, PUPILS, r.pupilId)).toBe(200);
  });
});
