import { attendanceStats, type MarkForStats, type StatsSettings } from '../attendance/stats';
import { academicYearBounds } from '../dates/academicYear';
import { addDays, daysBetween, maxDate, minDate, mondayOf, type IsoDate } from '../dates/isoDates';
import { schoolWeeksBetween, type CalendarSettings } from '../dates/schoolCalendar';
import type { Pupil } from '../pupils/pupil';
import type { SchoolSettings } from '../settings/schoolSettings';
import { NEED_LABELS, SEN_PROVISION_LABELS, TERMS, type TermName } from '../vocabulary';
import type { Pip } from './pip';
import { hoursInWeek, hoursOn, isInForceInWeek, lastDayInForce } from './pipHistory';

/**
 * The PIP tracker (attendance policy Appendix 5), computed from the PIPs' history and the roll, so any past
 * week can be shown. Sheet 1 has one row per pupil on a PIP in the academic year; Sheet 2 one row per school
 * week. Both come out as a TrackerSheet (typed cells and a format per column) for the screen, CSV and Excel.
 */
export type TrackerCell = string | number | null;
export type TrackerColumnKind = 'text' | 'date' | 'integer' | 'hours' | 'percent';

export interface TrackerColumn {
  readonly header: string;
  readonly kind: TrackerColumnKind;
}

export interface TrackerSheet {
  readonly name: string;
  readonly columns: readonly TrackerColumn[];
  /** Dates are ISO (yyyy-mm-dd); hours and percentages are numbers already rounded to one decimal. */
  readonly rows: readonly (readonly TrackerCell[])[];
}

/** Round half up to one decimal: 11.25 → 11.3 (the tracker's own rows are the check). */
export function oneDecimal(value: number): number {
  return Math.round(value * 10 + 1e-9) / 10;
}

export interface TrackerWeek {
  readonly weekBeginning: IsoDate;
  readonly pips: number;
  readonly totalHours: number;
  /** totalHours / pips to one decimal; null with no PIP. */
  readonly averageHours: number | null;
  readonly onRoll: number;
  /** pips / onRoll × 100 to one decimal; null with nobody on roll. */
  readonly percentOnPips: number | null;
}

/** A pupil is counted on roll in a week when enrolled on or before its Friday and not left before its Monday. */
export function onRollInWeek(pupil: Pick<Pupil, 'enrolmentDate' | 'leavingDate'>, monday: IsoDate): boolean {
  return pupil.enrolmentDate <= addDays(monday, 4) && (pupil.leavingDate === undefined || pupil.leavingDate >= monday);
}

type WeekPip = Pick<Pip, 'pupilId' | 'status' | 'startDate' | 'plannedEndDate' | 'endedOn' | 'timetables'>;

/**
 * Sheet 2 for one week: the pupils on a PIP that week, their hours that week, and the roll. A pupil is counted
 * once: should two of their PIPs be in force in one week (records from before overlaps were refused, or a PIP
 * ending the week the next starts), the later-starting one gives the hours.
 */
export function trackerWeek(monday: IsoDate, pips: readonly WeekPip[], pupils: readonly Pick<Pupil, 'enrolmentDate' | 'leavingDate'>[]): TrackerWeek {
  const byPupil = new Map<number, WeekPip>();
  for (const pip of pips) {
    if (!isInForceInWeek(pip, monday)) continue;
    const other = byPupil.get(pip.pupilId);
    if (!other || other.startDate <= pip.startDate) byPupil.set(pip.pupilId, pip);
  }
  const count = byPupil.size;
  let total = 0;
  byPupil.forEach((pip) => {
    total += hoursInWeek(pip, monday);
  });
  const onRoll = pupils.filter((p) => onRollInWeek(p, monday)).length;
  const totalHours = Math.round(total * 100) / 100;
  return {
    weekBeginning: monday,
    pips: count,
    totalHours,
    averageHours: count > 0 ? oneDecimal(totalHours / count) : null,
    onRoll,
    percentOnPips: onRoll > 0 ? oneDecimal((count * 100) / onRoll) : null,
  };
}

/** Sheet 2 rows for every school week from `from` to `to` (both included). */
export function trackerWeeks(
  from: IsoDate,
  to: IsoDate,
  pips: readonly WeekPip[],
  pupils: readonly Pick<Pupil, 'enrolmentDate' | 'leavingDate'>[],
  settings: CalendarSettings,
): TrackerWeek[] {
  return schoolWeeksBetween(from, to, settings).map((monday) => trackerWeek(monday, pips, pupils));
}

export const SHEET_2_COLUMNS: readonly TrackerColumn[] = [
  { header: 'Wk. Beg', kind: 'date' },
  { header: 'TOTAL Number of PIPs', kind: 'integer' },
  { header: 'TOTAL Weekly Hours', kind: 'hours' },
  { header: 'Avg. weekly hours per pupil', kind: 'hours' },
  { header: 'No. of Pupils on roll', kind: 'integer' },
  { header: '% of Pupils on PIPs', kind: 'percent' },
];

