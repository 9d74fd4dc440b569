/**
 * Learning log entries imported through the production services against the emulator: every row checked with the
 * domain's schema, a dry run (new / unchanged / refused with reasons), each entry written into its pupil's log for
 * the term of its date (the log made, or a subject added, when needed), and the same file again changes nothing.
 */
import type { IServices } from '../../../src/composition/IServices';
import { countOutcomes } from '../../../src/domain/import/plan';
import { countResults } from '../../../src/domain/import/report';
import { csvSheet, prepareSheet } from '../../../src/domain/import/sourceTable';
import type { AnyImportPlan } from '../../../src/data/import/importTypes';
import type { Pupil } from '../../../src/domain';
import type { Saved } from '../../../src/data/ports';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';
import { UPNS } from '../../support/pupilBuilder';
import { utf8 } from '../../support/importFiles';

let fx: PathwaysFixture;
let services: IServices;
let robin: Saved<Pupil>;
let sam: Saved<Pupil>;

const CSV = (robinUpn: string) => `UPN,Pupil Ref,Date,Subject,Teacher,Entry,Highlight
${robinUpn},,14/10/2026,English,Ms Example,"Read two chapters aloud; wrote a summary.",No
${robinUpn},,15/10/2026,Maths,Mr Sample,Fractions: equivalent fractions with diagrams.,Yes
,PH-E2,05/01/2027,Science,Dr Demo,Planned a fair test on plant growth.,No
A999999999999,,14/10/2026,English,Ms Example,Someone the service does not hold.,No
${robinUpn},,31/02/2026,English,Ms Example,A date that does not exist.,No
${robinUpn},,16/10/2026,,Ms Example,No subject given.,No
`;

async function planOf(text: string): Promise<AnyImportPlan> {
  const read = csvSheet('learning-log.csv', utf8(text, false));
  if ('message' in read) throw new Error(read.message);
  const prepared = prepareSheet([read.sheet]);
  if (!prepared.ok) throw new Error(prepared.message);
  expect(prepared.mapped.kind).toBe('learningLogEntries');
  return services.imports.plan(prepared.sheet, prepared.mapped);
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  services = fx.admin.services;
  robin = await fx.addPupil('PH-E1', { upn: UPNS[1], firstName: 'Robin', lastName: 'Example', enrolmentDate: '2026-09-02' });
  sam = await fx.addPupil('PH-E2', { firstName: 'Sam', lastName: 'Sample', enrolmentDate: '2026-09-02' });
  // Sam already has a Spring log listing English only: the import adds Science to it.
  await services.learningLogs.create({ pupilId: sam.id, academicYear: '2026/27', term: 'Spring', subjects: [{ subject: 'English', teacher: 'Ms Example' }] }, 'PH-E2');
}, 120000);
afterAll(() => fx.close());

describe('importing learning log entries', () => {
  it('checks every row, writes the new ones into the log of their term, and a second import changes nothing', async () => {
    const plan = await planOf(CSV(UPNS[1]));
    expect(countOutcomes(plan.rows)).toEqual({ new: 3, updated: 0, unchanged: 0, conflict: 0, refused: 3 });
    expect(plan.rows.filter((r) => r.outcome === 'refused').map((r) => r.reasons.join(' | '))).toEqual([
      'Row 5: (no name) (UPN A999999999999) is not a pupil on Pathways Hub (or the name matches more than one): import the roll first',
      expect.stringContaining('Row 6, Date: 31/02/2026 is not a date'),
      expect.stringContaining('Row 7, Subject'),
    ]);
    expect(plan.rows[0].reasons).toEqual(['into the Autumn 2026/27 log']);

    const results = await services.imports.run(plan);
    expect(countResults(results)).toMatchObject({ created: 3, refused: 3 });

    const robinLogs = (await services.learningLogs.forPupil(robin.id)).items;
    expect(robinLogs.map((l) => [l.academicYear, l.term, l.subjects.map((s) => s.subject)])).toEqual([['2026/27', 'Autumn', ['English', 'Maths']]]);
    const entries = (await services.learningLogs.entriesForPupil(robin.id)).items;
    expect(entries.map((e) => [e.entryDate, e.subject, e.teacher, e.highlight])).toEqual([
      ['2026-10-15', 'Maths', 'Mr Sample', true],
      ['2026-10-14', 'English', 'Ms Example', false],
    ]);
    const samLogs = (await services.learningLogs.forPupil(sam.id)).items;
    expect(samLogs.map((l) => [l.term, l.subjects.map((s) => s.subject)])).toEqual([['Spring', ['English', 'Science']]]);
    expect((await services.learningLogs.entriesForPupil(sam.id)).items).toHaveLength(1);

    // Counts in = counts out, and the same file again: nothing new.
    const again = await planOf(CSV(UPNS[1]));
    expect(countOutcomes(again.rows)).toEqual({ new: 0, updated: 0, unchanged: 3, conflict: 0, refused: 3 });
    const rerun = await services.imports.run(again);
    expect(countResults(rerun)).toMatchObject({ created: 0 });
    expect((await services.learningLogs.entriesForPupil(robin.id)).items).toHaveLength(2);
  });
});
