import { formatUkDate, type IsoDate } from '../dates/isoDates';
import type { Pupil } from '../pupils/pupil';
import type { CohortGroup } from './cohortBreakdown';
import { roundPercent, type PupilAttendanceStats } from './stats';

/**
 * CSV for Excel (RFC 4180): comma-separated, CRLF line ends, a header row, fields with a comma, a double
 * quote, CR or LF wrapped in double quotes with inner quotes doubled. The text starts with a UTF-8 byte
 * order mark so Excel reads names with accents correctly. Dates are dd/mm/yyyy.
 * Text that Excel would run as a formula (starting = + - @ or a tab/CR) gets a leading apostrophe.
 */

export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, then the rows; every line ends with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** dd/mm/yyyy for a CSV cell ('' when there is no date). */
export function csvDate(date: IsoDate | undefined): string {
  return date === undefined ? '' : formatUkDate(date);
}

const pct = (value: number | null): number | null => roundPercent(value, 1);

export interface CohortCsvPupil extends Pick<Pupil, 'pupilRef' | 'firstName' | 'lastName' | 'yearGroup' | 'senProvision' | 'primaryNeed' | 'supportTier' | 'enrolmentDate' | 'leavingDate'> {
  id: number;
  homeSchool: string;
}

export const COHORT_PUPIL_CSV_HEADER = [
  'Pupil reference',
  'Last name',
  'First name',
  'Year group',
  'Home school',
  'SEN provision',
  'Primary need',
  'Support tier',
  'Enrolment date',
  'Leaving date',
  'From',
  'To',
  'Possible sessions',
  'Attended',
  'Authorised absence',
  'Unauthorised absence',
  'Attendance %',
  'Overall absence %',
  'Persistent absentee',
  'Severely absent',
] as const;

/** One row per pupil, with the period the figures cover (dates dd/mm/yyyy). Pupils without marks show zero sessions. */
export function cohortPupilsCsv(
  pupils: readonly CohortCsvPupil[],
  stats: readonly PupilAttendanceStats[],
  period: { from: IsoDate; to: IsoDate },
): string {
  const statsOf = new Map(stats.map((s) => [s.pupilId, s]));
  const rows = pupils.map((p) => {
    const s = statsOf.get(p.id);
    return [
      p.pupilRef,
      p.lastName,
      p.firstName,
      p.yearGroup,
      p.homeSchool,
      p.senProvision,
      p.primaryNeed ?? '',
      p.supportTier,
      csvDate(p.enrolmentDate),
      csvDate(p.leavingDate),
      csvDate(period.from),
      csvDate(period.to),
      s?.possible ?? 0,
      s?.attended ?? 0,
      s?.authorised ?? 0,
      s?.unauthorised ?? 0,
      pct(s?.attendancePercent ?? null),
      pct(s?.overallAbsenceRate ?? null),
      s?.persistentlyAbsent ?? false,
      s?.severelyAbsent ?? false,
    ];
  });
  return toCsv(COHORT_PUPIL_CSV_HEADER, rows);
}

/** The group table of one breakdown. */
export function cohortGroupsCsv(dimensionLabel: string, groups: readonly CohortGroup[], period: { from: IsoDate; to: IsoDate }): string {
  return toCsv(
    [dimensionLabel, 'From', 'To', 'Pupils', 'Possible sessions', 'Attendance %', 'Persistent absentees', 'Persistent absence %', 'Severely absent'],
    groups.map((g) => [
      g.label,
      csvDate(period.from),
      csvDate(period.to),
      g.pupils,
      g.possible,
      pct(g.attendancePercent),
      g.persistentAbsentees,
      pct(g.persistentAbsenceRate),
      g.severeAbsentees,
    ]),
  );
}
