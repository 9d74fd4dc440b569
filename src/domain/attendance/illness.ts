import { academicYearOf } from '../dates/academicYear';
import type { IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Session } from '../vocabulary';
import { isPossibleSession } from './sessionBuckets';

/**
 * Illness ("sickness") return to the LA (facts sheet §2, §10.9): alert when a pupil reaches
 * settings.illnessReturnDays (15) school days of code I, consecutive or cumulative in the school year.
 *
 * Choices (the rule does not say how sessions make days):
 *   - A day is two sessions: each I session counts as half a day, so AM + PM = 1 day and a single I
 *     session = 0.5 day. 15 days = 30 I sessions.
 *   - Cumulative: I sessions in the same academic year (1 August to 31 July).
 *   - Consecutive: a run of I sessions in recorded session order, broken by any other possible session
 *     (present, late, another absence). Not-possible sessions (e.g. # closure, Y codes) neither break nor
 *     extend the run; holidays have no marks so they do not break it either. A run may cross into a new
 *     school year.
 */

export interface MarkForIllness {
  date: IsoDate;
  session: Session;
  code: string;
}

export interface IllnessReturnResult {
  met: boolean;
  /** Which test was reached first; null when not met. */
  trigger: 'consecutive' | 'cumulative' | null;
  /** Date of the session on which the threshold was reached; null when not met. */
  reachedOn: IsoDate | null;
  /** Days of illness per academic year ('2026/27' → 7.5). */
  daysByAcademicYear: Record<string, number>;
  /** Longest consecutive run of illness, in days. */
  longestRunDays: number;
}

const ILLNESS_CODE = 'I';

export function checkIllnessReturn(
  marks: readonly MarkForIllness[],
  settings: Pick<SchoolSettings, 'illnessReturnDays' | 'notPossibleCodes'>,
): IllnessReturnResult {
  const thresholdSessions = settings.illnessReturnDays * 2;
  const sorted = marks
    .slice()
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.session === b.session ? 0 : a.session === 'AM' ? -1 : 1));
  const sessionsByYear: Record<string, number> = {};
  let run = 0;
  let longest = 0;
  let trigger: IllnessReturnResult['trigger'] = null;
  let reachedOn: IsoDate | null = null;

  for (const m of sorted) {
    if (m.code === ILLNESS_CODE) {
      const year = academicYearOf(m.date);
      sessionsByYear[year] = (sessionsByYear[year] || 0) + 1;
      run++;
      if (run > longest) longest = run;
      if (trigger === null) {
        if (run >= thresholdSessions) trigger = 'consecutive';
        else if (sessionsByYear[year] >= thresholdSessions) trigger = 'cumulative';
        if (trigger !== null) reachedOn = m.date;
      }
    } else if (isPossibleSession(m.code, settings)) {
      run = 0;
    }
  }

  const daysByAcademicYear: Record<string, number> = {};
  for (const y of Object.keys(sessionsByYear)) daysByAcademicYear[y] = sessionsByYear[y] / 2;
  return { met: trigger !== null, trigger, reachedOn, daysByAcademicYear, longestRunDays: longest / 2 };
}
