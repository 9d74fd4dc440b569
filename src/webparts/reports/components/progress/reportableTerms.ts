import { termPeriods, type ReviewPeriod, type SchoolSettings } from '../../../../domain';

/**
 * The terms a report can be made for: those started by today, latest first. Its own module, so the progress reports
 * for a group (on Reports' first screen) do not import the one-pupil panel (Fluent's controls) for it.
 */
export function reportableTerms(settings: Pick<SchoolSettings, 'terms'>, today: string): ReviewPeriod[] {
  return termPeriods(settings)
    .filter((p) => p.start <= today)
    .reverse();
}
