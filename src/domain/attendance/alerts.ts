import { academicYearOf } from '../dates/academicYear';
import type { IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Session } from '../vocabulary';
import { checkIllnessReturn, type IllnessReturnResult } from './illness';
import { checkPenaltyThreshold, type PenaltyThresholdResult } from './penaltyThreshold';

/**
 * The attendance worklists: prompts for a person to act on, never automatic decisions.
 *   - penalty-notice threshold (facts §4): the threshold obliges the headteacher to CONSIDER a notice; the
 *     policy is support first, so the list is worded as a prompt to review support, not a fine;
 *   - illness return (facts §2): 15 school days of code I in the school year → tell the LA;
 *   - stage worklist (policy stages 2 and 3): the latest week and the year to date (stageWorklist.ts).
 */

export interface AlertMark {
  pupilId: number;
  date: IsoDate;
  session: Session;
  code: string;
}

/** Marks grouped by pupil, each pupil's marks in the order given. */
export function marksByPupil<M extends { pupilId: number }>(marks: readonly M[]): Map<number, M[]> {
  const out = new Map<number, M[]>();
  for (const m of marks) {
    const list = out.get(m.pupilId);
    if (list) list.push(m);
    else out.set(m.pupilId, [m]);
  }
  return out;
}

export type AlertLevel = 'met' | 'near';

export interface PenaltyAlert<M extends AlertMark = AlertMark> {
  pupilId: number;
  level: AlertLevel;
  result: PenaltyThresholdResult<M>;
}

/**
 * Pupils who met the threshold, and (level 'near') those within `nearBy` sessions of it in some window.
 * Met first, then by most qualifying sessions.
 */
export function penaltyAlerts<M extends AlertMark>(
  marks: readonly M[],
  settings: Pick<SchoolSettings, 'penaltyThreshold' | 'terms' | 'closures'>,
  nearBy = 2,
): PenaltyAlert<M>[] {
  const out: PenaltyAlert<M>[] = [];
  const near = Math.max(1, settings.penaltyThreshold.sessions - nearBy);
  const codes = settings.penaltyThreshold.codes;
  marksByPupil(marks).forEach((own, pupilId) => {
    // Cheap first: a pupil with fewer qualifying sessions in all than "near" cannot be listed.
    let qualifying = 0;
    for (const m of own) if (codes.indexOf(m.code) >= 0) qualifying++;
    if (qualifying < near) return;
    const result = checkPenaltyThreshold(own, settings);
    if (result.met) out.push({ pupilId, level: 'met', result });
    else if (result.highestCountInAnyWindow >= near) out.push({ pupilId, level: 'near', result });
  });
  return out.sort(
    (a, b) =>
      (a.level === b.level ? 0 : a.level === 'met' ? -1 : 1) ||
      b.result.highestCountInAnyWindow - a.result.highestCountInAnyWindow ||
      a.pupilId - b.pupilId,
  );
}

export interface IllnessAlert {
  pupilId: number;
  level: AlertLevel;
  /** Days of code I in the academic year (two sessions make a day). */
  days: number;
  result: IllnessReturnResult;
}

/**
 * Pupils with code I in `academicYear` who reached the LA sickness return (level 'met'), or are within
 * `nearDays` days of it ('near': "reasonably expected to be absent for 15 days" may already apply).
 * Only that year's marks are read.
 */
export function illnessAlerts(
  marks: readonly AlertMark[],
  settings: Pick<SchoolSettings, 'illnessReturnDays' | 'notPossibleCodes'>,
  academicYear: string,
  nearDays = 5,
): IllnessAlert[] {
  const out: IllnessAlert[] = [];
  const inYear = marks.filter((m) => academicYearOf(m.date) === academicYear);
  marksByPupil(inYear).forEach((own, pupilId) => {
    if (!own.some((m) => m.code === 'I')) return;
    const result = checkIllnessReturn(own, settings);
    const days = result.daysByAcademicYear[academicYear] ?? 0;
    if (result.met) out.push({ pupilId, level: 'met', days, result });
    else if (days >= settings.illnessReturnDays - nearDays) out.push({ pupilId, level: 'near', days, result });
  });
  return out.sort((a, b) => (a.level === b.level ? 0 : a.level === 'met' ? -1 : 1) || b.days - a.days || a.pupilId - b.pupilId);
}
