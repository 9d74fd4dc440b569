/**
 * Who sees a pupil, enforced by SharePoint permissions in the emulator over real HTTP: each home school's named
 * staff see their own pupils and nothing else; access follows the pupil when the home school changes or the
 * pupil leaves.
 */
import { LISTS } from '../../../../src/lists';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'senco@oakfield.example.sch.uk';
const ELM = 'senco@elmwood.example.sch.uk';
let fx: PathwaysFixture;
let oakId: number;
let elmId: number;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  oakId = (await fx.addSchool('Oakfield Academy', '990001', [OAK])).school.id;
  elmId = (await fx.addSchool('Elmwood High School', '990002', [ELM])).school.id;
});
afterAll(() => fx.close());

const visibleRefs = async (email: string): Promise<string[]> =>
  (await fx.as(email).services.pupils.list()).items.map((p) => p.pupilRef).sort();

test('named staff see only their own school’s pupils; PRU staff see all', async () => {
  await fx.addPupil('PH-A1', { registration: 'Dual', homeSchoolId: oakId });
  await fx.addPupil('PH-A2', { registration: 'Dual', homeSchoolId: elmId });
  await fx.addPupil('PH-A3', { registration: 'Single' });
  expect(await visibleRefs(OAK)).toEqual(['PH-A1']);
  expect(await visibleRefs(ELM)).toEqual(['PH-A2']);
  expect((await fx.admin.services.pupils.list()).items.map((p) => p.pupilRef)).toEqual(expect.arrayContaining(['PH-A1', 'PH-A2', 'PH-A3']));
});

test('enrolling makes the pupil’s folder in every pupil-folder list a list item with its own permissions', async () => {
  await fx.addPupil('PH-G1', { registration: 'Dual', homeSchoolId: oakId });
  for (const list of LISTS.filter((l) => l.security === 'pupil-folder')) {
    const folder = fx.admin.sp.web.getFolderByServerRelativePath(`/sites/pathways/${list.url}/PH-G1`);
    const item = await folder.listItemAllFields.select('Id', 'FileSystemObjectType', 'HasUniqueRoleAssignments')<Record<string, unknown>>();
    expect({ list: list.title, ...item }).toMatchObject({ list: list.title, Id: expect.any(Number), FileSystemObjectType: 1, HasUniqueRoleAssignments: true });
  }
});

test('each pupil’s folder carries folder:<ref> in every unique column of its list, so many coexist under the strict rule', async () => {
  // The strict emulator refuses a second item or folder with a unique column empty (local/emulator/README.md).
  for (const ref of ['PH-K1', 'PH-K2', 'PH-K3']) await fx.addPupil(ref, { registration: 'Dual', homeSchoolId: oakId });
  for (const list of LISTS.filter((l) => l.security === 'pupil-folder')) {
    const unique = list.fields.filter((f) => f.unique).map((f) => f.internalName);
    const rows = await fx.admin.sp.web.lists.getByTitle(list.title).items.select('FileLeafRef', 'FileSystemObjectType', ...unique).filter('FSObjType eq 1')<Record<string, unknown>[]>();
    for (const ref of ['PH-K1', 'PH-K2', 'PH-K3']) {
      const folder = rows.find((r) => r.FileLeafRef === ref);
      expect([list.title, ref, ...unique.map((u) => folder?.[u])]).toEqual([list.title, ref, ...unique.map(() => `folder:${ref}`)]);
    }
  }
});

test('another school’s pupil by id is not found, and their school record is hidden', async () => {
  const pupil = await fx.addPupil('PH-B1', { registration: 'Dual', homeSchoolId: elmId });
  await expect(fx.as(OAK).services.pupils.get(pupil.id)).rejects.toMatchObject({ kind: 'not-found' });
  const schools = await fx.as(OAK).services.schools.list();
  expect(schools.items.map((s) => s.name)).toEqual(['Oakfield Academy']);
});

test('a change of home school moves access at once, for the pupil and the records in their folders', async () => {
  const pupil = await fx.addPupil('PH-C1', { registration: 'Dual', homeSchoolId: oakId });
  await fx.admin.services.attendance.saveRegister({
    date: '2026-11-16', session: 'AM', marks: [{ pupilId: pupil.id, date: '2026-11-16', session: 'AM', code: '/', recordedBy: 'admin@pathways.example.org', recordedAt: '2026-11-16T09:05:00Z' }],
    reasons: new Map(), baseline: await fx.admin.services.attendance.register('2026-11-16', 'AM'), takenBy: 'admin@pathways.example.org', at: '2026-11-16T09:06:00Z',
  });
  expect(await fx.as(OAK).services.attendance.marksForPupil(pupil.id)).toHaveLength(1);

  await fx.admin.services.pupils.update(pupil.id, pupil.etag, { ...pupil, homeSchoolId: elmId });

  expect(await visibleRefs(OAK)).not.toContain('PH-C1');
  expect(await visibleRefs(ELM)).toContain('PH-C1');
  expect(await fx.as(OAK).services.attendance.marksForPupil(pupil.id)).toHaveLength(0);
  expect(await fx.as(ELM).services.attendance.marksForPupil(pupil.id)).toHaveLength(1);
});

test('a pupil who leaves is removed from their school’s view', async () => {
  const pupil = await fx.addPupil('PH-D1', { registration: 'Dual', homeSchoolId: oakId });
  expect(await visibleRefs(OAK)).toContain('PH-D1');
  await fx.admin.services.pupils.update(pupil.id, pupil.etag, { ...pupil, leavingDate: '2026-11-20' });
  expect(await visibleRefs(OAK)).not.toContain('PH-D1');
});

test('a stale ETag is refused: the second save is told someone else changed the pupil', async () => {
  const pupil = await fx.addPupil('PH-E1');
  await fx.admin.services.pupils.update(pupil.id, pupil.etag, { ...pupil, supportTier: 'Specialist offer' });
  await expect(fx.admin.services.pupils.update(pupil.id, pupil.etag, { ...pupil, supportTier: 'Universal' })).rejects.toMatchObject({ kind: 'conflict' });
});

test('home-school staff cannot write', async () => {
  const pupil = await fx.addPupil('PH-F1', { registration: 'Dual', homeSchoolId: oakId });
  const seen = await fx.as(OAK).services.pupils.get(pupil.id);
  await expect(fx.as(OAK).services.pupils.update(pupil.id, seen.etag, { ...seen, supportTier: 'Specialist offer' })).rejects.toMatchObject({ kind: 'access-denied' });
});
