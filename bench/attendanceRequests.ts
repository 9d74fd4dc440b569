/**
 * How many HTTP requests the attendance screens cost, measured against the emulator over real HTTP.
 * Run: npx tsx bench/attendanceRequests.ts
 *   - saving a 60-pupil register (first save creates 60 week items; a second save changes them);
 *   - loading the cohort view (pupils, schools, settings and the year's marks).
 */
import { startPathwaysFixture } from '../tests/support/pathwaysFixture';
import type { AttendanceMark } from '../src/domain';

const PUPILS = 60;
const DATE = '2026-11-16';

async function main(): Promise<void> {
  const fx = await startPathwaysFixture();
  try {
    const ids: number[] = [];
    for (let i = 1; i <= PUPILS; i++) ids.push((await fx.addPupil(`PB-${String(i).padStart(3, '0')}`)).id);
    const { attendance, pupils, schools, settings } = fx.admin.services;
    const marks = (code: string): AttendanceMark[] =>
      ids.map((pupilId) => ({ pupilId, date: DATE, session: 'AM', code, recordedBy: 'admin@pathways.example.org', recordedAt: `${DATE}T09:10:00Z` }));

    const describe = (label: string, requests: string[]): void => {
      const batches = requests.filter((r) => r.includes('$batch')).length;
      console.log(`${label.padEnd(58)} ${String(requests.length).padStart(3)} HTTP requests (${batches} batch POSTs)`);
      for (const r of requests) console.log(`    ${r.replace(/http:\/\/localhost:\d+/, '')}`);
    };

    const baseline = await attendance.register(DATE, 'AM');
    const first = await fx.countRequests(() =>
      attendance.saveRegister({ date: DATE, session: 'AM', marks: marks('/'), reasons: new Map(), baseline, takenBy: 'admin@pathways.example.org', at: `${DATE}T09:20:00Z` }),
    );
    describe(`Save a ${PUPILS}-pupil register (creates ${first.result.saved.length} week items)`, first.requests);

    const reasons = new Map(ids.map((id) => [id, 'Register re-checked']));
    const second = await fx.countRequests(() =>
      attendance.saveRegister({ date: DATE, session: 'AM', marks: marks('L'), reasons, baseline: first.result.snapshot, takenBy: 'admin@pathways.example.org', at: `${DATE}T09:25:00Z` }),
    );
    describe(`Change all ${PUPILS} marks (with ${PUPILS} amendment records)`, second.requests);

    const cohort = await fx.countRequests(async () => {
      await Promise.all([pupils.list(), schools.list(), settings.get()]);
      return attendance.marksForYear('2026/27');
    });
    describe(`Load the cohort view (${cohort.result.length} marks)`, cohort.requests);
  } finally {
    await fx.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
