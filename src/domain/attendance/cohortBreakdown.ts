import type { Pupil } from '../pupils/pupil';
import { academicYearBounds } from '../dates/academicYear';
import type { IsoDate } from '../dates/isoDates';
import {
  NEED_CODES,
  NEED_LABELS,
  SEN_PROVISION_CODES,
  SEN_PROVISION_LABELS,
  SUPPORT_TIERS,
  YEAR_GROUPS,
} from '../vocabulary';
import type { PupilAttendanceStats } from './stats';

/**
 * Attendance of the cohort by group: home school, year group, SEN provision (E/K/N), primary need, support tier,
 * and free school meals, pupil premium and looked after (yes or no).
 * Per group: pupils, possible sessions, attendance % (summed attended / summed possible, DfE method), the
 * persistent absentees (count, and rate = PA pupils / pupils with possible sessions) and the severely absent.
 * Takes the per-pupil statistics worked out once (attendanceStats), so each breakdown is one pass over pupils.
 */

export const COHORT_DIMENSIONS = ['homeSchool', 'yearGroup', 'senProvision', 'primaryNeed', 'supportTier', 'fsm', 'pp', 'lac'] as const;
export type CohortDimension = (typeof COHORT_DIMENSIONS)[number];

export const COHORT_DIMENSION_LABELS: Record<CohortDimension, string> = {
  homeSchool: 'Home school',
  yearGroup: 'Year group',
  senProvision: 'SEN provision',
  primaryNeed: 'Primary need',
  supportTier: 'Support tier',
  fsm: 'Free school meals',
  pp: 'Pupil premium',
  lac: 'Looked after',
};

/** The yes/no groups, in words. */
const FLAG_LABELS: Record<'fsm' | 'pp' | 'lac', [string, string]> = {
  fsm: ['Eligible for free school meals', 'Not eligible for free school meals'],
  pp: ['Pupil premium', 'No pupil premium'],
  lac: ['Looked after', 'Not looked after'],
};

export type CohortPupil = Pick<Pupil, 'yearGroup' | 'senProvision' | 'primaryNeed' | 'supportTier' | 'homeSchoolId'> & Partial<Pick<Pupil, 'fsm' | 'pp' | 'lac'>> & {
  id: number;
};

export interface CohortGroup {
  /** Stable key of the group ('12' for a school id, '10' for Year 10, 'none' for no value). */
  key: string;
  label: string;
  pupils: number;
  pupilsWithPossibleSessions: number;
  possible: number;
  attended: number;
  /** Null when the group has no possible sessions. */
  attendancePercent: number | null;
  persistentAbsentees: number;
  /** PA pupils / pupils with possible sessions × 100; null when none. */
  persistentAbsenceRate: number | null;
  severeAbsentees: number;
}

export interface CohortLabels {
  /** Home school names by id; a school id with no name is shown as not visible. */
  schoolNames?: ReadonlyMap<number, string>;
}

const NONE = 'none';

/** The group a pupil falls in for a dimension: its stable key and label. */
export function cohortGroupOf(p: CohortPupil, dimension: CohortDimension, labels: CohortLabels = {}): [string, string] {
  switch (dimension) {
    case 'homeSchool':
      if (p.homeSchoolId === undefined) return [NONE, 'No home school'];
      return [String(p.homeSchoolId), labels.schoolNames?.get(p.homeSchoolId) ?? 'School not visible to you'];
    case 'yearGroup':
      return [p.yearGroup, p.yearGroup === 'R' ? 'Reception' : `Year ${p.yearGroup}`];
    case 'senProvision':
      return [p.senProvision, `${p.senProvision}: ${SEN_PROVISION_LABELS[p.senProvision]}`];
    case 'primaryNeed':
      return p.primaryNeed === undefined ? [NONE, 'No need recorded'] : [p.primaryNeed, `${p.primaryNeed}: ${NEED_LABELS[p.primaryNeed]}`];
    case 'fsm':
    case 'pp':
    case 'lac':
      return p[dimension] === true ? ['yes', FLAG_LABELS[dimension][0]] : ['no', FLAG_LABELS[dimension][1]];
    default:
      return [p.supportTier, p.supportTier];
  }
}

