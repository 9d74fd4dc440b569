import type { Pupil } from '../../../src/domain';
import { csvSheet, prepareSheet } from '../../../src/domain/import/sourceTable';
import { readRows, headerMappingOf, type MappedSheet } from '../../../src/domain/import/rows';
import { countOutcomes } from '../../../src/domain/import/plan';
import { planPupils, type SavedPupil } from '../../../src/domain/import/kinds/pupils';
import { planMarks, markKey } from '../../../src/domain/import/kinds/marks';
import { planSchools } from '../../../src/domain/import/kinds/schools';
import { importReportCsv } from '../../../src/domain/import/report';
import type { SourceSheet } from '../../../src/domain/import/cells';
import { arborRollCsv, marksDailyCsv, marksFor, marksLongCsv, rollPupils, schoolDays, simsRollCsv, utf8 } from '../../support/importFiles';

const SCHOOLS = [{ id: 7, name: 'Oakfield Academy (fictional)', urn: '100007' }];

function prepared(text: string, name = 'file.csv'): { sheet: SourceSheet; mapped: MappedSheet } {
  const read = csvSheet(name, utf8(text, true));
  if ('message' in read) throw new Error(read.message);
  const p = prepareSheet([read.sheet]);
  if (!p.ok) throw new Error(p.message);
  expect(p.problems).toEqual([]);
  return { sheet: p.sheet, mapped: p.mapped };
}

/** What a saved pupil looks like after the plan's record was written. */
const saved = (records: readonly Pupil[]): SavedPupil[] => records.map((r, i) => ({ ...r, id: i + 1, etag: `"${i + 1}"` }));

