import type { IsoDate } from './isoDates';

/** The month (1–12) on whose first day an academic year starts: 1 August. */
export const ACADEMIC_YEAR_START_MONTH = 8;

/** Academic year of a date, as 'YYYY/YY': 2026-08-01 → '2026/27', 2026-07-31 → '2025/26'. */
export function academicYearOf(date: IsoDate): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const start = m >= ACADEMIC_YEAR_START_MONTH ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The academic year before one given as 'YYYY/YY': '2026/27' → '2025/26'. */
export function previousAcademicYear(academicYear: string): string {
  const first = Number(academicYear.slice(0, 4)) - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** First and last calendar day of an academic year given as 'YYYY/YY'. */
export function academicYearBounds(academicYear: string): { start: IsoDate; end: IsoDate } {
  const first = Number(academicYear.slice(0, 4));
  return { start: `${first}-08-01`, end: `${first + 1}-07-31` };
}
