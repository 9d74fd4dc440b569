import type { AttendanceMark } from '../attendance/attendanceMark';
import { attendanceStats, type StatsSettings } from '../attendance/stats';
import { academicYearBounds, academicYearOf } from '../dates/academicYear';
import { maxDate, minDate, type IsoDate } from '../dates/isoDates';
import type { CalendarSettings } from '../dates/schoolCalendar';
import type { Pupil } from '../pupils/pupil';
import { relationshipCode, type RelationshipCode } from './contactRelationship';
import type { DfeNumber } from './dfeNumber';
import { sessionString } from './sessionMarks';

/** Sex as the CTF records it (the admission register's): Pathways Hub does not keep it, so it is asked for. */
export const CTF_SEXES = ['F', 'M'] as const;
export type CtfSex = (typeof CTF_SEXES)[number];

export interface CtfContact {
  readonly order: number;
  readonly forename: string;
  readonly surname: string;
  readonly relationship: RelationshipCode;
  readonly responsibility?: boolean;
  readonly addressLines: readonly string[];
  readonly postCode?: string;
  readonly phone?: { readonly type: 'H' | 'M'; readonly number: string };
  readonly email?: string;
}

export interface CtfYearData {
  /** The year the academic year starts in (2025 for 2025/26). */
  readonly year: string;
  readonly school: DfeNumber;
  readonly schoolName: string;
  readonly possible: number;
  readonly authorised: number;
  readonly unauthorised: number;
  readonly sessions?: { readonly startDate: IsoDate; readonly marks: string };
}

export interface CtfPupilData {
  readonly upn: string;
  readonly surname: string;
  readonly forename: string;
  readonly dob: IsoDate;
  readonly sex: CtfSex;
  readonly preferredForename?: string;
  readonly ncYear: string;
  /** C: single registration here; S: dual-registered, this school subsidiary (the home school is main). */
  readonly enrolStatus: 'C' | 'S';
  readonly inCare: boolean;
  readonly careAuthority?: string;
  readonly sen: { readonly startDate?: IsoDate; readonly provision: string; readonly needs: readonly { readonly rank: number; readonly type: string }[] };
  readonly contacts: readonly CtfContact[];
  readonly attendance: readonly CtfYearData[];
  readonly schoolHistory: readonly { readonly school: DfeNumber; readonly name: string; readonly entryDate: IsoDate; readonly leavingDate?: IsoDate }[];
}

export interface CtfPupilInput {
  readonly pupil: Pupil;
  readonly sex: CtfSex;
  /** The service (this PRU): its DfE number and name, as the attendance and school history name it. */
  readonly service: { readonly number: DfeNumber; readonly name: string };
  /** The pupil's marks at the PRU (any order). */
  readonly marks: readonly Pick<AttendanceMark, 'date' | 'session' | 'code' | 'pupilId'>[];
  /** When the current SEN provision was recorded, when the history knows it. */
  readonly senStartDate?: IsoDate;
  readonly settings: StatsSettings & CalendarSettings;
  readonly today: IsoDate;
}

