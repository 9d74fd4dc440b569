/**
 * A whole cohort's termly progress reports against the emulator over real HTTP: 40 pupils with two weeks of
 * registers, each report read, assembled, made as a Word document and filed in the pupil's folder of the Letters
 * library, one pupil after another as the Reports page does it (cohortReportRunner).
 * Run: npx tsx bench/cohortReports.ts
 * Not measured here: drawing each pupil's weekly chart as a picture (the browser does that; Node has no canvas), so
 * the documents are made with their table of weeks only.
 */
import { performance } from 'node:perf_hooks';
import { startPathwaysFixture } from '../tests/support/pathwaysFixture';
import { generateCohortReports } from '../src/data/reports/cohortReportRunner';
import { cohortSummary, type AttendanceMark, type Pupil } from '../src/domain';
import type { Saved } from '../src/data/ports';

const PUPILS = 40;
const PERIOD = { label: 'Autumn term 2026/27', start: '2026-09-02', end: '2026-12-18' };
const TODAY = '2026-11-20';
const DAYS = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
const ADMIN = 'admin@pathways.example.org';

async function main(): Promise<void> {
  const fx = await startPathwaysFixture();
  try {
    const pupils: Saved<Pupil>[] = [];
    for (let i = 1; i <= PUPILS; i++) pupils.push(await fx.addPupil(`CB-${String(i).padStart(3, '0')}`));
    const { attendance, settings } = fx.admin.services;
    for (const date of DAYS)
      for (const session of ['AM', 'PM'] as const) {
        const baseline = await attendance.register(date, session);
        const marks: AttendanceMark[] = pupils.map((p, i) => ({ pupilId: p.id, date, session, code: (i + date.length) % 7 === 0 ? 'O' : '/', recordedBy: ADMIN, recordedAt: `${date}T09:10:00Z` }));
        await attendance.saveRegister({ date, session, marks, reasons: new Map(), baseline, takenBy: ADMIN, at: `${date}T09:20:00Z` });
      }
    const s = await settings.get();
    const times: number[] = [];
    let last = performance.now();
    const started = last;
    const { result, requests } = await fx.countRequests(() =>
      generateCohortReports(fx.admin.services, {
        pupils,
        period: PERIOD,
        today: TODAY,
        settings: s,
        homeSchoolName: () => undefined,
        madeBy: 'Pathways Admin',
        onProgress: (p) => {
          const t = performance.now();
          if (p.position > 1) times.push(t - last);
          last = t;
        },
      }),
    );
    times.push(performance.now() - last);
    const total = performance.now() - started;
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`Termly progress reports for ${PUPILS} pupils (${DAYS.length * 2} sessions of registers each), against the emulator over HTTP`);
    console.log(`  ${cohortSummary(result).text}`);
    console.log(`  Total:            ${(total / 1000).toFixed(1)} s`);
    console.log(`  Per pupil:        median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, slowest ${sorted[sorted.length - 1].toFixed(0)} ms`);
    console.log(`  HTTP requests:    ${requests.length} (${(requests.length / PUPILS).toFixed(1)} a pupil)`);
    const filed = await fx.admin.services.letters.forPupil(pupils[PUPILS - 1].id);
    console.log(`  Check: the last pupil's folder holds ${filed.items.map((l) => `"${l.fileName}"`).join(', ')}`);
  } finally {
    await fx.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
