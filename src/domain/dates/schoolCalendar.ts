import type { SchoolSettings } from '../settings/schoolSettings';
import { addDays, fromDayNumber, isWeekday, mondayOf, toDayNumber, type IsoDate } from './isoDates';

/**
 * The school calendar from settings: a school day is a weekday inside a half-term and not a closure.
 * Only `terms` and `closures` are read, so tests can pass a small calendar.
 */
export type CalendarSettings = Pick<SchoolSettings, 'terms' | 'closures'>;

export function isSchoolDay(date: IsoDate, settings: CalendarSettings): boolean {
  if (!isWeekday(date)) return false;
  let inTerm = false;
  for (const term of settings.terms) {
    for (const half of term.halfTerms) {
      if (date >= half.start && date <= half.end) {
        inTerm = true;
        break;
      }
    }
    if (inTerm) break;
  }
  if (!inTerm) return false;
  for (const c of settings.closures) if (c.date === date) return false;
  return true;
}

/**
 * The school day `n` school days after `date` (n ≥ 1), or before it for negative n. With n = 0, `date` itself.
 * Gives up (throws) after scanning 3 years without enough school days, which means the term dates are missing.
 */
export function addSchoolDays(date: IsoDate, n: number, settings: CalendarSettings): IsoDate {
  if (n === 0) return date;
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let day = toDayNumber(date);
  for (let guard = 0; guard < 1100; guard++) {
    day += step;
    if (isSchoolDay(fromDayNumber(day), settings)) {
      left--;
      if (left === 0) return fromDayNumber(day);
    }
  }
  throw new Error('Not enough school days in the calendar: add the term dates in settings.');
}

/** School days from `from` to `to`, both included, in order. */
export function schoolDaysBetween(from: IsoDate, to: IsoDate, settings: CalendarSettings): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = toDayNumber(from), end = toDayNumber(to); d <= end; d++) {
    const iso = fromDayNumber(d);
    if (isSchoolDay(iso, settings)) out.push(iso);
  }
  return out;
}

/**
 * School weeks touching `from`..`to` (both included): the Mondays of the weeks with at least one school day
 * in the range. Holiday weeks are skipped, so ten school weeks can span a half-term.
 */
export function schoolWeeksBetween(from: IsoDate, to: IsoDate, settings: CalendarSettings): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (const day of schoolDaysBetween(from, to, settings)) {
    const monday = mondayOf(day);
    if (weeks.length === 0 || weeks[weeks.length - 1] !== monday) weeks.push(monday);
  }
  return weeks;
}

/** Both sessions of every school day from `from` to `to`: the sessions a register is expected for. */
export function expectedSessionCount(from: IsoDate, to: IsoDate, settings: CalendarSettings): number {
  return schoolDaysBetween(from, to, settings).length * 2;
}

/** The Friday of the week that starts on `monday`. */
export function fridayOf(monday: IsoDate): IsoDate {
  return addDays(mondayOf(monday), 4);
}
