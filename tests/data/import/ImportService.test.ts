/**
 * Imports through the production services against the emulator over HTTP: a SIMS-style roll, then the same roll
 * again (nothing changes), home-school access applied as when staff add a pupil, marks with a conflict that is
 * never overwritten, saved mappings in the Settings list, and a list already on the site as the source.
 */
import '@pnp/sp/fields';
import type { IServices } from '../../../src/composition/IServices';
import { countResults } from '../../../src/domain/import/report';
import { countOutcomes } from '../../../src/domain/import/plan';
import { csvSheet, prepareSheet } from '../../../src/domain/import/sourceTable';
import type { AnyImportPlan } from '../../../src/data/import/importTypes';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';
import { marksFor, marksLongCsv, rollPupils, schoolDays, simsRollCsv, utf8 } from '../../support/importFiles';

let fx: PathwaysFixture;
let services: IServices;
const HOME_URN = '100007';
const NAMED = 'senco@oakfield.example.org';
const roll = rollPupils(6, { homeSchoolUrn: HOME_URN });
const days = schoolDays('2026-09-07', 5);

async function planOf(text: string): Promise<AnyImportPlan> {
  const read = csvSheet('file.csv', utf8(text, true));
  if ('message' in read) throw new Error(read.message);
  const prepared = prepareSheet([read.sheet]);
  if (!prepared.ok) throw new Error(prepared.message);
  expect(prepared.problems).toEqual([]);
  return services.imports.plan(prepared.sheet, prepared.mapped);
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  services = fx.admin.services;
  await fx.addSchool('Oakfield Academy (fictional)', HOME_URN, [NAMED]);
}, 60000);
afterAll(() => fx.close());

describe('importing a roll', () => {
  it('adds every pupil through the repository, with the home school given read access', async () => {
    const plan = await planOf(simsRollCsv(roll));
    expect(countOutcomes(plan.rows)).toEqual({ new: 6, updated: 0, unchanged: 0, conflict: 0, refused: 0 });
    expect((await services.pupils.list()).items).toHaveLength(0);
    const progress: number[] = [];
    const results = await services.imports.run(plan, { onProgress: (p) => progress.push(p.done) });
    expect(countResults(results)).toMatchObject({ created: 6, failed: 0, 'not-shared': 0 });
    expect(progress[progress.length - 1]).toBe(6);
    const saved = (await services.pupils.list()).items;
    expect(saved.map((p) => p.lastName).sort()).toEqual(roll.map((p) => p.surname).sort());
    // The named member of staff reads the three dual-registered pupils of their school, and no other.
    const seen = (await fx.as(NAMED).services.pupils.list()).items.map((p) => p.lastName).sort();
    expect(seen).toEqual(roll.filter((p) => p.homeSchoolUrn === HOME_URN).map((p) => p.surname).sort());
  });

  it('imports the same file again with no change at all (rows in = rows out)', async () => {
    const plan = await planOf(simsRollCsv(roll));
    expect(countOutcomes(plan.rows)).toEqual({ new: 0, updated: 0, unchanged: 6, conflict: 0, refused: 0 });
    const { result, requests } = await fx.countRequests(() => services.imports.run(plan));
    expect(result).toHaveLength(6);
    expect(countResults(result).unchanged).toBe(6);
    expect(requests).toEqual([]);
  });
});

describe('importing marks', () => {
  it('adds a week of marks, then changes nothing the second time, and never overwrites a different saved mark', async () => {
    const pupils = (await services.pupils.list()).items;
    const first = pupils.find((p) => p.lastName === roll[0].surname);
    if (!first) throw new Error('pupil missing');
    // A register already taken on the first morning, with N for the first pupil.
    const baseline = await services.attendance.register(days[0], 'AM');
    await services.attendance.saveRegister({
      date: days[0], session: 'AM', baseline, reasons: new Map(), takenBy: 'attendance@pathways.example.org', at: '2026-09-07T09:10:00Z',
      marks: [{ pupilId: first.id, date: days[0], session: 'AM', code: 'N', recordedBy: 'attendance@pathways.example.org', recordedAt: '2026-09-07T09:10:00Z' }],
    });
    const marks = marksFor(roll, days).map((m, i) => (i === 0 ? { ...m, am: '/' } : m));
    const plan = await planOf(marksLongCsv(marks));
    expect(plan.rows).toHaveLength(60);
    expect(countOutcomes(plan.rows)).toEqual({ new: 59, updated: 0, unchanged: 0, conflict: 1, refused: 0 });
    const results = await services.imports.run(plan);
    expect(countResults(results)).toMatchObject({ created: 59, conflict: 1, failed: 0 });
    expect(results).toHaveLength(60);
    const kept = await services.attendance.marksForPupil(first.id, days[0], days[0]);
    expect(kept.find((m) => m.session === 'AM')?.code).toBe('N');
    const again = await planOf(marksLongCsv(marks));
    expect(countOutcomes(again.rows)).toEqual({ new: 0, updated: 0, unchanged: 59, conflict: 1, refused: 0 });
    const week = await services.attendance.marksForYear('2026/27');
    expect(week).toHaveLength(60);
  });
});

describe('saved mappings and site lists', () => {
  it('saves a mapping in the Settings list and reads it back', async () => {
    await services.imports.saveMapping({ name: 'SIMS roll', kind: 'pupils', columns: { upn: 'UPN', lastName: 'Legal Surname' } });
    await services.imports.saveMapping({ name: 'SIMS roll', kind: 'pupils', columns: { upn: 'UPN', lastName: 'Surname' } });
    expect(await services.imports.savedMappings()).toEqual([{ name: 'SIMS roll', kind: 'pupils', columns: { upn: 'UPN', lastName: 'Surname' } }]);
  });

  it('reads a list already on the site as a sheet, leaving out Pathways Hub’s own lists', async () => {
    await fx.admin.sp.web.lists.add('Old Pupil Tracker', '', 100);
    const list = fx.admin.sp.web.lists.getByTitle('Old Pupil Tracker');
    await list.fields.addText('Surname');
    await list.fields.addText('DOB');
    await list.items.add({ Title: 'Ava', Surname: 'Trialson', DOB: '14/05/2013' });
    const lists = await services.imports.siteLists();
    expect(lists.map((l) => l.title)).toEqual(['Old Pupil Tracker']);
    const sheet = await services.imports.readSiteList('Old Pupil Tracker');
    expect(sheet.rows[0]).toEqual(expect.arrayContaining(['Title', 'Surname', 'DOB']));
    const header = sheet.rows[0] as string[];
    expect(sheet.rows[1][header.indexOf('Surname')]).toBe('Trialson');
  });
});
