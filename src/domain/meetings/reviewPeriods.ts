import { academicYearOf } from '../dates/academicYear';
import type { IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { TermName } from '../vocabulary';

/** A stretch of the school year in which one review is expected (a term or a half-term), first and last day. */
export interface ReviewPeriod {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

type TermSettings = Pick<SchoolSettings, 'terms'>;

/** The terms of the settings as periods ("Autumn 2026/27"), in date order. */
export function termPeriods(settings: TermSettings): ReviewPeriod[] {
  return settings.terms
    .filter((t) => t.halfTerms.length > 0)
    .map((t) => ({
      label: `${t.term} term ${t.academicYear}`,
      start: t.halfTerms[0].start,
      end: t.halfTerms[t.halfTerms.length - 1].end,
      term: t.term,
    }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map(({ label, start, end }) => ({ label, start, end }));
}

const HALF_NAMES: Record<TermName, [string, string]> = {
  Autumn: ['Autumn 1', 'Autumn 2'],
  Spring: ['Spring 1', 'Spring 2'],
  Summer: ['Summer 1', 'Summer 2'],
};

/** The half-terms of the settings as periods ("Autumn 2 2026/27"), in date order. */
export function halfTermPeriods(settings: TermSettings): ReviewPeriod[] {
  const out: ReviewPeriod[] = [];
  for (const t of settings.terms) {
    t.halfTerms.forEach((h, i) => {
      const name = t.halfTerms.length === 1 ? `${t.term} term` : HALF_NAMES[t.term][i] ?? `${t.term} ${i + 1}`;
      out.push({ label: `${name} ${t.academicYear}`, start: h.start, end: h.end });
    });
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/**
 * The periods for `perYear` reviews a year: the terms when the academic year has that many terms, the half-terms
 * when it has that many half-terms; undefined otherwise (the caller then counts months).
 */
export function periodsForReviewsPerYear(perYear: number, academicYear: string, settings: TermSettings): ReviewPeriod[] | undefined {
  const terms = termPeriods(settings).filter((p) => academicYearOf(p.start) === academicYear);
  if (terms.length > 0 && terms.length === perYear) return terms;
  const halves = halfTermPeriods(settings).filter((p) => academicYearOf(p.start) === academicYear);
  if (halves.length > 0 && halves.length === perYear) return halves;
  return undefined;
}

/**
 * The period a review is expected in on `today`: the one containing today, or the next one when today is in a
 * holiday; the one before it; and the one after it. Undefined entries when the settings have no such period.
 */
export function currentAndPreviousPeriod(
  periods: readonly ReviewPeriod[],
  today: IsoDate,
): { current?: ReviewPeriod; previous?: ReviewPeriod; next?: ReviewPeriod } {
  const index = periods.findIndex((p) => p.end >= today);
  if (index < 0) return { previous: periods[periods.length - 1] };
  return { current: periods[index], previous: index > 0 ? periods[index - 1] : undefined, next: periods[index + 1] };
}
