import type { SchoolSettings } from '../settings/schoolSettings';
import { addDays, fromDayNumber, isWeekday, mondayOf, toDayNumber, type IsoDate } from './isoDates';

/**
 * The school calendar from settings: a school day is a weekday inside a half-term and not a closure.
 * Only `terms` and `closures` are read, so tests can pass a small calendar.
 */
export type CalendarSettings = Pick<SchoolSettings, 'terms' | 'closures'>;

/** Every school day of a calendar, sorted, built once per settings object (the calendar is read often). */
interface CalendarIndex {
  readonly days: readonly IsoDate[];
  /** The Monday of each of `days`, at the same position. */
  readonly mondays: readonly IsoDate[];
  readonly daySet: ReadonlySet<IsoDate>;
}
const indexes = new WeakMap<CalendarSettings, CalendarIndex>();

function calendarIndex(settings: CalendarSettings): CalendarIndex {
  const cached = indexes.get(settings);
  if (cached) return cached;
  const closed = new Set(settings.closures.map((c) => c.date));
  const set = new Set<IsoDate>();
  for (const term of settings.terms) {
    for (const half of term.halfTerms) {
      for (let d = toDayNumber(half.start), end = toDayNumber(half.end); d <= end; d++) {
        const iso = fromDayNumber(d);
        if (isWeekday(iso) && !closed.has(iso)) set.add(iso);
      }
    }
  }
  const days = Array.from(set).sort();
  const index = { days, mondays: days.map(mondayOf), daySet: set };
  indexes.set(settings, index);
  return index;
}

/** The position of the first school day on or after `date`. */
function firstIndexFrom(days: readonly IsoDate[], date: IsoDate): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isSchoolDay(date: IsoDate, settings: CalendarSettings): boolean {
  return calendarIndex(settings).daySet.has(date);
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
  const { days } = calendarIndex(settings);
  return days.slice(firstIndexFrom(days, from), firstIndexFrom(days, addDays(to, 1)));
}

/**
 * School weeks touching `from`..`to` (both included): the Mondays of the weeks with at least one school day
 * in the range. Holiday weeks are skipped, so ten school weeks can span a half-term.
 */
export function schoolWeeksBetween(from: IsoDate, to: IsoDate, settings: CalendarSettings): IsoDate[] {
  const { days, mondays } = calendarIndex(settings);
  const weeks: IsoDate[] = [];
  for (let i = firstIndexFrom(days, from), end = firstIndexFrom(days, addDays(to, 1)); i < end; i++) {
    if (weeks.length === 0 || weeks[weeks.length - 1] !== mondays[i]) weeks.push(mondays[i]);
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
