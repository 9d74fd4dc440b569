import { addDays, type IsoDate } from '../dates/isoDates';
import type { Pupil } from './pupil';
import type { HomeSchoolSharing } from '../settings/homeSchoolSharing';

/**
 * Who should be able to read a pupil's records, besides the PRU's own staff (docs/architecture.md, "Who sees
 * what"): the pupil's current home school, from enrolment while the pupil is on roll, and after the leaving date
 * for `leaverAccessDays` more days (SchoolSettings.leaverAccessDays; 0 = access ends with the leaving day). A
 * pupil with no home school (single registration) is seen by nobody outside the PRU.
 *
 * The repository applies this rule on every save and the access check compares SharePoint's grants with it, so
 * access always ends up matching the pupil's current home school.
 */
export interface HomeSchoolAccessRule {
  readonly leaverAccessDays: number;
  /** Which kinds of record the home school reads beyond those always shared (settings/homeSchoolSharing.ts). */
  readonly homeSchoolSharing: HomeSchoolSharing;
}

/** The last day a leaver's home school can still read the pupil's records. */
export function lastDayOfLeaverAccess(leavingDate: IsoDate, rule: Pick<HomeSchoolAccessRule, 'leaverAccessDays'>): IsoDate {
  return addDays(leavingDate, Math.max(0, Math.floor(rule.leaverAccessDays)));
}

/** The home school (its id) that should have read access on `today`, or undefined when no school should. */
export function schoolWithAccess(
  pupil: Pick<Pupil, 'homeSchoolId' | 'leavingDate'>,
  today: IsoDate,
  rule: Pick<HomeSchoolAccessRule, 'leaverAccessDays'>,
): number | undefined {
  if (pupil.homeSchoolId === undefined) return undefined;
  if (pupil.leavingDate === undefined) return pupil.homeSchoolId;
  return today <= lastDayOfLeaverAccess(pupil.leavingDate, rule) ? pupil.homeSchoolId : undefined;
}