describe('pupils from a roll', () => {
  const roll = rollPupils(6, { homeSchoolUrn: '100007' });

  it('maps a SIMS-style roll (title lines above the header) and plans every pupil as new with a reference', () => {
    const { sheet, mapped } = prepared(simsRollCsv(roll));
    expect(mapped.kind).toBe('pupils');
    expect(headerMappingOf(mapped.headers, mapped.columns)).toMatchObject({ upn: 'UPN', lastName: 'Legal Surname', firstName: 'Legal Forename', dateOfBirth: 'DOB', yearGroup: 'NC Year', enrolmentDate: 'Adm Date', registration: 'Enrol Status', homeSchool: 'Home School URN', senProvision: 'SEN Provision', primaryNeed: 'Primary Need', fsm: 'FSM Eligible', lac: 'In Care' });
    const plan = planPupils(readRows(sheet, mapped), mapped, { existing: [], schools: SCHOOLS, today: '2026-11-20' });
    expect(countOutcomes(plan.rows)).toEqual({ new: 6, updated: 0, unchanged: 0, conflict: 0, refused: 0 });
    expect(plan.rows.map((r) => r.record?.pupilRef)).toEqual(['PH-0001', 'PH-0002', 'PH-0003', 'PH-0004', 'PH-0005', 'PH-0006']);
    const first = plan.rows[0].record as Pupil;
    expect(first).toMatchObject({ lastName: roll[0].surname, dateOfBirth: roll[0].dob, registration: 'Dual', homeSchoolId: 7, senProvision: 'K', primaryNeed: 'SEMH', fsm: true, supportTier: 'Universal' });
    expect(plan.rows[0].rowNumber).toBe(5);
    expect(plan.rows[0].reasons).toContain('Support tier is not in the file: Universal is used');
  });

  it('re-importing the same roll, and the same pupils from an Arbor-style roll, changes nothing', () => {
    const sims = prepared(simsRollCsv(roll));
    const first = planPupils(readRows(sims.sheet, sims.mapped), sims.mapped, { existing: [], schools: SCHOOLS, today: '2026-11-20' });
    const existing = saved(first.rows.map((r) => r.record as Pupil));
    const again = planPupils(readRows(sims.sheet, sims.mapped), sims.mapped, { existing, schools: SCHOOLS, today: '2026-11-20' });
    expect(countOutcomes(again.rows)).toEqual({ new: 0, updated: 0, unchanged: 6, conflict: 0, refused: 0 });
    const arbor = prepared(arborRollCsv(roll));
    const fromArbor = planPupils(readRows(arbor.sheet, arbor.mapped), arbor.mapped, { existing, schools: SCHOOLS, today: '2026-11-20' });
    expect(fromArbor.rows.filter((r) => r.outcome !== 'unchanged').map((r) => r.reasons)).toEqual([]);
  });

  it('plans only the changed fields as an update, guarded by the saved ETag', () => {
    const sims = prepared(simsRollCsv(roll));
    const existing = saved(planPupils(readRows(sims.sheet, sims.mapped), sims.mapped, { existing: [], schools: SCHOOLS, today: '2026-11-20' }).rows.map((r) => r.record as Pupil));
    const changed = prepared(simsRollCsv([{ ...roll[1], year: '11', fsm: true }, ...roll.slice(2)]));
    const plan = planPupils(readRows(changed.sheet, changed.mapped), changed.mapped, { existing, schools: SCHOOLS, today: '2026-11-20' });
    const row = plan.rows[0];
    expect(row.outcome).toBe('updated');
    expect(row.reasons).toEqual([`Year group: ${roll[1].year} → 11`, 'FSM: No → Yes']);
    expect(row.existing).toEqual({ id: 2, etag: '"2"' });
    expect(row.record?.pupilRef).toBe('PH-0002');
  });

  it('puts each problem on its cell, refuses old codes by name and repeated rows', () => {
    const header = 'UPN,Legal Surname,Forename,DOB,NC Year,SEN Provision,Primary Need,Home School\r\n';
    const good = `${roll[0].upn},Examplar,Ava,14/05/2013,8,K,SEMH,\r\n`;
    const text =
      header +
      good +
      `${roll[1].upn},Testwood,Noah,31/02/2014,8,K,BESD,\r\n` +
      `${roll[2].upn},=HYPERLINK("x"),Isla,01/01/2013,N2,S,,\r\n` +
      `A999001000000,Mockridge,Leo,01/01/2013,8,N,,Nowhere School\r\n` +
      good;
    const { sheet, mapped } = prepared(text);
    const plan = planPupils(readRows(sheet, mapped), mapped, { existing: [], schools: SCHOOLS, today: '2026-11-20' });
    expect(plan.rows.map((r) => r.outcome)).toEqual(['new', 'refused', 'refused', 'refused', 'refused']);
    expect(plan.rows[1].reasons).toEqual([
      'Row 3, DOB: 31/02/2014 is not a date',
      "Row 3, Primary Need: 'BESD' is not a census need code (BESD was replaced by SEMH in 2014/15): use one of SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH, NSA",
    ]);
    expect(plan.rows[2].reasons).toEqual([
      'Row 4, Legal Surname: \'=HYPERLINK("x")\' starts like a spreadsheet formula ("="): type the value itself, without the formula',
      'Row 4, NC Year: N2 is a nursery year: Pathways Hub records Reception to Year 13',
      "Row 4, SEN Provision: 'S' is not a census SEN provision code (S (statement) was replaced by E (EHC plan) by April 2018): use one of E, K, N",
    ]);
    expect(plan.rows[3].reasons).toEqual([
      "Row 5, Home School: 'Nowhere School' is not a home school on Pathways Hub: add the school (or import the schools) first",
      'Row 5, UPN: This UPN’s check letter does not match its digits: check it against the pupil’s common transfer file',
    ]);
    expect(plan.rows[4].reasons).toEqual(['Row 6: repeats row 2 exactly: it is imported once']);
    const report = importReportCsv(plan.rows);
    expect(report).toContain('6,"Examplar, Ava (UPN W999001000000)",Refused');
    expect(importReportCsv([{ rowNumber: 2, label: '=cmd|x', outcome: 'refused', reasons: ['-2+3'] }])).toContain("2,'=cmd|x,Refused,Not imported yet,'-2+3");
    expect(report.split('\r\n')[0]).toBe('\uFEFFRow,Record,Dry run,Result,Details');
  });
});

