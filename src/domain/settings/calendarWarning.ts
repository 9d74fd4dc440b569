import { addMonths, formatUkDate, isValidIsoDate, type IsoDate } from '../dates/isoDates';
import type { CalendarSettings } from '../dates/schoolCalendar';

/**
 * Whether the term dates run out (the banner above Administration's settings), apart
 * from the calendar's rules (calendarRules.ts, run before the settings are saved), so showing the banner does not
 * load them. Re-exported by calendarRules.ts.
 */

/** The last day of a term's half-terms (undefined when none is a date). */
export function lastDay(t: CalendarSettings['terms'][number]): IsoDate | undefined {
  const days = t.halfTerms.map((h) => h.end).filter((d) => isValidIsoDate(d)).sort();
  return days[days.length - 1];
}

/** The last school day the term dates cover (undefined when there are none). */
export function calendarLastDay(settings: CalendarSettings): IsoDate | undefined {
  const ends = settings.terms.map(lastDay).filter((d): d is IsoDate => d !== undefined).sort();
  return ends[ends.length - 1];
}

/** How far ahead the product warns that the term dates run out. */
export const CALENDAR_WARNING_MONTHS = 1;

export type CalendarWarning =
  | { readonly kind: 'none-entered' }
  | { readonly kind: 'runs-out'; readonly lastDay: IsoDate }
  | { readonly kind: 'ran-out'; readonly lastDay: IsoDate };

/**
 * Whether the calendar needs the next term dates: none entered, the last term day within a month of today,
 * or already past. Registers, statistics and due dates count school days from these dates, so without them
 * nothing after the last day is a school day.
 */
export function calendarWarning(settings: CalendarSettings, today: IsoDate): CalendarWarning | undefined {
  const last = calendarLastDay(settings);
  if (!last) return { kind: 'none-entered' };
  if (last < today) return { kind: 'ran-out', lastDay: last };
  if (last <= addMonths(today, CALENDAR_WARNING_MONTHS)) return { kind: 'runs-out', lastDay: last };
  return undefined;
}

/** The warning in words for a banner. */
export function calendarWarningText(w: CalendarWarning): string {
  switch (w.kind) {
    case 'none-entered':
      return 'No term dates have been entered: registers, statistics and due dates need them. Enter them in Administration, Term dates.';
    case 'ran-out':
      return `The term dates ended on ${formatUkDate(w.lastDay)}: no later day counts as a school day. Enter the next academic year's term dates in Administration, Term dates.`;
    case 'runs-out':
      return `The term dates run out on ${formatUkDate(w.lastDay)}. Enter the next academic year's term dates in Administration, Term dates, so registers and due dates carry on.`;
  }
}
