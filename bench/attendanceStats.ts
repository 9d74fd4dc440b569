/**
 * Speed of the attendance statistics over a full PRU year: 300 pupils × 380 sessions = 114,000 marks.
 * Run with `npx tsx bench/attendanceStats.ts`. Prints figures (median of several runs after warm-up);
 * exits 1 only when attendanceStats clearly exceeds the 50 ms target.
 */
import { performance } from 'perf_hooks';
import {
  COHORT_DIMENSIONS,
  DEFAULT_SETTINGS,
  addDays,
  attendanceStats,
  checkPenaltyThreshold,
  cohortBreakdown,
  isWeekday,
  marksByPupil,
  penaltyAlerts,
  schoolDaysBetween,
  type AttendanceMark,
  type CohortPupil,
} from '../src/domain';
import { NEED_CODES, SEN_PROVISION_CODES, SUPPORT_TIERS, YEAR_GROUPS } from '../src/domain/vocabulary';

const PUPILS = 300;
const DAYS = 190;
const TARGET_MS = 50;
const settings = DEFAULT_SETTINGS;

/** Deterministic pseudo-random numbers (32-bit LCG), so every run measures the same data. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** 190 school days of 2025/26 from the default calendar (topped up with weekdays if the calendar is short). */
function schoolDays(): string[] {
  const days = schoolDaysBetween('2025-08-01', '2026-07-31', settings).slice(0, DAYS);
  let d = days.length > 0 ? days[days.length - 1] : '2026-07-31';
  while (days.length < DAYS) {
    d = addDays(d, 1);
    if (isWeekday(d)) days.push(d);
  }
  return days;
}

/** Mostly present, with each pupil's own absence habit; ordered week by week, pupil by pupil (as the week items arrive). */
function generate(): { marks: AttendanceMark[]; pupils: CohortPupil[] } {
  const rand = lcg(20260901);
  const days = schoolDays();
  const habit = Array.from({ length: PUPILS }, () => rand() * 0.35);
  const absences = ['I', 'I', 'M', 'C2', 'O', 'N', 'U', 'G', 'E'];
  const marks: AttendanceMark[] = [];
  for (let start = 0; start < days.length; start += 5) {
    const weekDays = days.slice(start, start + 5);
    for (let p = 0; p < PUPILS; p++) {
      for (const date of weekDays) {
        for (const session of ['AM', 'PM'] as const) {
          const r = rand();
          let code = session === 'AM' ? '/' : '\\';
          if (r < habit[p]) code = absences[Math.floor(rand() * absences.length)];
          else if (r < habit[p] + 0.03) code = 'L';
          else if (r > 0.995) code = '#';
          marks.push({ pupilId: p + 1, date, session, code, recordedBy: 'bench@pathways.example.org', recordedAt: `${date}T09:05:00Z` });
        }
      }
    }
  }
  const pupils: CohortPupil[] = Array.from({ length: PUPILS }, (_, i) => ({
    id: i + 1,
    yearGroup: YEAR_GROUPS[i % YEAR_GROUPS.length],
    senProvision: SEN_PROVISION_CODES[i % 3],
    primaryNeed: i % 3 === 2 ? undefined : NEED_CODES[i % NEED_CODES.length],
    supportTier: SUPPORT_TIERS[i % SUPPORT_TIERS.length],
    homeSchoolId: i % 11 === 0 ? undefined : 1 + (i % 24),
  }));
  return { marks, pupils };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median time of `runs` runs after `warmup` untimed ones. `sink` keeps results alive so nothing is optimised away. */
let sink = 0;
function time(label: string, fn: () => number, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) sink += fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += fn();
    times.push(performance.now() - t0);
  }
  const m = median(times);
  console.log(`${label.padEnd(58)} ${m.toFixed(2).padStart(9)} ms  (median of ${runs}; min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)})`);
  return m;
}

const { marks, pupils } = generate();
console.log(`Attendance statistics benchmark: ${PUPILS} pupils × ${DAYS * 2} sessions = ${marks.length.toLocaleString('en-GB')} marks (Node ${process.version})`);

const onePass = time('attendanceStats (one pass, whole cohort)', () => attendanceStats(marks, settings).pupils.length, 21, 5);
const naive = time('naive per-pupil re-scan (filter all marks per pupil)', () => {
  let n = 0;
  for (const p of pupils) n += attendanceStats(marks.filter((m) => m.pupilId === p.id), settings).group.possible;
  return n;
}, 5, 1);
console.log(`${'ratio naive / one pass'.padEnd(58)} ${(naive / onePass).toFixed(1).padStart(9)} ×`);

const stats = attendanceStats(marks, settings).pupils;
time(`cohortBreakdown (all ${COHORT_DIMENSIONS.length} groupings, from the per-pupil stats)`, () => {
  let n = 0;
  for (const d of COHORT_DIMENSIONS) n += cohortBreakdown(pupils, stats, d).length;
  return n;
}, 21, 5);
time('attendanceStats + cohortBreakdown (what the cohort view does)', () => {
  const s = attendanceStats(marks, settings).pupils;
  let n = 0;
  for (const d of COHORT_DIMENSIONS) n += cohortBreakdown(pupils, s, d).length;
  return n;
}, 21, 5);
const grouped = marksByPupil(marks);
time('checkPenaltyThreshold (each pupil, marks already grouped)', () => {
  let n = 0;
  grouped.forEach((own) => {
    n += checkPenaltyThreshold(own, settings).highestCountInAnyWindow;
  });
  return n;
}, 11, 3);
time('penaltyAlerts (group by pupil + threshold for everyone)', () => penaltyAlerts(marks, settings).length, 11, 3);

if (sink === -1) console.log('');
if (onePass > TARGET_MS * 1.5) {
  console.error(`attendanceStats took ${onePass.toFixed(1)} ms, well over the ${TARGET_MS} ms target.`);
  process.exit(1);
}
console.log(`Target: attendanceStats ≤ ${TARGET_MS} ms on this machine; measured ${onePass.toFixed(2)} ms.`);
