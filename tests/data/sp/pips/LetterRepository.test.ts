/**
 * SpLetterRepository against the SharePoint emulator: a Word document filed in the pupil's folder of the
 * Letters library with its columns, listed for that pupil, downloaded byte for byte, replaced by a letter of
 * the same name, readable by the pupil's home school only, and never left without its columns.
 */
import type { Queryable } from '@pnp/queryable';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { SpLetterRepository } from '../../../../src/data/sp/pips/LetterRepository';
import type { LetterRecord } from '../../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
let repo: SpLetterRepository;
/** The site's settings as stored (defaults: only the termly progress report is filed where the home school reads it). */
const settings = () => fx.admin.services.settings.get();
const docx = (...b: number[]) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]);

beforeAll(async () => {
  fx = await startPathwaysFixture();
  repo = new SpLetterRepository(fx.admin.sp, fx.emulator.siteUrl, settings);
});
afterAll(() => fx.close());

const letterFor = (pupilId: number, over: Partial<LetterRecord> = {}): LetterRecord => ({
  pupilId,
  kind: 'PIP timetable',
  letterDate: '2026-11-23',
  sentBy: 'Rowan Hale',
  fileName: 'PH-L1 PIP timetable 2026-11-23.docx',
  ...over,
});

describe('SpLetterRepository (emulator)', () => {
  it('files the document in the pupil’s folder with its columns and gives the same bytes back', async () => {
    const pupil = await fx.addPupil('PH-L1');
    const filed = await repo.file(letterFor(pupil.id, { pipId: undefined }), docx(1, 2, 3), 'PH-L1');
    expect(filed).toMatchObject({ pupilId: pupil.id, kind: 'PIP timetable', letterDate: '2026-11-23', fileName: 'PH-L1 PIP timetable 2026-11-23.docx' });
    // A PIP timetable letter (the family's address) is not shared by default: filed in the PRU-only folder.
    expect(filed.url).toBe('/sites/pathways/PwLetters/PH-L1/PRU only/PH-L1 PIP timetable 2026-11-23.docx');
    expect(await repo.content(filed.url)).toEqual(docx(1, 2, 3));

    await repo.file(letterFor(pupil.id, { letterDate: '2026-12-01', fileName: 'PH-L1 PIP timetable 2026-12-01.docx' }), docx(4), 'PH-L1');
    const again = await repo.file(letterFor(pupil.id), docx(9, 9), 'PH-L1'); // the same name: replaced
    expect(again.id).toBe(filed.id);
    const list = await repo.forPupil(pupil.id);
    expect(list.problems).toEqual([]);
    expect(list.items.map((l) => [l.letterDate, l.fileName])).toEqual([
      ['2026-12-01', 'PH-L1 PIP timetable 2026-12-01.docx'],
      ['2026-11-23', 'PH-L1 PIP timetable 2026-11-23.docx'],
    ]);
    expect(await repo.content(filed.url)).toEqual(docx(9, 9));
  });

  it('refuses a bad file name before uploading, and removes the file when its columns are refused', async () => {
    const pupil = await fx.addPupil('PH-L2');
    await expect(repo.file(letterFor(pupil.id, { fileName: 'letter?.docx' }), docx(), 'PH-L2')).rejects.toMatchObject({ kind: 'invalid-record' });
    // SharePoint refuses the columns (here: every MERGE fails): the uploaded file is removed again.
    const failingMerge = fx.as(DEFAULT_ADMIN.email).sp.using((instance: Queryable) => {
      instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
        const h = init.headers as Record<string, string> | Headers | undefined;
        const method = h instanceof Headers ? h.get('X-HTTP-Method') : h?.['X-HTTP-Method'];
        if (method === 'MERGE') throw new Error('Simulated refusal of the columns');
        return [url, init, result];
      });
      return instance;
    });
    await expect(new SpLetterRepository(failingMerge, fx.emulator.siteUrl, settings).file(letterFor(pupil.id, { fileName: 'orphan.docx' }), docx(), 'PH-L2')).rejects.toThrow(
      /Could not record the letter 'orphan.docx' against the pupil/,
    );
    expect((await repo.forPupil(pupil.id)).items).toEqual([]);
    const files = await fx.admin.sp.web.getFolderByServerRelativePath('/sites/pathways/PwLetters/PH-L2/PRU only').files();
    expect(files).toEqual([]);
  });

  it('lets a pupil’s home school read the kinds it is shared (the progress report), not the rest, and nobody else’s', async () => {
    const { school } = await fx.addSchool('Northgate Academy', '900201', ['head@northgate.example.sch.uk']);
    const theirs = await fx.addPupil('PH-L3', { registration: 'Dual', homeSchoolId: school.id });
    const other = await fx.addPupil('PH-L4');
    const filed = await repo.file(letterFor(theirs.id, { kind: 'Termly progress report', fileName: 'PH-L3 report.docx' }), docx(3), 'PH-L3');
    const family = await repo.file(letterFor(theirs.id, { fileName: 'PH-L3 letter.docx' }), docx(7), 'PH-L3');
    const hidden = await repo.file(letterFor(other.id, { kind: 'Termly progress report', fileName: 'PH-L4 report.docx' }), docx(4), 'PH-L4');
    expect([filed.url, family.url]).toEqual(['/sites/pathways/PwLetters/PH-L3/PH-L3 report.docx', '/sites/pathways/PwLetters/PH-L3/PRU only/PH-L3 letter.docx']);
    expect([filed.keptByPru, family.keptByPru]).toEqual([undefined, true]);
    // PRU staff read both, each saying whether it is kept by the PRU.
    expect((await repo.forPupil(theirs.id)).items.map((l) => [l.fileName, l.keptByPru === true]).sort()).toEqual([
      ['PH-L3 letter.docx', true],
      ['PH-L3 report.docx', false],
    ]);
    const asSchool = new SpLetterRepository(fx.as('head@northgate.example.sch.uk').sp, fx.emulator.siteUrl, settings);
    expect((await asSchool.forPupil(theirs.id)).items.map((l) => l.fileName)).toEqual(['PH-L3 report.docx']);
    expect(await asSchool.content(filed.url)).toEqual(docx(3));
    await expect(asSchool.content(family.url)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(asSchool.content(hidden.url)).rejects.toMatchObject({ kind: 'not-found' });
    expect((await asSchool.forPupil(other.id)).items).toEqual([]);
  });

  it('makes the Letters folder of a pupil who has none (staff-only until the pupil’s access is applied)', async () => {
    const pupil = await fx.addPupil('PH-L5');
    await fx.admin.sp.web.getFolderByServerRelativePath('/sites/pathways/PwLetters/PH-L5').delete();
    const filed = await repo.file(letterFor(pupil.id, { fileName: 'PH-L5 letter.docx' }), docx(5), 'PH-L5');
    expect(filed.url).toBe('/sites/pathways/PwLetters/PH-L5/PRU only/PH-L5 letter.docx');
    // The PRU-only folder it made has its own permissions: the library's, no school's.
    const made = await fx.admin.sp.web.getFolderByServerRelativePath('/sites/pathways/PwLetters/PH-L5/PRU only').listItemAllFields.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    expect(made.HasUniqueRoleAssignments).toBe(true);
  });
});
