/**
 * The parent/carer's written agreement to a PIP against the SharePoint emulator, through real PnPjs: a PIP does not
 * become active without it; the signed form is filed in the pupil's folder of the Letters library and linked from
 * the PIP; SharePoint lets the pupil's home school open it and nobody else outside the PRU.
 */
import { DEFAULT_SETTINGS, type Pip } from '../../../../src/domain';
import { SpPipRepository } from '../../../../src/data/sp/pips/PipRepository';
import { pipRecord } from '../../../support/pipBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
let repo: SpPipRepository;
const SCAN = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]); // "%PDF-1.7\n"

beforeAll(async () => {
  fx = await startPathwaysFixture();
  repo = new SpPipRepository(fx.admin.sp, fx.emulator.siteUrl, async () => DEFAULT_SETTINGS, () => new Date('2026-09-04T12:00:00Z'));
});
afterAll(() => fx.close());

describe("the parent/carer's written agreement (emulator)", () => {
  it('refuses to make a PIP active on a name and date alone, and makes it active with the signed form filed in the pupil’s folder', async () => {
    const { school } = await fx.addSchool('Eastfield Academy', '900201', ['senco@eastfield.example.sch.uk']);
    await fx.addSchool('Westbrook School', '900202', ['head@westbrook.example.sch.uk']);
    const pupil = await fx.addPupil('PH-A1', { registration: 'Dual', homeSchoolId: school.id });
    const nameOnly: Pip = pipRecord(pupil.id, { parentSignOff: { name: 'Morgan Hale', date: '2026-09-03' } });

    await expect(repo.create(nameOnly, 'PH-A1')).rejects.toMatchObject({
      issues: [
        { path: ['parentSignOff', 'relationship'], message: 'Give the relationship to the pupil of the person who agreed (for example Mother, Foster carer)' },
        { path: ['parentSignOff', 'method'], message: 'Choose how the written agreement was given: a signed form uploaded, or recorded in Pathways Hub' },
      ],
    });
    expect((await repo.forPupil(pupil.id)).items).toEqual([]);

    const draft = await repo.create({ ...nameOnly, status: 'Draft' }, 'PH-A1');
    const signed = await fx.admin.services.letters.file(
      { pupilId: pupil.id, pipId: draft.id, kind: 'PIP agreement', letterDate: '2026-09-03', fileName: 'PIP agreement, signed 03-09-2026.pdf' },
      SCAN,
      'PH-A1',
    );
    expect(signed.url).toMatch(/\/PwLetters\/PH-A1\/PRU only\/PIP agreement, signed 03-09-2026\.pdf$/);

    const agreement = { name: 'Morgan Hale', date: '2026-09-03', relationship: 'Mother', method: 'Signed form uploaded' as const, fileId: signed.id };
    const active = await repo.update(draft.id, draft.etag, { ...draft, status: 'Active', parentSignOff: agreement });
    expect(active.status).toBe('Active');
    expect(active.parentSignOff).toEqual(agreement);
    expect((await repo.get(draft.id)).parentSignOff).toEqual(agreement);

    // Signed agreements are not shared with home schools by default (the parent's signature and address,
    // docs/sharing.md): the pupil's home school cannot find it, nor can another school; PRU staff read it.
    expect((await fx.admin.services.letters.forPupil(pupil.id)).items.find((l) => l.id === signed.id)).toMatchObject({ kind: 'PIP agreement', pipId: draft.id });
    const home = fx.as('senco@eastfield.example.sch.uk').services.letters;
    expect((await home.forPupil(pupil.id)).items.find((l) => l.id === signed.id)).toBeUndefined();
    await expect(home.content(signed.url)).rejects.toMatchObject({ kind: 'not-found' });
    const other = fx.as('head@westbrook.example.sch.uk').services.letters;
    expect((await other.forPupil(pupil.id)).items).toEqual([]);
    await expect(other.content(signed.url)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('refuses an uploaded agreement without its form, and one dated after today, writing nothing', async () => {
    const pupil = await fx.addPupil('PH-A2');
    const noForm = pipRecord(pupil.id, { parentSignOff: { name: 'Kit Moss', date: '2026-09-03', relationship: 'Father', method: 'Signed form uploaded' } });
    await expect(repo.create(noForm, 'PH-A2')).rejects.toMatchObject({
      issues: [{ path: ['parentSignOff', 'fileId'], message: "Upload the signed agreement form (a scan or photo): it is filed in the pupil's folder" }],
    });
    const ahead = pipRecord(pupil.id, {
      parentSignOff: { name: 'Kit Moss', date: '2026-09-10', relationship: 'Father', method: 'Recorded in Pathways Hub', recordedBy: 'Rowan Ash' },
    });
    await expect(repo.create(ahead, 'PH-A2')).rejects.toMatchObject({
      issues: [{ path: ['parentSignOff', 'date'], message: 'The agreement is dated 10/09/2026, after today: record it once it has been given' }],
    });
    expect((await repo.forPupil(pupil.id)).items).toEqual([]);
  });

  it('refuses a file that is not a scan, photo or Word document as a signed form', async () => {
    const pupil = await fx.addPupil('PH-A3');
    await expect(
      fx.admin.services.letters.file({ pupilId: pupil.id, kind: 'PIP agreement', letterDate: '2026-09-03', fileName: 'agreement.exe' }, SCAN, 'PH-A3'),
    ).rejects.toMatchObject({ message: 'The letter was not filed: Upload the signed form as a PDF, a photo (JPEG or PNG) or a Word document' });
  });
});
