import { toCsv } from '../attendance/attendanceCsv';
import { formatUkDate, minDate, maxDate, type IsoDate } from '../dates/isoDates';
import type { Pupil } from '../pupils/pupil';
import type { LaReturnField } from '../settings/laPartTimeReturn';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { TermName } from '../vocabulary';
import { currentTimetable, type Pip } from './pip';
import { hoursOn, lastDayInForce } from './pipHistory';
import { pipReviewSchedule } from './reviewDates';
import { oneDecimal } from './tracker';

/**
 * The local authority's part-time-timetable return (facts sheet §5: LAs ask to be told, often half-termly,
 * with nil returns). The fields, the format and the address are settings (laPartTimeReturn), because
 * neither the content nor the deadline is set nationally.
 */
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

export type LaReturnPupil = Pick<
  Pupil,
  'pupilRef' | 'firstName' | 'lastName' | 'dateOfBirth' | 'yearGroup' | 'senProvision' | 'cin' | 'cp' | 'lac'
> & { readonly id: number };

export interface LaReturn {
  readonly halfTerm: HalfTerm;
  /** No pupil was on a part-time timetable in the half-term. */
  readonly nil: boolean;
  readonly columns: readonly LaReturnField[];
  readonly rows: readonly (readonly string[])[];
  readonly format: SchoolSettings['laPartTimeReturn']['format'];
  readonly sendTo?: string;
}

type ReturnSettings = Pick<SchoolSettings, 'laPartTimeReturn' | 'fullTimeHours' | 'pipReviewIntervalWeeks' | 'terms' | 'closures'>;

const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');

function fieldValue(field: LaReturnField, pip: Pip, pupil: LaReturnPupil, hours: number, settings: ReturnSettings): string {
  switch (field) {
    case 'Pupil reference':
      return pupil.pupilRef;
    case 'Name':
      return `${pupil.firstName} ${pupil.lastName}`;
    case 'Date of birth':
      return formatUkDate(pupil.dateOfBirth);
    case 'Year group':
      return pupil.yearGroup;
    case 'Reason':
      return pip.reasons.join('; ');
    case 'Hours offered':
      return hours.toFixed(1);
    case 'Full-time hours':
      return settings.fullTimeHours.toFixed(1);
    case 'Start date':
      return formatUkDate(pip.startDate);
    case 'Planned end date':
      return formatUkDate(pip.plannedEndDate);
    case 'Review dates':
      return pipReviewSchedule(pip.startDate, pip.plannedEndDate, settings)
        .map((r) => formatUkDate(r.date))
        .join('; ');
    case 'Parental agreement':
      return pip.parentSignOff ? `Yes: ${pip.parentSignOff.name}, ${formatUkDate(pip.parentSignOff.date)}` : 'No';
    case 'Off-site provision': {
      const t = currentTimetable(pip.timetables);
      return t ? Array.from(new Set(t.slots.map((s) => s.location))).join('; ') : '';
    }
    case 'Safeguarding arrangements':
      return 'Parent/carer responsible for the pupil outside the timetabled sessions (signed agreement)';
    case 'EHC plan':
      return yesNo(pupil.senProvision === 'E');
    case 'Social worker':
      return yesNo(pupil.cin || pupil.cp || pupil.lac);
    case 'Looked after':
      return yesNo(pupil.lac);
    default:
      return '';
  }
}

/** The return for a half-term: every PIP in force on any day of it, or a nil return. */
export function laPartTimeReturn(
  halfTerm: HalfTerm,
  pips: readonly Pip[],
  pupils: readonly LaReturnPupil[],
  settings: ReturnSettings,
): LaReturn {
  const byId = new Map(pupils.map((p) => [p.id, p]));
  const columns = settings.laPartTimeReturn.fields;
  const rows: string[][] = [];
  const inForce = pips
    .filter((p) => p.status !== 'Draft' && p.startDate <= halfTerm.end && (lastDayInForce(p) ?? halfTerm.end) >= halfTerm.start)
    .sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  for (const pip of inForce) {
    const pupil = byId.get(pip.pupilId);
    if (!pupil) continue;
    const lastDay = minDate(halfTerm.end, lastDayInForce(pip) ?? halfTerm.end);
    const hours = oneDecimal(hoursOn(pip, maxDate(lastDay, pip.startDate)));
    rows.push(columns.map((f) => fieldValue(f, pip, pupil, hours, settings)));
  }
  return { halfTerm, nil: rows.length === 0, columns, rows, format: settings.laPartTimeReturn.format, sendTo: settings.laPartTimeReturn.sendTo };
}

/** The nil-return sentence for a half-term. */
export function nilReturnText(halfTerm: HalfTerm, serviceName: string): string {
  return `Nil return: ${serviceName} had no pupils on a part-time timetable in ${halfTerm.label} (${formatUkDate(halfTerm.start)} to ${formatUkDate(halfTerm.end)}).`;
}

/** CSV of the return (a nil return is a one-line file saying so). */
export function laReturnCsv(r: LaReturn, serviceName: string): string {
  if (r.nil) return toCsv(['Return'], [[nilReturnText(r.halfTerm, serviceName)]]);
  return toCsv(r.columns, r.rows);
}

/** Subject and plain-text body of the return by e-mail. */
export function laReturnEmail(r: LaReturn, serviceName: string): { subject: string; body: string } {
  const subject = `Part-time timetables return: ${serviceName}, ${r.halfTerm.label}${r.nil ? ' (nil return)' : ''}`;
  if (r.nil) return { subject, body: `${nilReturnText(r.halfTerm, serviceName)}\n` };
  const lines = r.rows.map((row, i) => [`Pupil ${i + 1}`, ...row.map((v, j) => `  ${r.columns[j]}: ${v}`)].join('\n'));
  return {
    subject,
    body: `${r.rows.length} pupil${r.rows.length === 1 ? '' : 's'} on a part-time timetable in ${r.halfTerm.label} (${formatUkDate(r.halfTerm.start)} to ${formatUkDate(r.halfTerm.end)}).\n\n${lines.join('\n\n')}\n`,
  };
}
