import type { SchoolSettings } from '../settings/schoolSettings';
import { ATTENDANCE_CODES, type AttendanceCode } from './codes';

/**
 * How a code counts in the statistics once the settings are applied.
 * - not-possible: in settings.notPossibleCodes (D, X, Z, #, and by default Q, Y1–Y7), or unknown.
 * - Q or Y1–Y7 switched to possible by settings: authorised absence (the pupil could not attend through
 *   no fault of their own; chosen so that attended + absence always equals possible).
 * - withdrawn H on old entries: authorised absence, as it was.
 * - C2 is authorised absence (facts §3, §5): it feeds persistent and severe absence.
 */
export type StatisticalBucket = 'present' | 'aea' | 'authorised' | 'unauthorised' | 'not-possible';

export function bucketOf(code: AttendanceCode, notPossibleCodes: readonly string[]): StatisticalBucket {
  if (notPossibleCodes.indexOf(code.code) >= 0) return 'not-possible';
  switch (code.category) {
    case 'present':
      return 'present';
    case 'aea':
      return 'aea';
    case 'unauthorised':
      return 'unauthorised';
    case 'not-required':
      return 'not-possible';
    default:
      return 'authorised';
  }
}

/** True when the code counts in the denominator, under these settings. */
export function isPossibleSession(code: string, settings: Pick<SchoolSettings, 'notPossibleCodes'>): boolean {
  const row = ATTENDANCE_CODES.find((c) => c.code === code);
  return row !== undefined && bucketOf(row, settings.notPossibleCodes) !== 'not-possible';
}
