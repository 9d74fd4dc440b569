import type { ValidationIssue } from '../common/validationIssue';
import { academicYearBounds } from '../dates/academicYear';
import { addMonths, formatUkDate, isValidIsoDate, isoWeekday, type IsoDate } from '../dates/isoDates';
import type { CalendarSettings } from '../dates/schoolCalendar';
import { TERMS } from '../vocabulary';

/**
 * Rules across the whole calendar (each term on its own is checked by termDatesSchema): every half-term inside
 * its academic year, no term entered twice, terms of a year in order, no two terms overlapping, and every
 * closure on a weekday inside a term, entered once. Run before the settings are saved; the paths are those of
 * SchoolSettings, so a form can show each message at its field.
 */
export function calendarIssues(settings: CalendarSettings): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const valid = (d: string): boolean => typeof d === 'string' && isValidIsoDate(d);
  const label = (i: number): string => `${settings.terms[i].term} ${settings.terms[i].academicYear}`;

  const seen = new Map<string, number>();
  settings.terms.forEach((t, i) => {
    const key = `${t.academicYear}|${t.term}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ path: ['terms', i, 'term'], message: `${label(i)} is entered twice` });
    else seen.set(key, i);
    if (!/^\d{4}\/\d{2}$/.test(t.academicYear)) return;
    const year = academicYearBounds(t.academicYear);
    t.halfTerms.forEach((h, j) => {
      (['start', 'end'] as const).forEach((end) => {
        const day = h[end];
        if (valid(day) && (day < year.start || day > year.end))
          issues.push({
            path: ['terms', i, 'halfTerms', j, end],
            message: `${formatUkDate(day)} is not in the academic year ${t.academicYear} (${formatUkDate(year.start)} to ${formatUkDate(year.end)})`,
          });
      });
    });
  });

  // Every half-term as a span, to find overlaps between different terms and terms of a year out of order.
  const spans = settings.terms.flatMap((t, i) =>
    t.halfTerms
      .map((h, j) => ({ term: i, half: j, start: h.start, end: h.end }))
      .filter((s) => valid(s.start) && valid(s.end) && s.start <= s.end),
  );
  const reported = new Set<number>();
  for (const a of spans) {
    for (const b of spans) {
      if (a.term >= b.term || reported.has(b.term)) continue;
      if (a.start <= b.end && b.start <= a.end) {
        reported.add(b.term);
        issues.push({
          path: ['terms', b.term, 'halfTerms', b.half, 'start'],
          message: `These dates overlap ${label(a.term)} (${formatUkDate(a.start)} to ${formatUkDate(a.end)})`,
        });
      }
    }
  }
  settings.terms.forEach((t, i) => {
    if (reported.has(i)) return;
    const order = TERMS.indexOf(t.term);
    settings.terms.forEach((u, k) => {
      if (u.academicYear !== t.academicYear || TERMS.indexOf(u.term) >= order) return;
      const earlierEnds = lastDay(u);
      const thisStarts = firstDay(t);
      if (earlierEnds && thisStarts && thisStarts <= earlierEnds && !reported.has(i)) {
        reported.add(i);
        issues.push({ path: ['terms', i, 'halfTerms', 0, 'start'], message: `${t.term} must start after ${label(k)} ends (${formatUkDate(earlierEnds)})` });
      }
    });
  });

  const closed = new Set<string>();
  settings.closures.forEach((c, i) => {
    if (!valid(c.date)) return;
    if (closed.has(c.date)) {
      issues.push({ path: ['closures', i, 'date'], message: `${formatUkDate(c.date)} is entered twice` });
      return;
    }
    closed.add(c.date);
    if (isoWeekday(c.date) > 5) {
      issues.push({ path: ['closures', i, 'date'], message: `${formatUkDate(c.date)} is a weekend: the service is closed anyway` });
      return;
    }
    const inTerm = spans.some((s) => s.start <= c.date && c.date <= s.end);
    if (!inTerm)
      issues.push({ path: ['closures', i, 'date'], message: `${formatUkDate(c.date)} is not in a term: it is a holiday already. Enter the term dates first` });
  });
  return issues;
}

function firstDay(t: CalendarSettings['terms'][number]): IsoDate | undefined {
  const days = t.halfTerms.map((h) => h.start).filter((d) => isValidIsoDate(d)).sort();
  return days[0];
}

function lastDay(t: CalendarSettings['terms'][number]): IsoDate | undefined {
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
