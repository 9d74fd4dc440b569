import type { IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import { ATTENDANCE_CODES } from './codes';
import { bucketOf, type StatisticalBucket } from './sessionBuckets';

/**
 * Attendance and absence statistics (facts sheet §3, DfE methodology):
 *   possible     = sessions with a possible code (not-possible codes excluded; see sessionBuckets)
 *   attended     = present (/ \ L) + approved educational activity (K V P W B)
 *   attendance % = attended / possible × 100
 *   overall absence rate = (authorised + unauthorised) / possible × 100, and each part on its own
 *   persistent absentee: overall absence ≥ settings.persistentAbsencePercent (10) of the pupil's own possible sessions
 *   severely absent:     overall absence ≥ settings.severeAbsencePercent (50)
 * Group figures are worked out per pupil, then summed (rates = summed sessions / summed possible), and
 * PA rate = PA pupils / pupils with at least one possible session.
 *
 * One pass over the marks; per-pupil work is a fixed-size count array, so 114,000 marks take a few ms.
 */

export type StatsSettings = Pick<SchoolSettings, 'notPossibleCodes' | 'persistentAbsencePercent' | 'severeAbsencePercent'>;

/** The fields the statistics read: AttendanceMark has them all. */
export interface MarkForStats {
  pupilId: number;
  date: IsoDate;
  code: string;
}

export interface DateRangeFilter {
  from?: IsoDate;
  to?: IsoDate;
}

export interface AttendanceStats {
  possible: number;
  attended: number;
  present: number;
  aea: number;
  authorised: number;
  unauthorised: number;
  /** Marks in range that are not possible sessions (including unrecognised codes). */
  notPossible: number;
  /** Null when there are no possible sessions. Unrounded: use roundPercent to show. */
  attendancePercent: number | null;
  overallAbsenceRate: number | null;
  authorisedAbsenceRate: number | null;
  unauthorisedAbsenceRate: number | null;
  /** Sessions per code, only codes that occur. Unrecognised codes are counted under their own text. */
  byCode: Record<string, number>;
}

export interface PupilAttendanceStats extends AttendanceStats {
  pupilId: number;
  persistentlyAbsent: boolean;
  severelyAbsent: boolean;
}

export interface GroupAttendanceStats extends AttendanceStats {
  pupilCount: number;
  pupilsWithPossibleSessions: number;
  persistentAbsentees: number;
  severeAbsentees: number;
  /** PA pupils / pupils with possible sessions × 100; null when none. */
  persistentAbsenceRate: number | null;
  severeAbsenceRate: number | null;
}

export interface AttendanceStatsResult {
  pupils: PupilAttendanceStats[];
  group: GroupAttendanceStats;
}

const CODE_COUNT = ATTENDANCE_CODES.length;
const CODE_INDEX: Record<string, number> = {};
ATTENDANCE_CODES.forEach((c, i) => {
  CODE_INDEX[c.code] = i;
});
const hasOwn = Object.prototype.hasOwnProperty;

interface PupilAccumulator {
  counts: Int32Array;
  unknown: Record<string, number> | null;
}

const percentOf = (part: number, whole: number): number | null => (whole > 0 ? (part * 100) / whole : null);

function emptyTotals(): Omit<AttendanceStats, 'attendancePercent' | 'overallAbsenceRate' | 'authorisedAbsenceRate' | 'unauthorisedAbsenceRate'> {
  return { possible: 0, attended: 0, present: 0, aea: 0, authorised: 0, unauthorised: 0, notPossible: 0, byCode: {} };
}

function withRates<T extends Omit<AttendanceStats, 'attendancePercent' | 'overallAbsenceRate' | 'authorisedAbsenceRate' | 'unauthorisedAbsenceRate'>>(
  t: T,
): T & Pick<AttendanceStats, 'attendancePercent' | 'overallAbsenceRate' | 'authorisedAbsenceRate' | 'unauthorisedAbsenceRate'> {
  return {
    ...t,
    attendancePercent: percentOf(t.attended, t.possible),
    overallAbsenceRate: percentOf(t.authorised + t.unauthorised, t.possible),
    authorisedAbsenceRate: percentOf(t.authorised, t.possible),
    unauthorisedAbsenceRate: percentOf(t.unauthorised, t.possible),
  };
}

/** True when `part` is at least `percent`% of `whole`, in exact integer arithmetic (38 of 380 is 10%). */
export function isAtLeastPercent(part: number, whole: number, percent: number): boolean {
  return whole > 0 && part * 100 >= percent * whole;
}

/** Statistics for any set of marks (one pupil or many), optionally limited to a date range (both ends included). */
export function attendanceStats(
  marks: readonly MarkForStats[],
  settings: StatsSettings,
  range: DateRangeFilter = {},
): AttendanceStatsResult {
  const buckets: StatisticalBucket[] = ATTENDANCE_CODES.map((c) => bucketOf(c, settings.notPossibleCodes));
  const from = range.from;
  const to = range.to;
  const byPupil = new Map<number, PupilAccumulator>();
  let lastId = NaN;
  let last: PupilAccumulator | undefined;

  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    if ((from !== undefined && m.date < from) || (to !== undefined && m.date > to)) continue;
    if (m.pupilId !== lastId) {
      lastId = m.pupilId;
      last = byPupil.get(lastId);
      if (!last) {
        last = { counts: new Int32Array(CODE_COUNT), unknown: null };
        byPupil.set(lastId, last);
      }
    }
    const acc = last as PupilAccumulator;
    if (hasOwn.call(CODE_INDEX, m.code)) acc.counts[CODE_INDEX[m.code]]++;
    else {
      const unknown = acc.unknown || (acc.unknown = {});
      unknown[m.code] = (unknown[m.code] || 0) + 1;
    }
  }

  const group = { ...emptyTotals(), pupilCount: 0, pupilsWithPossibleSessions: 0, persistentAbsentees: 0, severeAbsentees: 0 };
  const pupils: PupilAttendanceStats[] = [];

  byPupil.forEach((acc, pupilId) => {
    const t = emptyTotals();
    for (let c = 0; c < CODE_COUNT; c++) {
      const n = acc.counts[c];
      if (n === 0) continue;
      t.byCode[ATTENDANCE_CODES[c].code] = n;
      group.byCode[ATTENDANCE_CODES[c].code] = (group.byCode[ATTENDANCE_CODES[c].code] || 0) + n;
      switch (buckets[c]) {
        case 'present':
          t.present += n;
          break;
        case 'aea':
          t.aea += n;
          break;
        case 'authorised':
          t.authorised += n;
          break;
        case 'unauthorised':
          t.unauthorised += n;
          break;
        default:
          t.notPossible += n;
      }
    }
    if (acc.unknown) {
      for (const code of Object.keys(acc.unknown)) {
        t.notPossible += acc.unknown[code];
        t.byCode[code] = acc.unknown[code];
        group.byCode[code] = (group.byCode[code] || 0) + acc.unknown[code];
      }
    }
    t.attended = t.present + t.aea;
    t.possible = t.attended + t.authorised + t.unauthorised;
    const absent = t.authorised + t.unauthorised;
    const persistentlyAbsent = isAtLeastPercent(absent, t.possible, settings.persistentAbsencePercent);
    const severelyAbsent = isAtLeastPercent(absent, t.possible, settings.severeAbsencePercent);
    pupils.push({ pupilId, ...withRates(t), persistentlyAbsent, severelyAbsent });

    group.pupilCount++;
    if (t.possible > 0) group.pupilsWithPossibleSessions++;
    if (persistentlyAbsent) group.persistentAbsentees++;
    if (severelyAbsent) group.severeAbsentees++;
    group.present += t.present;
    group.aea += t.aea;
    group.attended += t.attended;
    group.authorised += t.authorised;
    group.unauthorised += t.unauthorised;
    group.notPossible += t.notPossible;
    group.possible += t.possible;
  });

  return {
    pupils,
    group: {
      ...withRates(group),
      persistentAbsenceRate: percentOf(group.persistentAbsentees, group.pupilsWithPossibleSessions),
      severeAbsenceRate: percentOf(group.severeAbsentees, group.pupilsWithPossibleSessions),
    },
  };
}

/** Statistics for one pupil's marks (other pupils' marks in the list are ignored). Zeros when there are none. */
export function pupilAttendanceStats(
  pupilId: number,
  marks: readonly MarkForStats[],
  settings: StatsSettings,
  range: DateRangeFilter = {},
): PupilAttendanceStats {
  const own = marks.filter((m) => m.pupilId === pupilId);
  const found = attendanceStats(own, settings, range).pupils[0];
  return (
    found || {
      pupilId,
      ...withRates(emptyTotals()),
      persistentlyAbsent: false,
      severelyAbsent: false,
    }
  );
}

/** Rounds a percentage for display (1 decimal place by default); null stays null. */
export function roundPercent(value: number | null, decimals = 1): number | null {
  if (value === null) return null;
  const f = Math.pow(10, decimals);
  return Math.round(value * f) / f;
}
