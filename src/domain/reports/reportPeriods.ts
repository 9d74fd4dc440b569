import type { IsoDate } from '../dates/isoDates';
import { termPeriods, type ReviewPeriod } from '../meetings/reviewPeriods';
import type { SchoolSettings } from '../settings/schoolSettings';

/**
 * The periods a report can cover: each term, and each school year (its first term's first day to its last term's
 * last day), that has started by `today`; latest first, a year before its terms.
 */
export function reportPeriods(settings: Pick<SchoolSettings, 'terms'>, today: IsoDate): ReviewPeriod[] {
  const terms = termPeriods(settings).filter((p) => p.start <= today);
  const years = new Map<string, ReviewPeriod>();
  for (const t of settings.terms) {
    if (t.halfTerms.length === 0) continue;
    const start = t.halfTerms[0].start;
    const end = t.halfTerms[t.halfTerms.length - 1].end;
    if (start > today) continue;
    const y = years.get(t.academicYear);
    years.set(t.academicYear, {
      label: `School year ${t.academicYear}`,
      start: y && y.start < start ? y.start : start,
      end: y && y.end > end ? y.end : end,
    });
  }
  const all = [...terms, ...Array.from(years.values())];
  // Latest first; a year (starting with its first term) before that term.
  return all.sort((a, b) => (a.start !== b.start ? (a.start < b.start ? 1 : -1) : a.end < b.end ? 1 : -1));
}