export function sheet2(weeks: readonly TrackerWeek[]): TrackerSheet {
  return {
    name: 'Total PIPs',
    columns: SHEET_2_COLUMNS,
    rows: weeks.map((w) => [w.weekBeginning, w.pips, w.totalHours, w.averageHours, w.onRoll, w.percentOnPips]),
  };
}

export interface TrackerPupilRow {
  readonly pupilId: number;
  readonly pipId?: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly yearGroup: string;
  readonly pipStart: IsoDate;
  readonly previousPip: boolean;
  readonly weeksOnPip: number;
  readonly reason: string;
  readonly termHours: Readonly<Record<TermName, number | null>>;
  readonly exitStrategy: string;
  readonly enrolmentDate: IsoDate;
  readonly currentDate: IsoDate;
  readonly weeksOnRoll: number;
  readonly registration: 'DUAL' | 'SINGLE';
  readonly dualSchool: string;
  readonly senStatus: string;
  readonly senNeed: string;
  readonly fsm: boolean;
  readonly pp: boolean;
  readonly lastYearAttendance: number | null;
  readonly currentAttendance: number | null;
}

export type TrackerPupil = Pick<
  Pupil,
  | 'firstName'
  | 'lastName'
  | 'yearGroup'
  | 'enrolmentDate'
  | 'leavingDate'
  | 'registration'
  | 'homeSchoolId'
  | 'senProvision'
  | 'primaryNeed'
  | 'fsm'
  | 'pp'
  | 'lastYearAttendance'
> & { readonly id: number };

export type TrackerPip = Pick<
  Pip,
  'id' | 'pupilId' | 'status' | 'startDate' | 'plannedEndDate' | 'endedOn' | 'timetables' | 'previousPipId' | 'beenOnPipBefore' | 'reasons' | 'exitStrategy'
>;

export interface Sheet1Input {
  readonly academicYear: string;
  readonly today: IsoDate;
  readonly pips: readonly TrackerPip[];
  readonly pupils: readonly TrackerPupil[];
  /** School names by id (dual registration). */
  readonly schoolNames: ReadonlyMap<number, string>;
  /** Marks of the academic year (current attendance %). */
  readonly marks: readonly MarkForStats[];
  readonly settings: CalendarSettings & StatsSettings & Pick<SchoolSettings, 'terms'>;
  /** The last day the tracker covers (default trackerUntil: the end of next week, as Sheet 2). */
  readonly until?: IsoDate;
}

/**
 * The last day both sheets cover: the end of next week (its hours are already agreed, e.g. a review's new
 * timetable from next Monday), within the academic year. A PIP agreed to start by then is on both sheets.
 */
export function trackerUntil(today: IsoDate, academicYear: string): IsoDate {
  return minDate(academicYearBounds(academicYear).end, addDays(mondayOf(today), 11));
}

/** Whole weeks from one date to another (0 when `to` is not later). */
export const wholeWeeks = (from: IsoDate, to: IsoDate): number => Math.max(0, Math.floor(daysBetween(from, to) / 7));

/** Weekly hours at the last day in `from`..`to` when one of the PIPs was in force; null when none was. */
function hoursAtEndOf(pips: readonly TrackerPip[], from: IsoDate, to: IsoDate): number | null {
  let best: { day: IsoDate; hours: number } | undefined;
  for (const pip of pips) {
    if (pip.status === 'Draft') continue;
    const last = lastDayInForce(pip);
    const day = last === undefined ? to : minDate(to, last);
    if (day < maxDate(from, pip.startDate)) continue;
    if (!best || day > best.day) best = { day, hours: hoursOn(pip, day) };
  }
  return best ? oneDecimal(best.hours) : null;
}

