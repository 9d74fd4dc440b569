import { addDays, type IsoDate } from '../../src/domain/dates/isoDates';
import type { YearGroup } from '../../src/domain/vocabulary';
import type { Rng } from './random';

export type Phase = 'primary' | 'ks3' | 'ks4';

/** The mix of year groups on roll (40 pupils): Y3–6 8, KS3 16, KS4 16. */
export const YEAR_GROUP_MIX: readonly [YearGroup, number][] = [
  ['3', 1],
  ['4', 2],
  ['5', 2],
  ['6', 3],
  ['7', 4],
  ['8', 5],
  ['9', 7],
  ['10', 7],
  ['11', 9],
];

export function phaseOf(year: YearGroup): Phase {
  const n = Number(year);
  if (n <= 6) return 'primary';
  return n <= 9 ? 'ks3' : 'ks4';
}

/**
 * A date of birth for a pupil in `year` in the academic year starting in September `academicYearStart`:
 * Year 7 in 2026/27 was born 1 Sep 2014 – 31 Aug 2015 (Year R turns 5 during the year).
 */
export function dateOfBirthFor(year: YearGroup, rng: Rng, academicYearStart = 2026): IsoDate {
  const first = `${academicYearStart - Number(year) - 5}-09-01`;
  return addDays(first, rng.int(0, 364));
}
