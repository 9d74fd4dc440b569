/**
 * Letters shared per kind (docs/sharing.md, "Letters by kind"), enforced by where SharePoint stores the file. As the
 * pupil's home school by plain REST: a termly progress report is readable (file, item, folder listing); a PIP
 * timetable letter and a signed PIP agreement are not (neither the file, nor its item, nor by listing the folder, and
 * the PRU-only folder itself is not listed). A change of a kind's setting makes the check list the pupil and "Apply to
 * all pupils now" (repairAll) moves the letters both ways; a PIP's signed agreement is pointed at its file again.
 */
import { DEFAULT_SETTINGS, type SchoolSettings } from '../../../../src/domain';
import { listByKey } from '../../../../src/lists';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { rawFetch } from '../../../support/emulator';
import { pipRecord } from '../../../support/pipBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const SCAN = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
const DOCX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]);
const LETTERS = listByKey('letters').title;
let fx: PathwaysFixture;
let oakId: number;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  oakId = (await fx.addSchool('Oakfield Academy', '990901', [OAK])).school.id;
});
afterAll(() => fx.close());

async function withLetterKinds(change: Record<string, boolean>): Promise<void> {
  const current = await fx.admin.services.settings.get();
  const homeSchoolSharing: SchoolSettings['homeSchoolSharing'] = { ...current.homeSchoolSharing, letterKinds: { ...current.homeSchoolSharing.letterKinds, ...change } };
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing }, 'etag' in current ? current.etag : undefined);
}

const site = (): string => fx.emulator.siteUrl;
const fileStatus = async (url: string, email: string): Promise<number> =>
  (await rawFetch(`${site()}/_api/web/getFileByServerRelativePath(decodedurl='${encodeURIComponent(url)}')/$value`, email)).status;
const itemStatus = async (id: number, email: string): Promise<number> => (await rawFetch(`${site()}/_api/web/lists/getbytitle('${encodeURIComponent(LETTERS)}')/items(${id})`, email)).status;
/** What the user lists in a folder by plain REST: its files' and sub-folders' names ([] when the folder is not found). */
async function listed(folder: string, email: string): Promise<string[]> {
  const path = `${site()}/_api/web/getFolderByServerRelativePath(decodedurl='${encodeURIComponent(folder)}')`;
  const names: string[] = [];
  for (const what of ['files', 'folders']) {
    const r = await rawFetch(`${path}/${what}`, email);
    if (r.status === 404) continue;
    expect(r.status).toBe(200);
    names.push(...((await r.json()) as { value: { Name: string }[] }).value.map((f) => f.Name));
  }
  return names.sort();
}
/** The ids of the library's items the user finds by plain REST. */
async function itemsFound(email: string): Promise<number[]> {
  const r = await rawFetch(`${site()}/_api/web/lists/getbytitle('${encodeURIComponent(LETTERS)}')/items?$select=Id`, email);
  if (r.status === 404) return [];
  return ((await r.json()) as { value: { Id: number }[] }).value.map((i) => i.Id);
}

