import { addDays, maxDate, type IsoDate } from '../dates/isoDates';
import { timetableOn, type Pip } from './pip';
import { weeklyHours } from './timetable';

/**
 * A PIP over time. A PIP is in force from its start date:
 *   - an Ended PIP up to and including `endedOn` (the last day on the plan), or its planned end date when no
 *     end date was recorded;
 *   - an Active PIP until it is ended, even after its planned end date (flagged as past its end, but the
 *     pupil is still on it);
 *   - a Draft PIP never (it has not been agreed).
 * The timetable in force on a date is the latest one starting on or before it, so the hours of any past
 * week are known from the PIP's timetable history.
 */
export type PipForHistory = Pick<Pip, 'status' | 'startDate' | 'plannedEndDate' | 'endedOn' | 'timetables'>;

/** The last day the PIP is in force, or undefined while it is Active (open-ended). */
export function lastDayInForce(pip: Pick<Pip, 'status' | 'plannedEndDate' | 'endedOn'>): IsoDate | undefined {
  if (pip.status === 'Active') return undefined;
  return pip.endedOn ?? pip.plannedEndDate;
}

export function isInForceOn(pip: PipForHistory, date: IsoDate): boolean {
  if (pip.status === 'Draft' || date < pip.startDate) return false;
  const last = lastDayInForce(pip);
  return last === undefined || date <= last;
}

/** True when the PIP is in force on any day from Monday to Friday of the week beginning `monday`. */
export function isInForceInWeek(pip: PipForHistory, monday: IsoDate): boolean {
  if (pip.status === 'Draft') return false;
  const friday = addDays(monday, 4);
  if (pip.startDate > friday) return false;
  const last = lastDayInForce(pip);
  return last === undefined || last >= monday;
}

/** Hours a week of the timetable in force on a date (0 when the PIP is not in force or has no timetable). */
export function hoursOn(pip: PipForHistory, date: IsoDate): number {
  if (!isInForceOn(pip, date)) return 0;
  const t = timetableOn(pip.timetables, date);
  return t ? weeklyHours(t.slots) : 0;
}

/**
 * Hours of the week beginning `monday`: the timetable in force on the first day of that week the PIP is in
 * force (a PIP starting on a Wednesday counts its first timetable). 0 when not in force that week.
 */
export function hoursInWeek(pip: PipForHistory, monday: IsoDate): number {
  if (!isInForceInWeek(pip, monday)) return 0;
  const t = timetableOn(pip.timetables, maxDate(monday, pip.startDate));
  return t ? weeklyHours(t.slots) : 0;
}
