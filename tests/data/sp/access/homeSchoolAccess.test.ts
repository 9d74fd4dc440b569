/**
 * Convergent home-school access over real HTTP (issue 16): a pupil is never left saved but silently unsecured.
 * Without Manage Permissions, or while SharePoint throttles, the pupil is saved and reported as not yet shared in
 * plain words; the check finds it; saving again or the repair brings SharePoint's permissions back to the rule.
 */
import { DEFAULT_SETTINGS, pupilChangesBetween } from '../../../../src/domain';
import { connectAs } from '../../../../local/seed/localConnection';
import { SITE_PATH } from '../../../support/emulator';
import { pupilRecord, startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'senco@oakfield-c.example.sch.uk';
const ELM = 'senco@elmwood-c.example.sch.uk';
const OFFICE = 'office@pathways.example.org';
let fx: PathwaysFixture;
let oakId: number;
let elmId: number;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(OFFICE, 'office'); // Contribute: no Manage Permissions
  oakId = (await fx.addSchool('Oakfield Academy', '990101', [OAK])).school.id;
  elmId = (await fx.addSchool('Elmwood High School', '990102', [ELM])).school.id;
});
afterAll(() => fx.close());

/** Whether the user can see the pupil (a user who can see no pupil at all cannot see the list: 404). */
const sees = async (email: string, ref: string): Promise<boolean> =>
  fx.as(email).services.pupils.list().then(
    (r) => r.items.some((p) => p.pupilRef === ref),
    (e: unknown) => {
      if ((e as { kind?: string }).kind === 'not-found') return false;
      throw e;
    },
  );

const throttle = (rate: number): Promise<Response> =>
  fetch(`${fx.emulator.origin}/_emulator/throttle`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ rate, retryAfterSeconds: 0 }) });

test('an enrolment by someone who may not share is saved, reported as not yet shared, found by the check and repaired by Leadership', async () => {
  const saved = await fx.as(OFFICE).services.pupils.create(pupilRecord('PH-N1', { registration: 'Dual', homeSchoolId: oakId }));
  expect(saved.id).toEqual(expect.any(Number));
  expect(saved.access).toMatchObject({ state: 'not-yet-shared', reason: 'needs-leadership', schoolId: oakId });
  expect(saved.access?.message).toMatch(/not yet shared with Oakfield Academy/);
  expect(saved.access?.message).toMatch(/Pathways Hub Leadership or a site owner/);
  expect(await sees(OAK, 'PH-N1')).toBe(false);
  // Its folders exist, so the PRU can already keep its records.
  expect((await fx.admin.sp.web.getFolderByServerRelativePath('/sites/pathways/Lists/PwAttendance/PH-N1').listItemAllFields.select('Id')<{ Id?: number }>()).Id).toEqual(expect.any(Number));

  const check = await fx.admin.services.pupilAccess.findMismatches();
  expect(check.items.map((m) => [m.pupilRef, m.access.reason])).toEqual([['PH-N1', 'pending']]);
  expect(await fx.admin.services.pupilAccess.status(saved.id)).toMatchObject({ state: 'not-yet-shared' });

  await expect(fx.as(OFFICE).services.pupilAccess.repairAccess(saved.id)).resolves.toMatchObject({ reason: 'needs-leadership' });
  expect(await fx.admin.services.pupilAccess.repairAccess(saved.id)).toEqual({ state: 'shared', schoolId: oakId });
  expect(await sees(OAK, 'PH-N1')).toBe(true);
  expect((await fx.admin.services.pupilAccess.findMismatches()).items).toEqual([]);
});

test('a change of home school by someone who may not share says the old school can still see the records, until a repair', async () => {
  const pupil = await fx.addPupil('PH-N2', { registration: 'Dual', homeSchoolId: oakId });
  const seen = await fx.as(OFFICE).services.pupils.get(pupil.id);
  const saved = await fx.as(OFFICE).services.pupils.update(pupil.id, seen.etag, { ...seen, homeSchoolId: elmId });
  expect(saved.homeSchoolId).toBe(elmId);
  expect(saved.access?.message).toMatch(/not yet shared with Elmwood High School, and Oakfield Academy can still see them/);
  expect(await sees(OAK, 'PH-N2')).toBe(true);
  await fx.admin.services.pupilAccess.repairAccess(pupil.id);
  expect([await sees(OAK, 'PH-N2'), await sees(ELM, 'PH-N2')]).toEqual([false, true]);
});

