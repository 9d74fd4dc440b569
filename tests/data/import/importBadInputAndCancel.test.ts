/**
 * Bad rows and cancelling, through the production services against the emulator: a roll whose rows carry formulas
 * (=, +, -, @ leading), markup and script, or repeat another row is refused row by row with a specific message and
 * importing it sends no request at all; an import cancelled part-way reports its progress with counts, keeps what
 * was written, and the next check offers exactly the rest.
 */
import type { IServices } from '../../../src/composition/IServices';
import type { AnyImportPlan, ImportProgress } from '../../../src/data/import/importTypes';
import { countOutcomes } from '../../../src/domain/import/plan';
import { countResults } from '../../../src/domain/import/report';
import { csvSheet, prepareSheet } from '../../../src/domain/import/sourceTable';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';
import { marksFor, marksLongCsv, rollPupils, schoolDays, simsRollCsv, utf8 } from '../../support/importFiles';

let fx: PathwaysFixture;
let services: IServices;

async function planOf(text: string): Promise<AnyImportPlan> {
  const read = csvSheet('file.csv', utf8(text, true));
  if ('message' in read) throw new Error(read.message);
  const prepared = prepareSheet([read.sheet]);
  if (!prepared.ok) throw new Error(prepared.message);
  return services.imports.plan(prepared.sheet, prepared.mapped);
}

/** Runs the plan, cancelling once the progress says `after` rows are done; returns the results and every progress seen. */
async function runCancelledAfter(plan: AnyImportPlan, after: number): Promise<{ results: Awaited<ReturnType<IServices['imports']['run']>>; seen: ImportProgress[] }> {
  const seen: ImportProgress[] = [];
  const results = await services.imports.run(plan, { onProgress: (p) => seen.push(p), isCancelled: () => seen.some((p) => p.done >= after) });
  return { results, seen };
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  services = fx.admin.services;
}, 60000);
afterAll(() => fx.close());

describe('bad rows', () => {
  it('refuses formulas, markup, script and repeated rows, each with its own message, and writes nothing', async () => {
    const pupils = rollPupils(8);
    const row = (i: number, surname: string, forename = 'Ava'): string => `${pupils[i].upn},${surname},${forename},14/05/2013,8\r\n`;
    const text =
      'UPN,Legal Surname,Forename,DOB,NC Year\r\n' +
      row(0, '"=HYPERLINK(""http://example.org"",""x"")"') +
      row(1, `"+cmd|' /C calc'!A0"`) +
      row(2, '-2+3+cmd') +
      row(3, '@SUM(A1:A9)') +
      row(4, 'Examplar', '<b>Ava</b>') +
      row(5, 'Examplar', '<script>alert(1)</script>') +
      row(6, 'Examplar', 'Ava <img src=x onerror=alert(1)>') +
      row(7, 'Examplar', 'javascript:alert(1)') +
      row(3, '@SUM(A1:A9)');
    const plan = await planOf(text);
    expect(countOutcomes(plan.rows)).toEqual({ new: 0, updated: 0, unchanged: 0, conflict: 0, refused: 9 });
    expect(plan.rows.map((r) => r.reasons.join(' | '))).toEqual([
      'Row 2, Legal Surname: \'=HYPERLINK("http://example.org","x")\' starts like a spreadsheet formula ("="): type the value itself, without the formula',
      'Row 3, Legal Surname: \'+cmd|\' /C calc\'!A0\' starts like a spreadsheet formula ("+"): type the value itself, without the formula',
      'Row 4, Legal Surname: \'-2+3+cmd\' starts like a spreadsheet formula ("-"): type the value itself, without the formula',
      'Row 5, Legal Surname: \'@SUM(A1:A9)\' starts like a spreadsheet formula ("@"): type the value itself, without the formula',
      "Row 6, Forename: '<b>Ava</b>' contains web markup or script: remove it and type plain text",
      "Row 7, Forename: '<script>alert(1)</script>' contains web markup or script: remove it and type plain text",
      "Row 8, Forename: 'Ava <img src=x onerror=alert(1)>' contains web markup or script: remove it and type plain text",
      "Row 9, Forename: 'javascript:alert(1)' contains web markup or script: remove it and type plain text",
      'Row 10: repeats row 5 exactly: it is imported once',
    ]);
    const { result, requests } = await fx.countRequests(() => services.imports.run(plan));
    expect(countResults(result)).toMatchObject({ created: 0, updated: 0, refused: 9 });
    expect(requests).toEqual([]);
    expect((await services.pupils.list()).items).toEqual([]);
  });
});

describe('cancelling an import', () => {
  const roll = rollPupils(25);

  it('stops pupils after the ones being written, reports the rest as cancelled, and the next check offers only them', async () => {
    const plan = await planOf(simsRollCsv(roll.slice(0, 10)));
    expect(countOutcomes(plan.rows).new).toBe(10);
    const { results, seen } = await runCancelledAfter(plan, 1);
    const counts = countResults(results);
    expect(results).toHaveLength(10);
    expect(counts.created).toBeGreaterThanOrEqual(1);
    expect(counts.cancelled).toBeGreaterThanOrEqual(1);
    expect(counts.created + counts.cancelled).toBe(10);
    expect(results.filter((r) => r.result === 'cancelled').map((r) => r.detail)).toEqual(Array(counts.cancelled).fill('The import was cancelled before this row.'));
    // Progress counted every row, in order, out of the 10.
    expect(seen[0]).toEqual({ done: 0, total: 10 });
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toEqual({ done: 10, total: 10 });
    expect((await services.pupils.list()).items).toHaveLength(counts.created);

    const rest = await planOf(simsRollCsv(roll.slice(0, 10)));
    expect(countOutcomes(rest.rows)).toMatchObject({ new: counts.cancelled, unchanged: counts.created });
    expect(countResults(await services.imports.run(rest))).toMatchObject({ created: counts.cancelled, cancelled: 0 });
    expect((await services.pupils.list()).items).toHaveLength(10);
  }, 120000);

  it('stops marks between groups of pupils: what was written stays, the rest is cancelled and imported next time', async () => {
    expect(countResults(await services.imports.run(await planOf(simsRollCsv(roll))))).toMatchObject({ created: 15, unchanged: 10 });
    const marks = marksLongCsv(marksFor(roll, schoolDays('2026-09-07', 2)));
    const plan = await planOf(marks);
    expect(countOutcomes(plan.rows).new).toBe(100);
    const { results, seen } = await runCancelledAfter(plan, 1);
    // Marks are written for 20 pupils at a time: the first 20 pupils' 80 marks, then the cancel is seen.
    expect(countResults(results)).toMatchObject({ created: 80, cancelled: 20, failed: 0 });
    expect(seen.every((p) => p.total === 100)).toBe(true);
    expect(seen.some((p) => p.done === 80)).toBe(true);
    expect(await services.attendance.marksForYear('2026/27')).toHaveLength(80);

    const rest = await planOf(marks);
    expect(countOutcomes(rest.rows)).toMatchObject({ new: 20, unchanged: 80 });
    expect(countResults(await services.imports.run(rest))).toMatchObject({ created: 20, cancelled: 0 });
    expect(await services.attendance.marksForYear('2026/27')).toHaveLength(100);
  }, 180000);
});
