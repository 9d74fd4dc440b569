import { readWorkbook } from '../../../src/data/import/workbookReader';
import { prepareSheet } from '../../../src/domain/import/sourceTable';
import { readRows } from '../../../src/domain/import/rows';
import { planPupils } from '../../../src/domain/import/kinds/pupils';
import { countOutcomes } from '../../../src/domain/import/plan';
import { arborRollRows, pipTrackerRows, rollPupils, xlsxWorkbook as workbook } from '../../support/importFiles';

describe('Excel workbooks', () => {
  it('reads an Arbor-style roll from a workbook, with Excel dates, into the same pupils as the CSV', async () => {
    const roll = rollPupils(4);
    const rows = arborRollRows(roll).map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 3 && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v))));
    const sheets = await readWorkbook('arbor.xlsx', await workbook([{ name: 'Students', rows }]));
    const prepared = prepareSheet(sheets);
    if (!prepared.ok) throw new Error(prepared.message);
    expect(prepared.mapped.kind).toBe('pupils');
    const plan = planPupils(readRows(prepared.sheet, prepared.mapped), prepared.mapped, { existing: [], schools: [], today: '2026-11-20' });
    expect(countOutcomes(plan.rows).new).toBe(4);
    expect(plan.rows.map((r) => r.record?.dateOfBirth)).toEqual(roll.map((p) => p.dob));
  });

  it('finds the Appendix 5 tracker on its sheet and reads it as PIPs', async () => {
    const sheets = await readWorkbook('tracker.xlsx', await workbook([{ name: 'PIP Pupils', rows: pipTrackerRows(rollPupils(2)) }, { name: 'Total PIPs', rows: [['Wk. Beg', 'TOTAL Number of PIPs']] }]));
    expect(sheets.map((s) => s.name)).toEqual(['PIP Pupils', 'Total PIPs']);
    const prepared = prepareSheet(sheets);
    if (!prepared.ok) throw new Error(prepared.message);
    expect(prepared.mapped.kind).toBe('pips');
    expect(prepared.problems).toEqual([]);
  });

  it('says plainly when the bytes are not a workbook', async () => {
    await expect(readWorkbook('roll.xlsx', new TextEncoder().encode('PK\u0003\u0004 not really').buffer)).rejects.toThrow("'roll.xlsx' could not be read as an Excel workbook");
  });
});