const VOCABULARY_ORDER: Partial<Record<CohortDimension, readonly string[]>> = {
  yearGroup: YEAR_GROUPS,
  senProvision: SEN_PROVISION_CODES,
  primaryNeed: NEED_CODES,
  supportTier: SUPPORT_TIERS,
  fsm: ['yes', 'no'],
  pp: ['yes', 'no'],
  lac: ['yes', 'no'],
};

function compareGroups(dimension: CohortDimension): (a: CohortGroup, b: CohortGroup) => number {
  const order = VOCABULARY_ORDER[dimension];
  return (a, b) => {
    if (a.key === NONE || b.key === NONE) return a.key === b.key ? 0 : a.key === NONE ? 1 : -1;
    if (order) return order.indexOf(a.key) - order.indexOf(b.key);
    return a.label.localeCompare(b.label, 'en-GB');
  };
}

const percentOf = (part: number, whole: number): number | null => (whole > 0 ? (part * 100) / whole : null);

/** One row per group that has at least one pupil, in the vocabulary's order (schools by name; "none" last). */
export function cohortBreakdown(
  pupils: readonly CohortPupil[],
  stats: readonly PupilAttendanceStats[],
  dimension: CohortDimension,
  labels: CohortLabels = {},
): CohortGroup[] {
  const statsOf = new Map(stats.map((s) => [s.pupilId, s]));
  const groups = new Map<string, CohortGroup>();
  for (const p of pupils) {
    const [key, label] = cohortGroupOf(p, dimension, labels);
    let g = groups.get(key);
    if (!g) {
      g = { key, label, pupils: 0, pupilsWithPossibleSessions: 0, possible: 0, attended: 0, attendancePercent: null, persistentAbsentees: 0, persistentAbsenceRate: null, severeAbsentees: 0 };
      groups.set(key, g);
    }
    g.pupils++;
    const s = statsOf.get(p.id);
    if (!s) continue;
    g.possible += s.possible;
    g.attended += s.attended;
    if (s.possible > 0) g.pupilsWithPossibleSessions++;
    if (s.persistentlyAbsent) g.persistentAbsentees++;
    if (s.severelyAbsent) g.severeAbsentees++;
  }
  const rows = Array.from(groups.values()).map((g) => ({
    ...g,
    attendancePercent: percentOf(g.attended, g.possible),
    persistentAbsenceRate: percentOf(g.persistentAbsentees, g.pupilsWithPossibleSessions),
  }));
  return rows.sort(compareGroups(dimension));
}

/** Pupils on roll at any time in the academic year ('2026/27') up to `today`, or with marks in it. */
export function pupilsInYear<P extends CohortPupil & Pick<Pupil, 'enrolmentDate' | 'leavingDate'>>(
  pupils: readonly P[],
  academicYear: string,
  today: IsoDate,
  withMarks: ReadonlySet<number> = new Set(),
): P[] {
  const { start } = academicYearBounds(academicYear);
  return pupils.filter(
    (p) => withMarks.has(p.id) || (p.enrolmentDate <= today && (p.leavingDate === undefined || p.leavingDate >= start)),
  );
}

/** Persistent (or severe) absentees with their figures, lowest attendance first. */
export function absenteeList(stats: readonly PupilAttendanceStats[], which: 'persistent' | 'severe'): PupilAttendanceStats[] {
  return stats
    .filter((s) => (which === 'persistent' ? s.persistentlyAbsent : s.severelyAbsent))
    .sort((a, b) => (a.attendancePercent ?? 0) - (b.attendancePercent ?? 0) || a.pupilId - b.pupilId);
}
