import type { IsoDate } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { TermName } from '../vocabulary';

/** The half-terms of the settings' term dates (own module: Today's LA-return reminder needs them without the return itself). */
export interface HalfTerm {
  /** 'Autumn 1 2026/27'. */
  readonly label: string;
  readonly academicYear: string;
  readonly term: TermName;
  readonly number: 1 | 2;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export function halfTermsOf(settings: Pick<SchoolSettings, 'terms'>): HalfTerm[] {
  const out: HalfTerm[] = [];
  for (const t of settings.terms) {
    t.halfTerms.forEach((h, i) => {
      const number = (i + 1) as 1 | 2;
      out.push({ label: `${t.term} ${number} ${t.academicYear}`, academicYear: t.academicYear, term: t.term, number, start: h.start, end: h.end });
    });
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** The half-term a date falls in, or the last one that started before it (a holiday), or undefined. */
export function halfTermOn(date: IsoDate, settings: Pick<SchoolSettings, 'terms'>): HalfTerm | undefined {
  let found: HalfTerm | undefined;
  for (const h of halfTermsOf(settings)) if (h.start <= date) found = h;
  return found;
}
