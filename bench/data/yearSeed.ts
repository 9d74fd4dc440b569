/**
 * The scale seed of bench/dataRequests.ts: local mode's demo site (40 pupils, marks to 20/11/2026) given a full
 * school year of marks, then 260 more pupils with theirs (300 on roll). Bulk rows are bench data written straight
 * into the emulator's store, as tests/support/scaleFixture.ts does; each week item has the product's own columns
 * (weekValues: codes, keys and the per-session detail JSON), in its pupil's folder, so every read costs what it
 * would on a real site.
 */
import { academicYearBounds, addDays, isoWeekday, mondayOf, schoolDaysBetween, type AttendanceMark, type SchoolSettings } from '../../src/domain';
import { WEEK_SESSION_FIELDS, listByKey } from '../../src/lists';
import { emptyWeek, weekValues, withMarks } from '../../src/data/sp/attendance/weekItem';
import type { LocalMode } from '../../local/localMode';

const pupilsList = listByKey('pupils');
const weeksList = listByKey('attendanceWeeks');
export const BENCH_YEAR = '2026/27';
/** The demo's own marks end in the week of its `today` (20/11/2026); the bench writes every later week. */
const DEMO_LAST_MONDAY = '2026-11-16';

/** Deterministic pseudo-random numbers (32-bit LCG), so every run measures the same data. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export interface YearSeed {
  /** The school days of the year the bench runs on; the last is "today", left unmarked for the register save. */
  readonly days: readonly string[];
  readonly today: string;
}

export function benchYear(settings: SchoolSettings): YearSeed {
  const { start, end } = academicYearBounds(BENCH_YEAR);
  const days = schoolDaysBetween(start, end, settings);
  const today = days[days.length - 1];
  if (today === undefined || isoWeekday(today) === 1) throw new Error('The bench needs a school year whose last day is not a Monday.');
  return { days, today };
}

const rand = lcg(20260907);
const ABSENCES = ['I', 'I', 'M', 'C2', 'O', 'N', 'U', 'G', 'E'];

/** Week-item rows (REST body values) for one pupil's marks on `days`, with each pupil's own absence habit. */
function weekRows(pupilId: number, days: readonly string[], recordedBy: string): Record<string, unknown>[] {
  const habit = rand() * 0.3;
  const byMonday = new Map<string, AttendanceMark[]>();
  for (const date of days) {
    for (const session of ['AM', 'PM'] as const) {
      const r = rand();
      let code = session === 'AM' ? '/' : '\\';
      if (r < habit) code = ABSENCES[Math.floor(rand() * ABSENCES.length)];
      else if (r < habit + 0.03) code = 'L';
      const mark: AttendanceMark = { pupilId, date, session, code, recordedBy, recordedAt: `${date}T${session === 'AM' ? '09:05' : '13:35'}:00Z`, ...(code === 'L' ? { minutesLate: 12, arrivalTime: '09:12' } : {}) };
      const monday = mondayOf(date);
      byMonday.set(monday, [...(byMonday.get(monday) ?? []), mark]);
    }
  }
  return [...byMonday.entries()].map(([monday, marks]) => {
    const { PwPupil, ...values } = weekValues(withMarks(emptyWeek(pupilId, monday), marks), WEEK_SESSION_FIELDS);
    return { ...values, PwPupilId: PwPupil };
  });
}

const onRoll = (data: Record<string, unknown>, day: string): boolean => {
  const from = String(data.PwEnrolmentDate ?? '').slice(0, 10);
  const to = data.PwLeavingDate ? String(data.PwLeavingDate).slice(0, 10) : '9999-12-31';
  return from <= day && day <= to;
};

/** Every pupil already on the site gets marks for each school day after the demo's own, up to the day before `today`. */
export function completeTheYear(local: LocalMode, year: YearSeed, recordedBy: string): number {
  const marked = year.days.filter((d) => mondayOf(d) > DEMO_LAST_MONDAY && d < year.today);
  let items = 0;
  for (const pupil of local.store.items(pupilsList.title).filter((i) => i.fsType === 0)) {
    const days = marked.filter((d) => onRoll(pupil.data, d));
    if (days.length > 0) items += local.store.bulkInsert(weeksList.title, weekRows(pupil.id, days, recordedBy), { folder: String(pupil.data.PwPupilRef) });
  }
  return items;
}

/** `count` more pupils on roll from the start of the year, each with a full year of marks up to the day before `today`. */
export function addPupilsWithTheirYear(local: LocalMode, year: YearSeed, count: number, recordedBy: string): number {
  const start = year.days[0];
  const existing = local.store.items(pupilsList.title).filter((i) => i.fsType === 0).length;
  const rows = Array.from({ length: count }, (_, n) => {
    const i = existing + n + 1;
    return {
      Title: `Bench${i}, Pupil`, PwPupilRef: `BN-${String(i).padStart(4, '0')}`, PwFirstName: 'Pupil', PwLastName: `Bench${i}`,
      PwDateOfBirth: `201${i % 10}-0${1 + (i % 9)}-15T00:00:00Z`, PwYearGroup: String(7 + (i % 5)), PwEnrolmentDate: `${addDays(start, -1)}T00:00:00Z`,
      PwRegistration: 'Single', PwSupportTier: 'Universal', PwSenProvision: 'N',
    };
  });
  local.store.bulkInsert(pupilsList.title, rows);
  const refs = new Set(rows.map((r) => r.PwPupilRef));
  let items = 0;
  const marked = year.days.filter((d) => d < year.today);
  for (const pupil of local.store.items(pupilsList.title).filter((i) => refs.has(String(i.data.PwPupilRef)))) {
    items += local.store.bulkInsert(weeksList.title, weekRows(pupil.id, marked, recordedBy), { folder: String(pupil.data.PwPupilRef) });
  }
  return items;
}
