import type { ValidationIssue } from '../common/validationIssue';
import { academicYearBounds } from '../dates/academicYear';
import { formatUkDate, isValidIsoDate, isoWeekday, type IsoDate } from '../dates/isoDates';
import { lastDay } from './calendarWarning';
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

// The banner's rule (whether the term dates run out) is its own module, so a screen that shows it does not load these rules.
export { CALENDAR_WARNING_MONTHS, calendarLastDay, calendarWarning, calendarWarningText, type CalendarWarning } from './calendarWarning';
