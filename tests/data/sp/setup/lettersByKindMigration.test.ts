/**
 * v2-letters-by-kind: a site set up before letters were shared per kind holds every letter in the pupil's Letters
 * folder (the home school reads them all) and has no PRU-only folder. The upgrade makes and secures the folder,
 * moves every kind not shared into it (for a pupil with no home school too), points a PIP's signed agreement at its
 * moved file, records the new sharing marker (the check no longer lists the pupil), finishes a cancelled run, and
 * writes nothing when run again.
 */
import { listByKey } from '../../../../src/lists';
import { lettersByKind } from '../../../../src/data/sp/setup/migrations/lettersByKind';
import { SHARED_LISTS_COLUMN } from '../../../../src/data/sp/access/HomeSchoolAccessService';
import { rawFetch } from '../../../support/emulator';
import { pipRecord } from '../../../support/pipBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const NOW = new Date('2026-11-20T12:00:00Z');
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 2]);
const LETTERS = listByKey('letters');
let fx: PathwaysFixture;

const run = (progress: (done: number) => void = () => undefined) =>
  lettersByKind.run(fx.admin.sp, (done) => progress(done), { siteUrl: fx.emulator.siteUrl, now: () => NOW });

/** A letter as the version before filed it: in the pupil's Letters folder itself, whatever its kind. */
async function oldLetter(pupil: { id: number; pupilRef: string }, kind: string, fileName: string, pipId?: number): Promise<number> {
  const folder = `/sites/pathways/${LETTERS.url}/${pupil.pupilRef}`;
  await fx.admin.sp.web.getFolderByServerRelativePath(folder).files.addUsingPath(fileName, DOCX, { Overwrite: false });
  const item = (await fx.admin.sp.web.getFileByServerRelativePath(`${folder}/${fileName}`).getItem<{ Id: number }>('Id')) as unknown as { Id: number };
  await fx.admin.sp.web.lists.getByTitle(LETTERS.title).items.getById(item.Id).update({ PwPupilId: pupil.id, PwLetterKind: kind, PwLetterDate: '2026-10-01', ...(pipId ? { PwPipId: pipId } : {}) });
  return item.Id;
}

/** The site before the upgrade: no PRU-only folder, and the marker of the version before (no letter kinds). */
async function asBefore(pupil: { id: number; pupilRef: string }): Promise<void> {
  const sub = await fx.admin.sp.web.getFolderByServerRelativePath(`/sites/pathways/${LETTERS.url}/${pupil.pupilRef}/PRU only`).listItemAllFields.select('Id')<{ Id: number }>();
  await fx.admin.sp.web.lists.getByTitle(LETTERS.title).items.getById(sub.Id).delete();
  const marker = await fx.admin.sp.web.lists.getByTitle(listByKey('pupils').title).items.getById(pupil.id).select(SHARED_LISTS_COLUMN)<Record<string, string | null>>();
  if (marker[SHARED_LISTS_COLUMN]) await fx.admin.sp.web.lists.getByTitle(listByKey('pupils').title).items.getById(pupil.id).update({ [SHARED_LISTS_COLUMN]: 'shared:letters,senSupport' });
}

async function listedAsSchool(folder: string): Promise<string[]> {
  const r = await rawFetch(`${fx.emulator.siteUrl}/_api/web/getFolderByServerRelativePath(decodedurl='${encodeURIComponent(folder)}')/files`, OAK);
  if (r.status === 404) return [];
  return ((await r.json()) as { value: { Name: string }[] }).value.map((f) => f.Name).sort();
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
}, 120000);
afterAll(() => fx.close());

test('moves the kinds not shared into a new PRU-only folder, for pupils with and without a home school; cancelled, then finished; then nothing is written', async () => {
  const oak = (await fx.addSchool('Oakfield Academy', '990501', [OAK])).school.id;
  const shared = await fx.addPupil('PH-U001', { registration: 'Dual', homeSchoolId: oak });
  const single = await fx.addPupil('PH-U002');
  const pip = await fx.admin.services.pips.create({ ...pipRecord(shared.id), status: 'Draft' }, shared.pupilRef);
  await asBefore(shared);
  await asBefore(single);
  await oldLetter(shared, 'Termly progress report', 'report.docx');
  await oldLetter(shared, 'PIP timetable', 'timetable.docx');
  const agreementId = await oldLetter(shared, 'PIP agreement', 'agreement.docx', pip.id);
  await fx.admin.sp.web.lists.getByTitle(listByKey('pips').title).items.getById(pip.id).update({ PwAgreementFileId: agreementId });
  await oldLetter(single, 'Common transfer file', 'ctf.docx');
  const folder = `/sites/pathways/${LETTERS.url}/${shared.pupilRef}`;
  expect(await listedAsSchool(folder)).toEqual(['agreement.docx', 'report.docx', 'timetable.docx']);
  expect((await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => m.pupilRef)).toContain('PH-U001');

  // Cancelled before the second pupil (Setup's progress throws when the person running it cancels).
  await expect(
    run((done) => {
      if (done === 1) throw new Error('cancelled');
    }),
  ).rejects.toThrow('cancelled');
  expect(await listedAsSchool(folder)).toEqual(['report.docx']);
  expect((await fx.admin.services.letters.forPupil(single.id)).items.map((l) => l.url)).toEqual([`/sites/pathways/${LETTERS.url}/PH-U002/ctf.docx`]);

  await run();
  expect((await fx.admin.services.letters.forPupil(single.id)).items.map((l) => l.url)).toEqual([`/sites/pathways/${LETTERS.url}/PH-U002/PRU only/ctf.docx`]);
  const letters = (await fx.admin.services.letters.forPupil(shared.id)).items;
  expect(letters.map((l) => l.url).sort()).toEqual([`${folder}/PRU only/agreement.docx`, `${folder}/PRU only/timetable.docx`, `${folder}/report.docx`]);
  const pipItem = await fx.admin.sp.web.lists.getByTitle(listByKey('pips').title).items.getById(pip.id).select('PwAgreementFileId')<{ PwAgreementFileId: number }>();
  expect(pipItem.PwAgreementFileId).toBe(letters.find((l) => l.fileName === 'agreement.docx')?.id);
  expect(await listedAsSchool(`${folder}/PRU only`)).toEqual([]);
  expect((await rawFetch(`${fx.emulator.siteUrl}/_api/web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(`${folder}/PRU only/timetable.docx`)}')/$value`, OAK)).status).toBe(404);
  expect((await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => m.pupilRef)).not.toContain('PH-U001');

  const { requests } = await fx.countRequests(() => run());
  expect(requests.filter((r) => !r.startsWith('GET') && !/contextinfo/i.test(r))).toEqual([]);
});
