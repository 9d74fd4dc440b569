import { academicYearOf } from '../dates/academicYear';
import type { IsoDate } from '../dates/isoDates';
import type { TermDates } from '../settings/termDates';
import type { TermName } from '../vocabulary';

/**
 * The term a learning log is for on a date: the term whose dates include it; in a holiday, the term that starts
 * next; with no term dates set, by month (September–December Autumn, January–March Spring, April–August Summer).
 */
export function learningLogTermOf(date: IsoDate, terms: readonly TermDates[]): { academicYear: string; term: TermName } {
  const span = (t: TermDates): { start: IsoDate; end: IsoDate } => ({ start: t.halfTerms[0].start, end: t.halfTerms[t.halfTerms.length - 1].end });
  const within = terms.find((t) => span(t).start <= date && date <= span(t).end);
  if (within) return { academicYear: within.academicYear, term: within.term };
  const next = [...terms].filter((t) => span(t).start > date).sort((a, b) => (span(a).start < span(b).start ? -1 : 1))[0];
  if (next && next.academicYear === academicYearOf(date)) return { academicYear: next.academicYear, term: next.term };
  const month = Number(date.slice(5, 7));
  return { academicYear: academicYearOf(date), term: month >= 9 ? 'Autumn' : month <= 3 ? 'Spring' : 'Summer' };
}