export type CtfPupilResult =
  | { readonly ok: true; readonly data: CtfPupilData; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;

/** "12 Elm Row, Coventry, CV1 2AB" → lines and a postcode (the last part, when it is one). */
export function addressParts(address: string | undefined): { lines: string[]; postCode?: string } {
  const parts = (address ?? '')
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const last = parts[parts.length - 1];
  if (last !== undefined && POSTCODE.test(last)) return { lines: parts.slice(0, -1), postCode: last.toUpperCase() };
  return { lines: parts };
}

function splitName(full: string): { forename: string; surname: string } {
  const words = full.trim().split(/\s+/);
  if (words.length === 1) return { forename: words[0], surname: words[0] };
  return { forename: words.slice(0, -1).join(' '), surname: words[words.length - 1] };
}

function parentContact(p: Pupil): CtfContact | undefined {
  if (p.parentName === undefined) return undefined;
  const { lines, postCode } = addressParts(p.parentAddress);
  return {
    order: 1,
    ...splitName(p.parentName),
    relationship: relationshipCode(p.parentRelationship),
    responsibility: p.parentHasResponsibility,
    addressLines: lines.slice(0, 5),
    postCode,
    phone: p.parentPhone === undefined ? undefined : { type: /^\+?(44\s*)?0?7/.test(p.parentPhone.replace(/\s/g, '')) ? 'M' : 'H', number: p.parentPhone },
    email: p.parentEmail,
  };
}

/** One YearData per academic year the pupil was on roll here, from the marks; the sessions string when it can be written. */
function attendanceYears(input: CtfPupilInput, notes: string[]): CtfYearData[] {
  const { pupil, marks, settings, service, today } = input;
  const last = minDate(pupil.leavingDate ?? today, today);
  const years: CtfYearData[] = [];
  for (let year = academicYearOf(pupil.enrolmentDate); year <= academicYearOf(last); year = academicYearOf(`${Number(year.slice(0, 4)) + 1}-09-01`)) {
    const bounds = academicYearBounds(year);
    const from = maxDate(bounds.start, pupil.enrolmentDate);
    const to = minDate(bounds.end, last);
    const inYear = marks.filter((m) => m.date >= from && m.date <= to);
    const stats = attendanceStats(inYear, settings).group;
    const sessions = sessionString(inYear, from, to, settings);
    if (!sessions.ok)
      notes.push(`${year}: the session-by-session marks are left out because a CTF writes one character a session and ${sessions.codes.join(', ')} take two; the year's totals are in the file.`);
    years.push({
      year: year.slice(0, 4),
      school: service.number,
      schoolName: service.name,
      possible: stats.possible,
      authorised: stats.authorised,
      unauthorised: stats.unauthorised,
      sessions: sessions.ok ? { startDate: sessions.startDate, marks: sessions.marks } : undefined,
    });
  }
  return years;
}

/**
 * The pupil as a CTF carries them, from the record Pathways Hub keeps: identifiers, names, NC year, enrolment
 * status, looked-after status, the latest SEN provision and ranked needs, the main parent/carer, the attendance
 * here year by year, and this school in the school history. FSM is left out: the record keeps whether a pupil is
 * eligible, not the dates of the period a CTF needs. A CTF needs a UPN: without one the result says so.
 */
export function ctfPupilFrom(input: CtfPupilInput): CtfPupilResult {
  const { pupil: p, service } = input;
  const problems: string[] = [];
  if (p.upn === undefined) problems.push(`Record ${p.firstName} ${p.lastName}'s UPN before making the CTF (it is the pupil's identifier in every CTF).`);
  if (problems.length > 0) return { ok: false, problems };
  const notes: string[] = [];
  const contact = parentContact(p);
  const needs = [p.primaryNeed, p.secondaryNeed].flatMap((n, i) => (n === undefined ? [] : [{ rank: i + 1, type: n }]));
  return {
    ok: true,
    notes,
    data: {
      upn: p.upn as string,
      surname: p.lastName,
      forename: p.firstName,
      dob: p.dateOfBirth,
      sex: input.sex,
      preferredForename: p.preferredName,
      ncYear: p.yearGroup,
      enrolStatus: p.registration === 'Dual' ? 'S' : 'C',
      inCare: p.lac,
      careAuthority: p.lacLocalAuthority !== undefined && /^\d{3}$/.test(p.lacLocalAuthority.trim()) ? p.lacLocalAuthority.trim() : undefined,
      sen: { startDate: input.senStartDate, provision: p.senProvision, needs },
      contacts: contact ? [contact] : [],
      attendance: attendanceYears(input, notes),
      schoolHistory: [{ school: service.number, name: service.name, entryDate: p.enrolmentDate, leavingDate: p.leavingDate }],
    },
  };
}
