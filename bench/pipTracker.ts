/**
 * Speed of the PIP tracker and attendance against the plan for a large service: 300 pupils on roll, 120 PIPs
 * over the 2026/27 year (each with up to three timetables from reviews), 114,000 marks.
 * Run with `npx tsx bench/pipTracker.ts`. Prints figures (median of several runs after warm-up); exits 1 only
 * when the whole tracker (both sheets) clearly exceeds the 200 ms target.
 */
import { performance } from 'perf_hooks';
import {
  DEFAULT_SETTINGS,
  addDays,
  addWeeks,
  planAttendance,
  schoolDaysBetween,
  sheet1,
  sheet2,
  trackerPupilRows,
  trackerWeeks,
  type AttendanceMark,
  type Pip,
  type TrackerPupil,
} from '../src/domain';
import { WEEKDAYS } from '../src/domain/vocabulary';

const PUPILS = 300;
const PIPS = 120;
const TARGET_MS = 200;
const settings = DEFAULT_SETTINGS;
const YEAR = '2026/27';
const TODAY = '2027-07-16';

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const rnd = lcg(2026);

const pupils: TrackerPupil[] = Array.from({ length: PUPILS }, (_, i) => ({
  id: i + 1,
  firstName: `First${i}`,
  lastName: `Last${i}`,
  yearGroup: '9',
  enrolmentDate: addDays('2026-09-02', Math.floor(rnd() * 200) - 100),
  registration: 'Single',
  senProvision: 'N',
  fsm: rnd() < 0.4,
  pp: rnd() < 0.5,
}));

const slot = (day: number, hours: number): Pip['timetables'][number]['slots'][number] => ({
  day: WEEKDAYS[day],
  start: '09:00',
  end: `${String(9 + hours).padStart(2, '0')}:00`,
  location: 'Centre',
  curriculum: 'Core',
});

const pips: Pip[] = Array.from({ length: PIPS }, (_, i) => {
  const start = addDays('2026-09-07', Math.floor(rnd() * 35) * 7);
  const timetables = [0, 1, 2].slice(0, 1 + Math.floor(rnd() * 3)).map((k) => ({
    effectiveFrom: addWeeks(start, k * 6),
    slots: WEEKDAYS.slice(0, 2 + k).map((_d, day) => slot(day, 2 + k)),
  }));
  const ended = rnd() < 0.5;
  return {
    id: i + 1,
    pupilId: (i % PUPILS) + 1,
    status: ended ? 'Ended' : 'Active',
    startDate: start,
    plannedEndDate: addWeeks(start, 18),
    endedOn: ended ? addWeeks(start, 16) : undefined,
    reasons: ['Extended period of non-attendance'],
    interventions: [],
    targets: ['Attend'],
    timetables,
  };
});

const days = schoolDaysBetween('2026-09-02', TODAY, settings);
const marks: AttendanceMark[] = [];
for (const p of pupils)
  for (const date of days)
    for (const session of ['AM', 'PM'] as const)
      marks.push({ pupilId: p.id, date, session, code: rnd() < 0.85 ? '/' : 'C2', recordedBy: 'bench', recordedAt: '2026-09-02T09:00:00Z' });

function median(run: () => void, times = 9): number {
  for (let i = 0; i < 2; i++) run();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)];
}

const schoolNames = new Map<number, string>();
const weeksMs = median(() => sheet2(trackerWeeks('2026-09-02', TODAY, pips, pupils, settings)));
const rowsMs = median(() => sheet1(trackerPupilRows({ academicYear: YEAR, today: TODAY, pips, pupils, schoolNames, marks, settings }), YEAR));
const planMs = median(() => planAttendance(pips[0], marks, TODAY, settings));

console.log(`${PUPILS} pupils, ${PIPS} PIPs, ${marks.length} marks, ${trackerWeeks('2026-09-02', TODAY, pips, pupils, settings).length} school weeks`);
console.log(`sheet 2 (every week of the year): ${weeksMs.toFixed(1)} ms`);
console.log(`sheet 1 (with the year's attendance): ${rowsMs.toFixed(1)} ms`);
console.log(`attendance against the plan, one PIP: ${planMs.toFixed(1)} ms`);
if (weeksMs + rowsMs > TARGET_MS * 3) {
  console.error(`The tracker took ${(weeksMs + rowsMs).toFixed(0)} ms: well over the ${TARGET_MS} ms target.`);
  process.exit(1);
}
