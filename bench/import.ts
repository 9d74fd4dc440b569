/**
 * Import at scale, against the emulator over real HTTP: a 300-pupil SIMS-style roll, then a full year of marks
 * for them (300 pupils × 190 days × 2 sessions = 114,000 marks) from one CSV marks export, then the same marks
 * again (nothing to write). Prints the time and the HTTP requests of each step (a PnPjs batch is one request).
 * Run: npx tsx bench/import.ts   (PUPILS=60 for a smaller run)
 */
import type { IServices } from '../src/composition/IServices';
import { countOutcomes } from '../src/domain/import/plan';
import { countResults } from '../src/domain/import/report';
import { csvSheet, prepareSheet } from '../src/domain/import/sourceTable';
import type { AnyImportPlan } from '../src/data/import/importTypes';
import { startPathwaysFixture, type PathwaysFixture } from '../tests/support/pathwaysFixture';
import { marksFor, marksLongCsv, rollPupils, schoolDays, simsRollCsv, utf8 } from '../tests/support/importFiles';

const PUPILS = Number(process.env.PUPILS ?? 300);
const DAYS = 190;

async function plan(services: IServices, name: string, text: string): Promise<AnyImportPlan> {
  const read = csvSheet(name, utf8(text, true));
  if ('message' in read) throw new Error(read.message);
  const prepared = prepareSheet([read.sheet]);
  if (!prepared.ok) throw new Error(prepared.message);
  return services.imports.plan(prepared.sheet, prepared.mapped);
}

async function step<T>(fx: PathwaysFixture, label: string, work: () => Promise<T>, summary: (r: T) => string): Promise<T> {
  const started = Date.now();
  const { result, requests } = await fx.countRequests(work);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const batches = requests.filter((r) => r.includes('$batch')).length;
  console.log(`${label.padEnd(44)} ${seconds.padStart(7)} s  ${String(requests.length).padStart(6)} HTTP requests (${batches} batch POSTs)  ${summary(result)}`);
  return result;
}

async function main(): Promise<void> {
  const fx = await startPathwaysFixture();
  try {
    const services = fx.admin.services;
    await fx.addSchool('Oakfield Academy (fictional)', '100007', ['senco@oakfield.example.org']);
    const roll = rollPupils(PUPILS, { homeSchoolUrn: '100007' });
    const days = schoolDays('2026-09-07', DAYS);
    const marksCsv = marksLongCsv(marksFor(roll, days));
    console.log(`Roll: ${PUPILS} pupils (half dual-registered). Marks file: ${PUPILS * DAYS * 2} marks, ${(marksCsv.length / 1048576).toFixed(1)} MB of CSV.`);

    const rollPlan = await step(fx, `Check the roll (${PUPILS} pupils)`, () => plan(services, 'roll.csv', simsRollCsv(roll)), (p) => JSON.stringify(countOutcomes(p.rows)));
    await step(fx, 'Import the roll', () => services.imports.run(rollPlan), (r) => JSON.stringify(countResults(r)));
    const again = await step(fx, 'Check the roll again', () => plan(services, 'roll.csv', simsRollCsv(roll)), (p) => JSON.stringify(countOutcomes(p.rows)));
    await step(fx, 'Import the roll again', () => services.imports.run(again), (r) => `${countResults(r).unchanged} unchanged`);

    const marksPlan = await step(fx, `Check the marks (${PUPILS * DAYS * 2})`, () => plan(services, 'marks.csv', marksCsv), (p) => JSON.stringify(countOutcomes(p.rows)));
    await step(fx, 'Import the marks', () => services.imports.run(marksPlan), (r) => JSON.stringify(countResults(r)));
    const marksAgain = await step(fx, 'Check the marks again', () => plan(services, 'marks.csv', marksCsv), (p) => JSON.stringify(countOutcomes(p.rows)));
    await step(fx, 'Import the marks again', () => services.imports.run(marksAgain), (r) => `${countResults(r).unchanged} unchanged`);
  } finally {
    await fx.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