/** Sheet 1: one row per pupil with a PIP in force at any time in the academic year up to today (latest PIP). */
export function trackerPupilRows(input: Sheet1Input): TrackerPupilRow[] {
  const { start, end } = academicYearBounds(input.academicYear);
  const until = minDate(end, input.today);
  const horizon = input.until ?? trackerUntil(input.today, input.academicYear);
  const byPupil = new Map<number, TrackerPip[]>();
  for (const pip of input.pips) (byPupil.get(pip.pupilId) ?? byPupil.set(pip.pupilId, []).get(pip.pupilId))?.push(pip);
  const stats = new Map(attendanceStats(input.marks, input.settings, { from: start, to: until }).pupils.map((s) => [s.pupilId, s.attendancePercent]));
  const rows: TrackerPupilRow[] = [];
  for (const pupil of input.pupils) {
    const all = (byPupil.get(pupil.id) ?? []).filter((p) => p.status !== 'Draft').sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
    const inYear = all.filter((p) => p.startDate <= horizon && (lastDayInForce(p) ?? horizon) >= start);
    if (inYear.length === 0) continue;
    const pip = inYear[inYear.length - 1];
    const pipEnd = minDate(input.today, lastDayInForce(pip) ?? input.today);
    const termHours = {} as Record<TermName, number | null>;
    for (const term of TERMS) {
      const dates = input.settings.terms.find((t) => t.academicYear === input.academicYear && t.term === term);
      termHours[term] =
        dates && dates.halfTerms[0].start <= horizon
          ? hoursAtEndOf(inYear, dates.halfTerms[0].start, minDate(horizon, dates.halfTerms[dates.halfTerms.length - 1].end))
          : null;
    }
    const current = stats.get(pupil.id);
    rows.push({
      pupilId: pupil.id,
      pipId: pip.id,
      firstName: pupil.firstName,
      lastName: pupil.lastName,
      yearGroup: pupil.yearGroup,
      pipStart: pip.startDate,
      previousPip: pip.beenOnPipBefore === true || pip.previousPipId !== undefined || all.indexOf(pip) > 0,
      weeksOnPip: wholeWeeks(pip.startDate, pipEnd),
      reason: pip.reasons.join('; '),
      termHours,
      exitStrategy: pip.exitStrategy ?? '',
      enrolmentDate: pupil.enrolmentDate,
      currentDate: input.today,
      weeksOnRoll: wholeWeeks(pupil.enrolmentDate, minDate(input.today, pupil.leavingDate ?? input.today)),
      registration: pupil.registration === 'Dual' ? 'DUAL' : 'SINGLE',
      dualSchool: pupil.registration === 'Dual' && pupil.homeSchoolId !== undefined ? input.schoolNames.get(pupil.homeSchoolId) ?? '' : 'N/A',
      senStatus: SEN_PROVISION_LABELS[pupil.senProvision],
      senNeed: pupil.primaryNeed ? NEED_LABELS[pupil.primaryNeed] : '',
      fsm: pupil.fsm,
      pp: pupil.pp,
      lastYearAttendance: pupil.lastYearAttendance ?? null,
      currentAttendance: current === null || current === undefined ? null : oneDecimal(current),
    });
  }
  return rows.sort((a, b) => (a.lastName === b.lastName ? a.firstName.localeCompare(b.firstName) : a.lastName.localeCompare(b.lastName)));
}

/** The academic year before 'YYYY/YY' ('2026/27' → '2025/26'), for the "last year % att." heading. */
function previousAcademicYear(year: string): string {
  const first = Number(year.slice(0, 4)) - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

export function sheet1Columns(academicYear: string): TrackerColumn[] {
  return [
    { header: 'Pupil First Name', kind: 'text' },
    { header: 'Pupil Last Name', kind: 'text' },
    { header: 'Year', kind: 'text' },
    { header: 'PIP start Date', kind: 'date' },
    { header: 'Have they been on a PIP before?', kind: 'text' },
    { header: 'Length of time on PIP (Weeks)', kind: 'integer' },
    { header: 'Reason for PIP', kind: 'text' },
    { header: 'Autumn Term PIP Hours', kind: 'hours' },
    { header: 'Spring Term PIP Hours', kind: 'hours' },
    { header: 'Summer Term PIP Hours', kind: 'hours' },
    { header: 'Exit Strategy', kind: 'text' },
    { header: 'Enrolment Date', kind: 'date' },
    { header: 'Current Date', kind: 'date' },
    { header: 'Length of time on roll (weeks)', kind: 'integer' },
    { header: 'Dual', kind: 'text' },
    { header: 'Dual School', kind: 'text' },
    { header: 'SEN', kind: 'text' },
    { header: 'SEN Need', kind: 'text' },
    { header: 'FSM', kind: 'text' },
    { header: 'PP', kind: 'text' },
    { header: `${previousAcademicYear(academicYear)} % Att.`, kind: 'percent' },
    { header: 'Current % Att.', kind: 'percent' },
  ];
}

const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');

export function sheet1(rows: readonly TrackerPupilRow[], academicYear: string): TrackerSheet {
  return {
    name: 'PIP Pupils',
    columns: sheet1Columns(academicYear),
    rows: rows.map((r) => [
      r.firstName,
      r.lastName,
      r.yearGroup,
      r.pipStart,
      yesNo(r.previousPip),
      r.weeksOnPip,
      r.reason,
      r.termHours.Autumn,
      r.termHours.Spring,
      r.termHours.Summer,
      r.exitStrategy,
      r.enrolmentDate,
      r.currentDate,
      r.weeksOnRoll,
      r.registration,
      r.dualSchool,
      r.senStatus,
      r.senNeed,
      yesNo(r.fsm),
      yesNo(r.pp),
      r.lastYearAttendance,
      r.currentAttendance,
    ]),
  };
}
