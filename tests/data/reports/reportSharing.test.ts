/**
 * Sharing a filed termly progress report, against the emulator over HTTP: the home school's named staff are told
 * through the notification service (Graph sendMail: the pupil's reference and the link, no name), the record of
 * when, by whom, to whom is written on the report, and the home school's staff can open the report the link names.
 */
import { shareReport } from '../../../src/data/reports/reportSharing';
import type { FiledLetter, Saved } from '../../../src/data/ports';
import type { Pupil } from '../../../src/domain';
import { startGraphFixture, type GraphFixture } from '../graph/support/graphFixture';
import { pupilRecord } from '../../support/pupilBuilder';

jest.setTimeout(120000);

const SENCO = 'r.quill@sharing.example.sch.uk';
let fx: GraphFixture;
let pupil: Saved<Pupil>;
let report: FiledLetter;

beforeAll(async () => {
  fx = await startGraphFixture();
  const { schools } = fx.admin.services;
  const school = await schools.create({ name: 'Sharing Example Academy', urn: '900101', phase: 'Secondary', email: 'office@900101.example.sch.uk', active: true });
  await schools.addContact({ schoolId: school.id, fullName: 'R Quill', role: 'SENCO', email: SENCO, notify: true });
  pupil = await fx.addPupil(pupilRecord('SH-001', { firstName: 'Robin', lastName: 'Example', homeSchoolId: school.id }));
  report = await fx.admin.services.letters.file(
    { pupilId: pupil.id, kind: 'Termly progress report', letterDate: '2026-11-20', sentBy: 'Pathways Admin', fileName: 'SH-001 progress report Autumn term 2026-27.docx' },
    new Uint8Array([80, 75, 3, 4]),
    'SH-001',
  );
});
afterAll(() => fx.close());

const outbox = () => fx.outbox('?kind=mail');
const services = () => fx.admin.services;

describe('Sharing a termly progress report, over HTTP', () => {
  it('refuses a pupil with no home school staff to tell, recording nothing', async () => {
    const alone = await fx.addPupil(pupilRecord('SH-002'));
    const filed = await fx.admin.services.letters.file(
      { pupilId: alone.id, kind: 'Termly progress report', letterDate: '2026-11-20', fileName: 'SH-002 progress report Autumn term 2026-27.docx' },
      new Uint8Array([80, 75, 3, 4]),
      'SH-002',
    );
    await expect(shareReport(services(), { letter: filed, pupil: alone, homeSchool: true, on: '2026-11-20', by: 'Pathways Admin', serviceName: 'Example PRU' })).rejects.toThrow(
      'The pupil has no home school recorded',
    );
    const [after] = (await fx.admin.services.letters.forPupil(alone.id)).items;
    expect(after.schoolSharedOn).toBeUndefined();
    expect(await outbox()).toEqual([]);
  });

  it('tells the home school’s named staff with the link, records when, by whom, to whom and how the parent had it; the home school can open it', async () => {
    const result = await shareReport(services(), {
      letter: report,
      pupil,
      parentHow: 'Posted',
      homeSchool: true,
      on: '2026-11-20',
      by: 'Pathways Admin',
      serviceName: 'Example PRU',
    });
    expect(result.told).toEqual(['R Quill']);
    const [mail] = await outbox();
    expect(mail.to).toEqual([SENCO]);
    expect(mail.subject).toBe('Example PRU: a termly progress report for pupil SH-001');
    expect(mail.body).toContain(`${fx.emulator.origin}/sites/pathways/PwLetters/SH-001/SH-001%20progress%20report%20Autumn%20term%202026-27.docx`);
    expect(mail.body).not.toMatch(/Robin|Example Academy/);

    const [stored] = (await fx.admin.services.letters.forPupil(pupil.id)).items;
    expect(stored).toMatchObject({
      parentSharedOn: '2026-11-20',
      parentSharedBy: 'Pathways Admin',
      parentSharedHow: 'Posted',
      schoolSharedOn: '2026-11-20',
      schoolSharedBy: 'Pathways Admin',
      schoolSharedTo: `R Quill (${SENCO})`,
    });
    // The home school's member of staff reads the report the link names (SharePoint's permissions, not the e-mail).
    const theirs = (await fx.connect(SENCO).services.letters.forPupil(pupil.id)).items;
    expect(theirs.map((l) => [l.fileName, l.schoolSharedOn])).toEqual([['SH-001 progress report Autumn term 2026-27.docx', '2026-11-20']]);
    expect((await fx.connect(SENCO).services.letters.content(stored.url)).length).toBe(4);
  });

  it('never e-mails the same version twice: a stale copy of the report is refused, not overwritten', async () => {
    const before = (await outbox()).length;
    const [stored] = (await fx.admin.services.letters.forPupil(pupil.id)).items;
    const stale = { ...stored, etag: report.etag };
    // The report as first read (before the sharing was recorded): SharePoint refuses the stale ETag.
    await expect(shareReport(services(), { letter: stale, pupil, homeSchool: true, on: '2026-11-21', by: 'Pathways Admin', serviceName: 'Example PRU' })).rejects.toThrow(
      /The sharing was not recorded/,
    );
    expect(await outbox()).toHaveLength(before);
  });

  it('keeps every share (when, by whom, how, to whom), not only the latest per audience, and filing the report again keeps them', async () => {
    const read = async (): Promise<FiledLetter> => (await fx.admin.services.letters.forPupil(pupil.id)).items[0];
    await shareReport(services(), { letter: await read(), pupil, parentHow: 'Given in person', homeSchool: false, on: '2026-11-23', by: 'Sam Tutor', serviceName: 'Example PRU' });
    await shareReport(services(), { letter: await read(), pupil, homeSchool: true, on: '2026-11-24', by: 'Sam Tutor', serviceName: 'Example PRU' });
    const shared = await read();
    expect(shared.shareHistory).toEqual([
      { on: '2026-11-20', by: 'Pathways Admin', audience: 'Parent or carer', how: 'Posted' },
      { on: '2026-11-20', by: 'Pathways Admin', audience: 'Home school', to: `R Quill (${SENCO})` },
      { on: '2026-11-23', by: 'Sam Tutor', audience: 'Parent or carer', how: 'Given in person' },
      { on: '2026-11-24', by: 'Sam Tutor', audience: 'Home school', to: `R Quill (${SENCO})` },
    ]);
    expect(shared).toMatchObject({ parentSharedOn: '2026-11-23', parentSharedHow: 'Given in person', schoolSharedOn: '2026-11-24', schoolSharedBy: 'Sam Tutor' });

    // Regenerated: the same file filed again (a new version) keeps the sharing record and its history.
    const refiled = await fx.admin.services.letters.file(
      { pupilId: pupil.id, kind: 'Termly progress report', letterDate: '2026-11-25', sentBy: 'Pathways Admin', fileName: 'SH-001 progress report Autumn term 2026-27.docx' },
      new Uint8Array([80, 75, 3, 4, 5]),
      'SH-001',
    );
    expect(refiled.id).toBe(shared.id);
    const after = await read();
    expect(after.letterDate).toBe('2026-11-25');
    expect(after.shareHistory).toEqual(shared.shareHistory);
    expect(after).toMatchObject({ parentSharedOn: '2026-11-23', schoolSharedOn: '2026-11-24', schoolSharedTo: `R Quill (${SENCO})` });
  });
});
