import type { Pupil } from './pupil';

/** A pupil is on roll on a date from their enrolment date to their leaving date, both included. */
export function isOnRoll(pupil: Pick<Pupil, 'enrolmentDate' | 'leavingDate'>, date: string): boolean {
  return pupil.enrolmentDate <= date && (pupil.leavingDate === undefined || date <= pupil.leavingDate);
}