describe('attendance marks', () => {
  const roll = rollPupils(3);
  const pupils = roll.map((p, i) => ({ id: i + 1, pupilRef: `PH-000${i + 1}`, firstName: p.forename, lastName: p.surname, dateOfBirth: p.dob, upn: p.upn }));
  const days = schoolDays('2026-09-07', 5);
  const ctx = { pupils, saved: new Map<string, string>(), recordedBy: 'import@example.org', recordedAt: '2026-11-20T10:00:00Z' };

  it('reads both layouts into the same marks: one per pupil, date and session', () => {
    const marks = marksFor(roll, days);
    const long = prepared(marksLongCsv(marks));
    const daily = prepared(marksDailyCsv(marks));
    expect(long.mapped.kind).toBe('marks');
    expect(daily.mapped.kind).toBe('marks');
    const a = planMarks(readRows(long.sheet, long.mapped), long.mapped, ctx);
    const b = planMarks(readRows(daily.sheet, daily.mapped), daily.mapped, ctx);
    expect(a.rows).toHaveLength(30);
    expect(countOutcomes(a.rows)).toEqual({ new: 30, updated: 0, unchanged: 0, conflict: 0, refused: 0 });
    const key = (r: (typeof a.rows)[number]): string => `${r.record?.pupilId}|${r.record?.date}|${r.record?.session}|${r.record?.code}`;
    expect(b.rows.map(key).sort()).toEqual(a.rows.map(key).sort());
  });

  it('keeps a saved mark that differs (a conflict), leaves the same one unchanged, and refuses codes outside the 2024 set', () => {
    const saved = new Map([[markKey(1, days[0], 'AM'), 'N'], [markKey(1, days[0], 'PM'), '\\']]);
    const text = `UPN,Surname,Forename,Date,AM,PM\r\n${roll[0].upn},x,y,${days[0]},/,\\\r\n${roll[1].upn},x,y,${days[1]},H,Q9\r\n${roll[2].upn},x,y,${days[2]},-,\r\nZ999999999999,,,${days[2]},/,/\r\n`;
    const { sheet, mapped } = prepared(text);
    const plan = planMarks(readRows(sheet, mapped), mapped, { ...ctx, saved });
    expect(plan.rows.map((r) => r.outcome)).toEqual(['conflict', 'unchanged', 'refused', 'refused', 'refused', 'refused']);
    expect(plan.rows[0].reasons[0]).toContain('saved as N; the file says /');
    expect(plan.rows[2].reasons).toEqual(['Row 3, AM: code H was withdrawn in August 2024 (use G for holiday not agreed, C for exceptional leave)']);
    expect(plan.rows[3].reasons).toEqual(["Row 3, PM: 'Q9' is not one of the attendance codes in force since August 2024"]);
    expect(plan.rows[4].reasons).toEqual(['Row 4: has no mark']);
    expect(plan.rows[5].reasons[0]).toContain('is not a pupil on Pathways Hub');
  });
});

describe('schools', () => {
  it('matches by URN: new, unchanged, and a differing saved school is a conflict', () => {
    const text = 'School name,URN,Phase,General e-mail\r\nOakfield Academy (fictional),100007,Secondary,office@oakfield.example.org\r\nBirch Primary (fictional),100008,Primary,office@birch.example.org\r\nElm School (fictional),100009,Secondary,office@elm.example.org\r\n';
    const { sheet, mapped } = prepared(text);
    expect(mapped.kind).toBe('schools');
    const existing = [
      { id: 1, etag: '"1"', name: 'Oakfield Academy (fictional)', urn: '100007', phase: 'Secondary' as const, email: 'office@oakfield.example.org', active: true },
      { id: 2, etag: '"1"', name: 'Birch Primary (fictional)', urn: '100008', phase: 'Primary' as const, email: 'head@birch.example.org', active: true },
    ];
    const plan = planSchools(readRows(sheet, mapped), mapped, existing);
    expect(plan.rows.map((r) => r.outcome)).toEqual(['unchanged', 'conflict', 'new']);
    expect(plan.rows[1].reasons[0]).toBe('General e-mail: head@birch.example.org → office@birch.example.org');
  });
});
