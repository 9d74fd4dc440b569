/**
 * Settings for tests, built from the defaults: one builder, shared by domain, component and repository tests.
 */
import { DEFAULT_SETTINGS, type SchoolSettings, type TermDates } from '../../src/domain';

/** A deep copy of the defaults with the given changes. */
export function settingsWith(change: Partial<SchoolSettings> = {}): SchoolSettings {
  return { ...(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as SchoolSettings), ...change };
}

/** The three terms of an academic year from six half-term ranges ('2027/28', [[start, end] × 6]). */
export function academicYearTerms(academicYear: string, halves: readonly (readonly [string, string])[]): TermDates[] {
  const names = ['Autumn', 'Spring', 'Summer'] as const;
  return names.map((term, i) => ({
    academicYear,
    term,
    halfTerms: halves.slice(i * 2, i * 2 + 2).map(([start, end]) => ({ start, end })),
  }));
}

/** One fictional calendar year, 2027/28, to enter ahead. */
export const TERMS_2027_28 = academicYearTerms('2027/28', [
  ['2027-09-01', '2027-10-22'],
  ['2027-11-01', '2027-12-17'],
  ['2028-01-04', '2028-02-11'],
  ['2028-02-21', '2028-03-31'],
  ['2028-04-18', '2028-05-26'],
  ['2028-06-05', '2028-07-20'],
]);
