/**
 * v2-pupil-folders-new-lists: pupils enrolled before a pupil-folder list existed have no folder in it, so nothing can
 * be recorded for them there. The migration makes the folders with the pupil's access (the home school reads, no
 * other school does), finishes a run stopped after making a folder, and changes nothing when run again.
 */
import { listByKey, type ListKey } from '../../../../src/lists';
import { pupilFoldersV2 } from '../../../../src/data/sp/setup/migrations/pupilFoldersInNewLists';
import { pupilFolderUrl } from '../../../../src/data/sp/siteInfo';
import { connectAs } from '../../../../local/seed/localConnection';
import { SITE_PATH } from '../../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { engagementEntry } from '../../../support/behaviourBuilder';

const STAFF = 'teacher@pathways.example.org';
const OAK = 'head@oakfield.example.sch.uk';
const ELM = 'senco@elmwood.example.sch.uk';
const NOW = new Date('2026-11-20T12:00:00Z');
const NEW_LISTS: ListKey[] = ['parentContacts', 'behaviourLog', 'semhProfiles', 'transitionPlans'];
let fx: PathwaysFixture;

/** The site as it was before the upgrade: the pupil's folders in the new lists do not exist. */
async function removeFolders(pupilRef: string, keys: readonly ListKey[]): Promise<void> {
  for (const key of keys) {
    const list = listByKey(key);
    const folder = fx.admin.sp.web.getFolderByServerRelativePath(pupilFolderUrl(fx.emulator.siteUrl, list.url, pupilRef));
    const { Id } = await folder.listItemAllFields.select('Id')<{ Id: number }>();
    await fx.admin.sp.web.lists.getByTitle(list.title).items.getById(Id).delete();
  }
}

const run = () => pupilFoldersV2.run(fx.admin.sp, () => undefined, { siteUrl: fx.emulator.siteUrl, now: () => NOW });

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(STAFF, 'staff');
}, 120000);
afterAll(() => fx.close());

test('a pupil enrolled before the new lists gets folders there that the home school reads and no other school does', async () => {
  const oak = (await fx.addSchool('Oakfield Academy', '990401', [OAK])).school.id;
  const elm = (await fx.addSchool('Elmwood High School', '990402', [ELM])).school.id;
  await fx.addPupil('PH-M009', { registration: 'Dual', homeSchoolId: elm }); // Elmwood reads its own pupil's folders
  const pupil = await fx.addPupil('PH-M001', { registration: 'Dual', homeSchoolId: oak });
  await removeFolders(pupil.pupilRef, NEW_LISTS);
  const staff = connectAs(fx.emulator.origin, SITE_PATH, STAFF, STAFF, NOW).services;
  await expect(staff.behaviourLog.add(engagementEntry(pupil.id, { recordedBy: STAFF }), pupil.pupilRef)).rejects.toBeTruthy();

  await run();
  const saved = await staff.behaviourLog.add(engagementEntry(pupil.id, { recordedBy: STAFF }), pupil.pupilRef);
  expect((await fx.as(OAK).services.behaviourLog.forPupil(pupil.id)).items.map((e) => e.id)).toEqual([saved.id]);
  expect((await fx.as(ELM).services.behaviourLog.forPupil(pupil.id)).items).toEqual([]);
});

test('a folder made by a run that stopped before securing it is secured by the next run; then nothing is written', async () => {
  const oak = (await fx.admin.services.schools.list()).items.find((s) => s.name === 'Oakfield Academy')!.id;
  const pupil = await fx.addPupil('PH-M002', { registration: 'Dual', homeSchoolId: oak });
  await removeFolders(pupil.pupilRef, ['semhProfiles']);
  // The interrupted run: the folder exists, inheriting the list's permissions (the PRU only).
  await fx.admin.sp.web.lists.getByTitle(listByKey('semhProfiles').title).rootFolder.addSubFolderUsingPath(pupil.pupilRef);
  const staff = connectAs(fx.emulator.origin, SITE_PATH, STAFF, STAFF, NOW).services;
  const { semhProfileRecord } = await import('../../../support/behaviourBuilder');
  const profile = await staff.semhProfiles.create(semhProfileRecord(pupil.id), pupil.pupilRef);
  expect((await fx.as(OAK).services.semhProfiles.forPupil(pupil.id)).items).toEqual([]);

  await run();
  expect((await fx.as(OAK).services.semhProfiles.forPupil(pupil.id)).items.map((p) => p.id)).toEqual([profile.id]);

  const { requests } = await fx.countRequests(run);
  expect(requests.filter((r) => !r.startsWith('GET') && !/contextinfo/i.test(r))).toEqual([]);
});
