/**
 * The behaviour and engagement log and SEMH focus profiles against the emulator over HTTP: kept in the pupil's
 * folder, read by pupil and by day on indexed columns, never logged ahead; a profile's review date set from the
 * settings and the calendar, one open profile at a time; and who can read them: the PRU's staff, and the pupil's own
 * home school read-only (raw REST: another school's pupil's entries are absent from queries and 404 by id).
 */
import { listByKey } from '../../../../src/lists';
import { connectAs } from '../../../../local/seed/localConnection';
import { rawFetch, SITE_PATH } from '../../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { engagementEntry, incidentEntry, semhProfileRecord } from '../../../support/behaviourBuilder';

const STAFF = 'teacher@pathways.example.org';
const OAK = 'head@oakfield.example.sch.uk';
const ELM = 'senco@elmwood.example.sch.uk';
const NOW = new Date('2026-11-20T12:00:00Z');
let fx: PathwaysFixture;

const asStaff = (now = NOW) => connectAs(fx.emulator.origin, SITE_PATH, STAFF, STAFF, now).services;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(STAFF, 'staff');
}, 120000);
afterAll(() => fx.close());

test('engagement and incidents are kept in the pupil’s folder, found by pupil and by day, never logged ahead', async () => {
  const repo = asStaff().behaviourLog;
  const pupil = await fx.addPupil('PH-B001');
  const rated = await repo.add(engagementEntry(pupil.id, { recordedBy: STAFF }), pupil.pupilRef);
  expect(rated).toMatchObject({ day: '2026-11-20', engagement: 4, indicators: ['Settles to work', 'Asks for help'] });
  const incident = await repo.add(incidentEntry(pupil.id, { at: '2026-11-20T11:05:00Z', recordedBy: STAFF }), pupil.pupilRef);
  expect(incident).toMatchObject({ kind: 'Incident', where: 'Classroom 2, then the corridor', outcome: 'Returned after ten minutes and finished the task' });
  await repo.add(engagementEntry(pupil.id, { at: '2026-11-18T09:30:00Z', engagement: 2, recordedBy: STAFF }), pupil.pupilRef);

  expect((await repo.forPupil(pupil.id)).items.map((e) => e.day)).toEqual(['2026-11-20', '2026-11-20', '2026-11-18']);
  expect((await repo.forPupil(pupil.id, '2026-11-19')).items.map((e) => e.id)).toEqual([incident.id, rated.id]);
  expect((await repo.incidentsOn('2026-11-20')).items).toEqual([
    { id: incident.id, etag: expect.any(String), pupilId: pupil.id, kind: 'Incident', at: incident.at, day: '2026-11-20', lesson: incident.lesson, what: incident.what },
  ]);
  expect((await repo.incidentsOn('2026-11-18')).items).toEqual([]);
  await expect(repo.add(engagementEntry(pupil.id, { at: '2026-11-20T13:00:00Z' }), pupil.pupilRef)).rejects.toThrow(
    'The entry was not saved: That time has not come yet: log a lesson or an incident once it has happened.',
  );
  await expect(repo.add(incidentEntry(pupil.id, { action: undefined }), pupil.pupilRef)).rejects.toMatchObject({ kind: 'invalid-record' });
  expect((await repo.forPupil(pupil.id)).items).toHaveLength(3);
});

test('a SEMH focus profile is reviewed on the school day before six weeks in a holiday, and one is open at a time', async () => {
  const repo = asStaff().semhProfiles;
  const pupil = await fx.addPupil('PH-B002');
  const started = await repo.create(semhProfileRecord(pupil.id, { startsOn: '2026-11-16' }), pupil.pupilRef);
  expect(started).toMatchObject({ reviewDueOn: '2026-12-18', focus: [{ need: 'Manages frustration' }, { need: 'Works with others' }] });
  await expect(repo.create(semhProfileRecord(pupil.id, { startsOn: '2026-11-19' }), pupil.pupilRef)).rejects.toThrow(
    "The SEMH focus profile was not saved: The pupil's focus profile from 16/11/2026 is not reviewed yet (due 18/12/2026): review it before starting the next.",
  );
  expect((await repo.reviewsDue('2026-12-18', '2026-12-14')).items.map((p) => p.id)).toContain(started.id);

  const review = {
    ...started,
    reviewedOn: '2026-12-18',
    reviewedBy: 'SEMH lead',
    nextStep: 'New focus' as const,
    focus: started.focus.map((f) => ({ ...f, outcome: 'Some progress' as const })),
  };
  await expect(repo.update(started.id, started.etag, review)).rejects.toThrow('after today: record it once it has happened');
  const later = connectAs(fx.emulator.origin, SITE_PATH, STAFF, STAFF, new Date('2026-12-18T15:00:00Z')).services.semhProfiles;
  const reviewed = await later.update(started.id, started.etag, review);
  expect(reviewed).toMatchObject({ reviewedOn: '2026-12-18', nextStep: 'New focus' });
  expect((await later.reviewsDue('2026-12-18', '2026-12-14')).items.map((p) => p.id)).not.toContain(started.id);
  await expect(later.update(started.id, started.etag, review)).rejects.toMatchObject({ name: 'ConcurrencyError' });
});

test('the pupil’s own home school reads its log and profiles and cannot write; another school sees nothing, even by id', async () => {
  const oak = (await fx.addSchool('Oakfield Academy', '990301', [OAK])).school.id;
  const elm = (await fx.addSchool('Elmwood High School', '990302', [ELM])).school.id;
  const pupil = await fx.addPupil('PH-B003', { registration: 'Dual', homeSchoolId: oak });
  const theirs = await fx.addPupil('PH-B004', { registration: 'Dual', homeSchoolId: elm });
  const staff = asStaff();
  const ours = await staff.behaviourLog.add(incidentEntry(pupil.id, { recordedBy: STAFF }), pupil.pupilRef);
  const elmsOwn = await staff.behaviourLog.add(incidentEntry(theirs.id, { at: '2026-11-20T09:50:00Z', recordedBy: STAFF }), theirs.pupilRef);
  const profile = await staff.semhProfiles.create(semhProfileRecord(pupil.id), pupil.pupilRef);

  const asOak = fx.as(OAK).services;
  expect((await asOak.behaviourLog.forPupil(pupil.id)).items.map((e) => e.id)).toEqual([ours.id]);
  expect((await asOak.semhProfiles.forPupil(pupil.id)).items.map((p) => p.id)).toEqual([profile.id]);
  await expect(asOak.behaviourLog.add(engagementEntry(pupil.id, { at: '2026-11-19T10:00:00Z' }), pupil.pupilRef)).rejects.toMatchObject({ kind: 'access-denied' });

  const asElm = fx.as(ELM).services;
  expect((await asElm.behaviourLog.incidentsOn('2026-11-20')).items.map((e) => e.id)).toEqual([elmsOwn.id]);
  expect((await asElm.semhProfiles.forPupil(pupil.id)).items).toEqual([]);
  for (const [key, id] of [['behaviourLog', ours.id], ['semhProfiles', profile.id]] as const) {
    const byId = await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(listByKey(key).title)}')/items(${id})`, ELM);
    expect(byId.status).toBe(404);
  }
});