test('the home school reads the progress report and nothing of the PIP letter or the signed agreement; the settings moved both ways', async () => {
  await withLetterKinds(DEFAULT_SETTINGS.homeSchoolSharing.letterKinds);
  const pupil = await fx.addPupil('PH-K1', { registration: 'Dual', homeSchoolId: oakId });
  const letters = fx.admin.services.letters;
  const report = await letters.file({ pupilId: pupil.id, kind: 'Termly progress report', letterDate: '2026-11-20', fileName: 'PH-K1 progress report.docx' }, DOCX, 'PH-K1');
  const timetable = await letters.file({ pupilId: pupil.id, kind: 'PIP timetable', letterDate: '2026-11-20', fileName: 'PH-K1 PIP timetable.docx' }, DOCX, 'PH-K1');
  const pip = await fx.admin.services.pips.create({ ...pipRecord(pupil.id), status: 'Draft' }, 'PH-K1');
  const agreement = await letters.file({ pupilId: pupil.id, pipId: pip.id, kind: 'PIP agreement', letterDate: '2026-11-19', fileName: 'PH-K1 agreement.pdf' }, SCAN, 'PH-K1');
  await fx.admin.sp.web.lists.getByTitle(listByKey('pips').title).items.getById(pip.id).update({ PwAgreementFileId: agreement.id });
  const folder = `/sites/pathways/PwLetters/PH-K1`;
  expect([report.url, timetable.url, agreement.url]).toEqual([`${folder}/PH-K1 progress report.docx`, `${folder}/PRU only/PH-K1 PIP timetable.docx`, `${folder}/PRU only/PH-K1 agreement.pdf`]);

  // As the home school, by plain REST.
  expect(await fileStatus(report.url, OAK)).toBe(200);
  expect(await itemStatus(report.id, OAK)).toBe(200);
  for (const hidden of [timetable, agreement]) {
    expect(await fileStatus(hidden.url, OAK)).toBe(404);
    expect(await itemStatus(hidden.id, OAK)).toBe(404);
  }
  expect(await listed(folder, OAK)).toEqual(['PH-K1 progress report.docx']);
  expect(await listed(`${folder}/PRU only`, OAK)).toEqual([]);
  expect(await itemsFound(OAK)).not.toEqual(expect.arrayContaining([timetable.id]));
  expect(await itemsFound(OAK)).not.toEqual(expect.arrayContaining([agreement.id]));
  // PRU staff read all three.
  expect((await letters.forPupil(pupil.id)).items.map((l) => l.fileName).sort()).toEqual(['PH-K1 PIP timetable.docx', 'PH-K1 agreement.pdf', 'PH-K1 progress report.docx']);
  expect(await listed(`${folder}/PRU only`, DEFAULT_ADMIN.email)).toEqual(expect.arrayContaining(['PH-K1 PIP timetable.docx']));

  // Share the PIP timetable letters and agreements, stop sharing reports: the check lists the pupil; apply to all moves them.
  await withLetterKinds({ pipTimetable: true, pipAgreement: true, termlyProgressReport: false });
  expect((await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => m.pupilRef)).toContain('PH-K1');
  const run = await fx.admin.services.pupilAccess.repairAll();
  expect(run.failures).toEqual([]);
  expect((await fx.admin.services.pupilAccess.findMismatches()).items.map((m) => m.pupilRef)).not.toContain('PH-K1');
  expect(await listed(folder, OAK)).toEqual(['PH-K1 PIP timetable.docx', 'PH-K1 agreement.pdf']);
  expect(await fileStatus(`${folder}/PH-K1 PIP timetable.docx`, OAK)).toBe(200);
  expect(await fileStatus(`${folder}/PRU only/PH-K1 progress report.docx`, OAK)).toBe(404);
  expect(await fileStatus(report.url, OAK)).toBe(404);
  // The PIP's signed agreement points at its file wherever it now is (the emulator gives a moved file a new id).
  const moved = (await letters.forPupil(pupil.id)).items.find((l) => l.kind === 'PIP agreement');
  expect(moved?.url).toBe(`${folder}/PH-K1 agreement.pdf`);
  expect(moved?.id).not.toBe(agreement.id);
  expect(await rawPipFileId(pip.id)).toBe(moved?.id);

  // And back to the defaults: everything but the report leaves the school's sight again.
  await withLetterKinds(DEFAULT_SETTINGS.homeSchoolSharing.letterKinds);
  expect((await fx.admin.services.pupilAccess.repairAll()).failures).toEqual([]);
  expect(await listed(folder, OAK)).toEqual(['PH-K1 progress report.docx']);
  const back = (await letters.forPupil(pupil.id)).items;
  expect(back.map((l) => l.url).sort()).toEqual([`${folder}/PH-K1 progress report.docx`, `${folder}/PRU only/PH-K1 PIP timetable.docx`, `${folder}/PRU only/PH-K1 agreement.pdf`].sort());
  expect(await rawPipFileId(pip.id)).toBe(back.find((l) => l.kind === 'PIP agreement')?.id);
  // Nothing left to do: a second run moves nothing.
  expect((await fx.admin.services.pupilAccess.repairAll()).of).toBe(0);
});

async function rawPipFileId(pipId: number): Promise<number | undefined> {
  const raw = await fx.admin.sp.web.lists.getByTitle(listByKey('pips').title).items.getById(pipId).select('PwAgreementFileId')<{ PwAgreementFileId?: number | null }>();
  return raw.PwAgreementFileId ?? undefined;
}

test('a file of the same name already in the other folder (put there outside Pathways Hub): both kept, the moved one renamed', async () => {
  await withLetterKinds(DEFAULT_SETTINGS.homeSchoolSharing.letterKinds);
  const pupil = await fx.addPupil('PH-K2', { registration: 'Dual', homeSchoolId: oakId });
  const filed = await fx.admin.services.letters.file({ pupilId: pupil.id, kind: 'PIP timetable', letterDate: '2026-11-20', fileName: 'letter.docx' }, DOCX, 'PH-K2');
  // Someone uploads a file of the same name straight into the pupil's shared folder in SharePoint.
  await fx.admin.sp.web.getFolderByServerRelativePath('/sites/pathways/PwLetters/PH-K2').files.addUsingPath('letter.docx', new Uint8Array([1]));
  await withLetterKinds({ pipTimetable: true });
  const run = await fx.admin.services.pupilAccess.repairAll({ pupilIds: [pupil.id] });
  expect(run.failures).toEqual([]);
  const letters = (await fx.admin.services.letters.forPupil(pupil.id)).items;
  expect(letters.map((l) => l.url)).toEqual(['/sites/pathways/PwLetters/PH-K2/letter 1.docx']);
  expect(letters[0].id).not.toBe(filed.id);
  expect(await listed('/sites/pathways/PwLetters/PH-K2', OAK)).toEqual(['letter 1.docx', 'letter.docx']);
  await withLetterKinds(DEFAULT_SETTINGS.homeSchoolSharing.letterKinds);
});
