import { minDate, type IsoDate } from '../dates/isoDates';
import type { ReviewPeriod } from '../meetings/reviewPeriods';
import type { Pupil } from '../pupils/pupil';

/**
 * Termly progress reports for a whole cohort in one action: which pupils, what the progress line says, and what
 * became of each pupil's report (filed, failed with the reason, or not made because the run was cancelled).
 */

/** A group of the cohort: pupils of one home school and/or one year group (both left out: every pupil). */
export interface CohortFilter {
  readonly homeSchoolId?: number;
  readonly yearGroup?: Pupil['yearGroup'];
}

type CohortPupil = Pick<Pupil, 'firstName' | 'lastName' | 'preferredName' | 'enrolmentDate' | 'leavingDate' | 'homeSchoolId' | 'yearGroup'> & {
  readonly id: number;
};

/** The name a report and the progress line use: the preferred first name and the last name. */
export function reportName(pupil: Pick<Pupil, 'firstName' | 'lastName' | 'preferredName'>): string {
  return `${pupil.preferredName ?? pupil.firstName} ${pupil.lastName}`;
}

/**
 * The pupils whose term report is due: on roll on at least one day of the term up to today (enrolled by its last
 * day reported on, not left before its first day), in the group asked for; by last name, then first name.
 */
export function cohortForTerm<P extends CohortPupil>(pupils: readonly P[], period: ReviewPeriod, today: IsoDate, filter: CohortFilter = {}): P[] {
  const to = minDate(period.end, today);
  return pupils
    .filter((p) => p.enrolmentDate <= to && (p.leavingDate === undefined || p.leavingDate >= period.start))
    .filter((p) => filter.homeSchoolId === undefined || p.homeSchoolId === filter.homeSchoolId)
    .filter((p) => filter.yearGroup === undefined || p.yearGroup === filter.yearGroup)
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'en-GB') || reportName(a).localeCompare(reportName(b), 'en-GB') || a.id - b.id);
}

/** "Generating 12 of 40: Sam Carter…" — `position` counts from 1. */
export function cohortProgressText(position: number, total: number, name: string): string {
  return `Generating ${position} of ${total}: ${name}…`;
}

export type CohortOutcome =
  | { readonly pupilId: number; readonly name: string; readonly status: 'filed'; readonly fileName: string; /** Records that could not be read and were left out of the report. */ readonly leftOut: number }
  | { readonly pupilId: number; readonly name: string; readonly status: 'failed'; readonly reason: string }
  | { readonly pupilId: number; readonly name: string; readonly status: 'cancelled' };

export interface CohortSummary {
  readonly filed: number;
  readonly failed: number;
  readonly cancelled: number;
  /** One sentence for the status line, e.g. "38 of 40 reports filed; 2 failed; 0 not made (cancelled)." */
  readonly text: string;
}

export function cohortSummary(outcomes: readonly CohortOutcome[]): CohortSummary {
  const count = (s: CohortOutcome['status']): number => outcomes.filter((o) => o.status === s).length;
  const filed = count('filed');
  const failed = count('failed');
  const cancelled = count('cancelled');
  const parts = [`${filed} of ${outcomes.length} ${outcomes.length === 1 ? 'report' : 'reports'} filed`];
  if (failed > 0) parts.push(`${failed} failed`);
  if (cancelled > 0) parts.push(`${cancelled} not made (cancelled)`);
  return { filed, failed, cancelled, text: `${parts.join('; ')}.` };
}

/** The pupils to try again: those whose report failed or was not made. */
export function pupilsToRetry(outcomes: readonly CohortOutcome[]): number[] {
  return outcomes.filter((o) => o.status !== 'filed').map((o) => o.pupilId);
}

/** The outcomes after a retry: the retried pupils' new outcomes replace their old ones, in the first run's order. */
export function mergeOutcomes(before: readonly CohortOutcome[], retried: readonly CohortOutcome[]): CohortOutcome[] {
  const byPupil = new Map(retried.map((o) => [o.pupilId, o]));
  return before.map((o) => byPupil.get(o.pupilId) ?? o);
}
