import { academicYearOf, TERMS, type SchoolSettings, type TermDates } from '../../../../domain';

/** The academic years the draft has terms for, oldest first, each with the positions of its terms in `terms`. */
export function yearsOf(terms: readonly TermDates[]): { year: string; indexes: number[] }[] {
  const years = new Map<string, number[]>();
  terms.forEach((t, i) => years.set(t.academicYear, [...(years.get(t.academicYear) ?? []), i]));
  return Array.from(years.entries())
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, indexes]) => ({ year, indexes: indexes.sort((a, b) => TERMS.indexOf(terms[a].term) - TERMS.indexOf(terms[b].term)) }));
}

/** The year after the latest entered, or this academic year when none is. */
export function nextAcademicYear(terms: readonly TermDates[], today: string): string {
  const latest = yearsOf(terms).map((y) => y.year).pop();
  const first = latest ? Number(latest.slice(0, 4)) + 1 : Number(academicYearOf(today).slice(0, 4));
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** The draft with a new academic year of three terms, two half-terms each, dates still to be entered. */
export function withAcademicYear(draft: SchoolSettings, year: string): SchoolSettings {
  const blank = (): TermDates['halfTerms'] => [
    { start: '', end: '' },
    { start: '', end: '' },
  ];
  return { ...draft, terms: [...draft.terms, ...TERMS.map((term) => ({ academicYear: year, term, halfTerms: blank() }))] };
}
