/**
 * PIPs from a workbook laid out as the attendance policy's Appendix 5 (PIP tracker, sheet 1), imported through the
 * production services against the emulator: every row checked with the domain's PIP schema, a dry run with reasons,
 * each PIP written through the PIP repository as a Draft, the same workbook again changes nothing, a changed exit
 * strategy updates a Draft and is a conflict on an Active PIP (never overwritten).
 */
import type { IServices } from '../../../src/composition/IServices';
import type { Saved } from '../../../src/data/ports';
import type { AnyImportPlan } from '../../../src/data/import/importTypes';
import type { Pupil } from '../../../src/domain';
import { countOutcomes } from '../../../src/domain/import/plan';
import { countResults } from '../../../src/domain/import/report';
import { prepareSheet } from '../../../src/domain/import/sourceTable';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';
import { pipRecord } from '../../support/pipBuilder';
import { pipTrackerRows, rollPupils, xlsxWorkbook, type WorkbookCell } from '../../support/importFiles';

let fx: PathwaysFixture;
let services: IServices;
const roll = rollPupils(4);
const saved: Saved<Pupil>[] = [];

/** Sheet 1 for the first three roll pupils (the third is not on Pathways Hub), then rows that must be refused. */
function trackerRows(exitOfFirst = 'Increase hours fortnightly'): WorkbookCell[][] {
  const [header, ...rows] = pipTrackerRows(roll.slice(0, 3));
  const first = rows[0].map((c, i) => (i === 10 ? exitOfFirst : c));
  const bad = (changes: Record<number, WorkbookCell>): WorkbookCell[] => rows[1].map((c, i) => (i in changes ? changes[i] : c));
  return [
    ['PIP Tracker – PIP Pupils (fictional)'],
    [],
    header,
    first,
    rows[1],
    rows[2],
    bad({ 6: 'Because' }),
    bad({ 3: '31/02/2026' }),
    bad({ 6: '=HYPERLINK("http://example.org","x")', 3: new Date(Date.UTC(2026, 9, 5)) }),
    rows[1],
    bad({ 10: 'A different exit strategy' }),
  ];
}

async function planOf(rows: WorkbookCell[][]): Promise<AnyImportPlan> {
  const sheets = await services.imports.readWorkbook('pip-tracker.xlsx', await xlsxWorkbook([{ name: 'PIP Pupils', rows }]));
  const prepared = prepareSheet(sheets);
  if (!prepared.ok) throw new Error(prepared.message);
  expect(prepared.mapped.kind).toBe('pips');
  return services.imports.plan(prepared.sheet, prepared.mapped);
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  services = fx.admin.services;
  for (const [i, p] of roll.entries()) {
    if (i === 2) continue;
    saved.push(await fx.addPupil(`PH-P${i + 1}`, { upn: p.upn, firstName: p.forename, lastName: p.surname, dateOfBirth: p.dob, enrolmentDate: '2026-09-02' }));
  }
}, 120000);
afterAll(() => fx.close());

describe('importing PIPs from the Appendix 5 tracker', () => {
  it('checks every row, writes Draft PIPs through the PIP repository, and the same workbook again changes nothing', async () => {
    const plan = await planOf(trackerRows());
    expect(countOutcomes(plan.rows)).toEqual({ new: 2, updated: 0, unchanged: 0, conflict: 0, refused: 6 });
    expect(plan.rows[0].reasons).toEqual([
      'reason: Medical reason: unfit for full-time education',
      'no planned end date in the file: set to the first review, 26/10/2026',
      'no targets in the file: to be agreed',
      'saved as a Draft: add the targets, timetable and parent/carer agreement on the PIP before making it active',
    ]);
    expect(plan.rows.filter((r) => r.outcome === 'refused').map((r) => r.reasons.join(' | '))).toEqual([
      expect.stringMatching(/^Row 6: Samplesby, Isla is not a pupil on Pathways Hub/),
      expect.stringContaining("Row 7, Reason for PIP: 'Because' does not say which of the policy's reasons"),
      expect.stringContaining('Row 8, PIP start Date: 31/02/2026 is not a date'),
      expect.stringContaining('Row 9, Reason for PIP: \'=HYPERLINK("http://example.org","x")\' starts like a spreadsheet formula'),
      'Row 10: repeats row 5 exactly: it is imported once',
      'Row 11, PIP start Date: row 5 has a PIP for the same pupil starting the same day: only row 5 is imported',
    ]);

    const results = await services.imports.run(plan);
    expect(countResults(results)).toMatchObject({ created: 2, refused: 6, failed: 0 });
    const [first] = (await services.pips.forPupil(saved[0].id)).items;
    expect(first).toMatchObject({
      status: 'Draft',
      startDate: '2026-09-14',
      plannedEndDate: '2026-10-26',
      beenOnPipBefore: false,
      reasons: ['Medical reason: unfit for full-time education'],
      exitStrategy: 'Increase hours fortnightly',
    });
    expect(first.furtherInfo).toBe('From the PIP tracker (Appendix 5): Reason as the tracker gives it: Medical - anxiety, supported by CAMHS. PIP hours a week: Autumn term 12.0.');
    const [second] = (await services.pips.forPupil(saved[1].id)).items;
    expect(second).toMatchObject({ status: 'Draft', startDate: '2026-09-15', beenOnPipBefore: true, reasons: ['Extended period of non-attendance'] });

    const again = await planOf(trackerRows());
    expect(countOutcomes(again.rows)).toEqual({ new: 0, updated: 0, unchanged: 2, conflict: 0, refused: 6 });
    expect(countResults(await services.imports.run(again))).toMatchObject({ created: 0, updated: 0 });
    expect((await services.pips.list()).items).toHaveLength(2);
  });

  it('updates a saved Draft where the tracker changed, and never changes an Active PIP', async () => {
    const changed = await planOf(trackerRows('Full-time from half term'));
    expect(changed.rows[0]).toMatchObject({ outcome: 'updated', reasons: ['Exit Strategy: Increase hours fortnightly → Full-time from half term'] });
    expect(countResults(await services.imports.run(changed))).toMatchObject({ updated: 1, failed: 0 });
    expect((await services.pips.forPupil(saved[0].id)).items[0].exitStrategy).toBe('Full-time from half term');

    // Staff complete the PIP and make it Active; the tracker's older exit strategy no longer changes it.
    const [draft] = (await services.pips.forPupil(saved[0].id)).items;
    const { id, etag, ...pip } = draft;
    const example = pipRecord(saved[0].id);
    await services.pips.update(id, etag, {
      ...pip,
      status: 'Active',
      targets: example.targets,
      timetables: [{ ...example.timetables[0], effectiveFrom: '2026-09-14' }],
      notBehaviourManagement: true,
      parentSignOff: example.parentSignOff,
      serviceSignOff: example.serviceSignOff,
    });
    const old = await planOf(trackerRows());
    expect(old.rows[0].outcome).toBe('conflict');
    expect(old.rows[0].reasons[0]).toContain('the saved PIP is Active, so an import does not change it (Exit Strategy: Full-time from half term → Increase hours fortnightly)');
    await services.imports.run(old);
    expect((await services.pips.forPupil(saved[0].id)).items[0]).toMatchObject({ status: 'Active', exitStrategy: 'Full-time from half term' });
  });
});