test('a home-school change while SharePoint throttles: saved, history kept, plain words, and saving again converges', async () => {
  const pupil = await fx.addPupil('PH-N3', { registration: 'Dual', homeSchoolId: oakId });
  const after = { ...pupil, homeSchoolId: elmId };
  const changes = pupilChangesBetween(pupil, after, { effective: '2026-11-20', reason: 'Moved school', changedBy: 'admin@pathways.example.org', schoolName: (id) => (id === elmId ? 'Elmwood High School' : 'Oakfield Academy') });
  // Throttle everything once the role assignments have been read: the pupil and its history are stored, the
  // permission changes are refused.
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const res = await realFetch(input, init);
    if (String(input instanceof Request ? input.url : input).endsWith('/_api/$batch')) await throttle(1);
    return res;
  }) as typeof fetch;
  let saved;
  try {
    saved = await fx.admin.services.pupilHistory.saveWithHistory(pupil, after, changes);
  } finally {
    globalThis.fetch = realFetch;
    await throttle(0);
  }
  expect(saved).toMatchObject({ homeSchoolId: elmId, access: { state: 'not-yet-shared', reason: 'busy' } });
  const message = (saved as { access?: { message?: string } }).access?.message ?? '';
  expect(message).toMatch(/SharePoint is busy, so FirstPHN3’s records are not yet shared with Elmwood High School, and Oakfield Academy can still see them/);
  expect(message).not.toMatch(/429|Retry count|HttpRequestError/);
  expect((await fx.admin.services.pupilHistory.forPupil(pupil.id)).items.map((c) => c.kind)).toEqual(['Home school']);
  expect((await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => m.pupilRef)).toEqual(['PH-N3']);

  // "Save again" with the home school already stored as Elmwood re-applies access.
  const fresh = await fx.admin.services.pupils.get(pupil.id);
  const again = await fx.admin.services.pupils.update(pupil.id, fresh.etag, fresh);
  expect(again.access).toEqual({ state: 'shared', schoolId: elmId });
  expect([await sees(OAK, 'PH-N3'), await sees(ELM, 'PH-N3')]).toEqual([false, true]);
  expect(await fx.as(OAK).services.attendance.marksForPupil(pupil.id)).toEqual([]);
});

test('a leaver’s school keeps access for the days set in settings, and the check finds it once they have passed', async () => {
  await fx.admin.services.settings.save({ ...DEFAULT_SETTINGS, leaverAccessDays: 30 });
  const pupil = await fx.addPupil('PH-N4', { registration: 'Dual', homeSchoolId: oakId });
  const left = await fx.admin.services.pupils.update(pupil.id, pupil.etag, { ...pupil, leavingDate: '2026-11-30' });
  expect(left.access).toEqual({ state: 'shared', schoolId: oakId });
  expect(await sees(OAK, 'PH-N4')).toBe(true);

  const later = connectAs(fx.emulator.origin, SITE_PATH, 'admin@pathways.example.org', 'Pathways Admin', new Date('2027-01-05T10:00:00Z'));
  const found = await later.services.pupilAccess.findMismatches();
  expect(found.items.map((m) => [m.pupilRef, m.access.message])).toEqual([['PH-N4', expect.stringMatching(/Oakfield Academy can still see .* although it should no longer/)]]);
  expect(await later.services.pupilAccess.repairAccess(pupil.id)).toEqual({ state: 'shared' });
  expect(await sees(OAK, 'PH-N4')).toBe(false);
  await fx.admin.services.settings.save({ ...DEFAULT_SETTINGS, leaverAccessDays: 0 }, (await fx.admin.services.settings.get() as { etag?: string }).etag);
});

test('the check reads only what it needs of the pupils, without metadata (Site setup’s first view: nothing it reads is written back)', async () => {
  // Saved by someone who may not share: not yet shared, so the check must find it.
  await fx.as(OFFICE).services.pupils.create(pupilRecord('PH-N5', { registration: 'Dual', homeSchoolId: oakId }));
  const realFetch = globalThis.fetch;
  const asked: { url: string; accept: string | null }[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const answer = await realFetch(input, init);
    const url = decodeURIComponent(String(input instanceof Request ? input.url : input));
    if (url.includes("getByTitle('Pathways Pupils')/items")) asked.push({ url, accept: new Headers(init?.headers).get('accept') });
    return answer;
  }) as typeof fetch;
  let found: Awaited<ReturnType<typeof fx.admin.services.pupilAccess.findMismatches>>;
  try {
    found = await fx.admin.services.pupilAccess.findMismatches();
  } finally {
    globalThis.fetch = realFetch;
  }
  expect(asked).toHaveLength(1);
  expect(asked[0].accept).toMatch(/odata=nometadata/);
  // Only what the check needs of each pupil: who it is, the school that should see it, and the sharing markers.
  const select = new URL(asked[0].url, fx.emulator.origin).searchParams.get('$select')?.split(',') ?? [];
  expect(select).toEqual(expect.arrayContaining(['PwPupilRef', 'PwFirstName', 'PwLastName', 'PwHomeSchoolId', 'PwLeavingDate', 'PwSharedWithGroupId', 'PwSharedLists']));
  expect(select).not.toContain('PwDateOfBirth');
  expect(select).not.toContain('PwSenProvision');
  expect(found.problems).toEqual([]);
  expect(found.items.filter((m) => m.pupilRef === 'PH-N5').map((m) => [m.access.reason, m.access.schoolId])).toEqual([['pending', oakId]]);
  await fx.admin.services.pupilAccess.repairAccess(found.items.find((m) => m.pupilRef === 'PH-N5')?.pupilId ?? 0);
  expect((await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => m.pupilRef)).not.toContain('PH-N5');
});
