import { toCsv } from '../attendance/attendanceCsv';
import { formatUkDate, minDate, maxDate } from '../dates/isoDates';
import type { Pupil } from '../pupils/pupil';
import type { LaReturnField } from '../settings/laPartTimeReturn';
import type { SchoolSettings } from '../settings/schoolSettings';
import { currentTimetable, type Pip } from './pip';
import { hoursOn, lastDayInForce } from './pipHistory';
import { pipReviewSchedule } from './reviewDates';
import type { HalfTerm } from './halfTerms';
import { oneDecimal, type TrackerCell, type TrackerColumnKind, type TrackerSheet } from './tracker';

export { halfTermOn, halfTermsOf, type HalfTerm } from './halfTerms';

/**
 * The local authority's part-time-timetable return (facts sheet §5: LAs ask to be told, often half-termly,
 * with nil returns). The fields, the format and the address are settings (laPartTimeReturn), because
 * neither the content nor the deadline is set nationally.
 */

export type LaReturnPupil = Pick<
  Pupil,
  'pupilRef' | 'firstName' | 'lastName' | 'dateOfBirth' | 'yearGroup' | 'senProvision' | 'cin' | 'cp' | 'lac'
> &
  Partial<Pick<Pupil, 'upn' | 'homeSchoolId'>> & { readonly id: number };

export interface LaReturn {
  readonly halfTerm: HalfTerm;
  /** No pupil was on a part-time timetable in the half-term. */
  readonly nil: boolean;
  readonly columns: readonly LaReturnField[];
  /** Each row's values as text (the screen, CSV and e-mail). */
  readonly rows: readonly (readonly string[])[];
  /** The same values typed for a spreadsheet: dates as ISO dates, hours as numbers (laReturnSheet). */
  readonly cells: readonly (readonly TrackerCell[])[];
  readonly format: SchoolSettings['laPartTimeReturn']['format'];
  readonly sendTo?: string;
  /** The saved PIPs the return lists, in row order (the record of sending it keeps them). */
  readonly pipIds: readonly number[];
}

type ReturnSettings = Pick<SchoolSettings, 'laPartTimeReturn' | 'fullTimeHours' | 'pipReviewIntervalWeeks' | 'terms' | 'closures'>;

const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');

/** How each field is typed in the spreadsheet; every other field is text. */
const FIELD_KINDS: Partial<Record<LaReturnField, TrackerColumnKind>> = {
  'Date of birth': 'date',
  'Start date': 'date',
  'Planned end date': 'date',
  'Actual end date': 'date',
  'Hours offered': 'hours',
  'Full-time hours': 'hours',
};
export const laReturnFieldKind = (field: LaReturnField): TrackerColumnKind => FIELD_KINDS[field] ?? 'text';

interface FieldContext {
  readonly pip: Pip;
  readonly pupil: LaReturnPupil;
  readonly hours: number;
  readonly settings: ReturnSettings;
  readonly schoolNames: ReadonlyMap<number, string>;
}

function fieldCell(field: LaReturnField, c: FieldContext): TrackerCell {
  const { pip, pupil, settings } = c;
  switch (field) {
    case 'Pupil reference':
      return pupil.pupilRef;
    case 'UPN':
      return pupil.upn ?? '';
    case 'Name':
      return `${pupil.firstName} ${pupil.lastName}`;
    case 'Date of birth':
      return pupil.dateOfBirth;
    case 'Year group':
      return pupil.yearGroup;
    case 'Home school':
      return pupil.homeSchoolId === undefined ? '' : c.schoolNames.get(pupil.homeSchoolId) ?? '';
    case 'Reason':
      return pip.reasons.join('; ');
    case 'Hours offered':
      return c.hours;
    case 'Full-time hours':
      return settings.fullTimeHours;
    case 'Start date':
      return pip.startDate;
    case 'Planned end date':
      return pip.plannedEndDate;
    case 'Actual end date':
      return pip.status === 'Ended' ? pip.endedOn ?? null : null;
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
      // The PIP's own risk assessment (Appendix 1: safeguarding, and home when not in school), never a fixed sentence.
      return [pip.riskSafeguarding, pip.riskHome].filter((t): t is string => t !== undefined && t.trim() !== '').join('; ') || 'Not recorded on the PIP';
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

/** A typed value as the screen, CSV and e-mail write it: dates dd/mm/yyyy, hours to one decimal. */
function cellText(value: TrackerCell, kind: TrackerColumnKind): string {
  if (value === null) return '';
  if (kind === 'date' && typeof value === 'string' && value !== '') return formatUkDate(value);
  if (kind === 'hours' && typeof value === 'number') return value.toFixed(1);
  return String(value);
}

/** The return for a half-term: every PIP in force on any day of it, or a nil return. */
export function laPartTimeReturn(
  halfTerm: HalfTerm,
  pips: readonly Pip[],
  pupils: readonly LaReturnPupil[],
  settings: ReturnSettings,
  schoolNames: ReadonlyMap<number, string> = new Map(),
): LaReturn {
  const byId = new Map(pupils.map((p) => [p.id, p]));
  const columns = settings.laPartTimeReturn.fields;
  const cells: TrackerCell[][] = [];
  const pipIds: number[] = [];
  const inForce = pips
    .filter((p) => p.status !== 'Draft' && p.startDate <= halfTerm.end && (lastDayInForce(p) ?? halfTerm.end) >= halfTerm.start)
    .sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  for (const pip of inForce) {
    const pupil = byId.get(pip.pupilId);
    if (!pupil) continue;
    const lastDay = minDate(halfTerm.end, lastDayInForce(pip) ?? halfTerm.end);
    const hours = oneDecimal(hoursOn(pip, maxDate(lastDay, pip.startDate)));
    cells.push(columns.map((f) => fieldCell(f, { pip, pupil, hours, settings, schoolNames })));
    if (pip.id !== undefined) pipIds.push(pip.id);
  }
  const rows = cells.map((row) => row.map((v, i) => cellText(v, laReturnFieldKind(columns[i]))));
  return { halfTerm, nil: rows.length === 0, columns, rows, cells, format: settings.laPartTimeReturn.format, sendTo: settings.laPartTimeReturn.sendTo, pipIds };
}

/** The service's identifiers for a nil return: its URN and DfE number (LA and establishment, 7 digits), when set. */
export type ReturnService = Pick<SchoolSettings['service'], 'name' | 'urn' | 'dfeNumber'>;

/** 'Pathways Learning Centre (URN 123456, DfE number 999/1100)', or the name alone. */
export function serviceWithIdentifiers(service: ReturnService | string): string {
  if (typeof service === 'string') return service;
  const ids = [service.urn ? `URN ${service.urn}` : undefined, service.dfeNumber ? `DfE number ${service.dfeNumber.slice(0, 3)}/${service.dfeNumber.slice(3)}` : undefined].filter(
    (x): x is string => x !== undefined,
  );
  return ids.length > 0 ? `${service.name} (${ids.join(', ')})` : service.name;
}

/** The nil-return sentence for a half-term, naming the service with its URN and DfE number when given them. */
export function nilReturnText(halfTerm: HalfTerm, service: ReturnService | string): string {
  return `Nil return: ${serviceWithIdentifiers(service)} had no pupils on a part-time timetable in ${halfTerm.label} (${formatUkDate(halfTerm.start)} to ${formatUkDate(halfTerm.end)}).`;
}

/** The return as a worksheet: dates as dates and hours as numbers (the nil return is one sentence). */
export function laReturnSheet(r: LaReturn, service: ReturnService | string): TrackerSheet {
  if (r.nil) return { name: 'Return', columns: [{ header: 'Return', kind: 'text' }], rows: [[nilReturnText(r.halfTerm, service)]] };
  return { name: 'Return', columns: r.columns.map((c) => ({ header: c, kind: laReturnFieldKind(c) })), rows: r.cells };
}

/** CSV of the return (a nil return is a one-line file saying so). */
export function laReturnCsv(r: LaReturn, service: ReturnService | string): string {
  if (r.nil) return toCsv(['Return'], [[nilReturnText(r.halfTerm, service)]]);
  return toCsv(r.columns, r.rows);
}

/** Subject and plain-text body of the return by e-mail. */
export function laReturnEmail(r: LaReturn, service: ReturnService | string): { subject: string; body: string } {
  const serviceName = typeof service === 'string' ? service : service.name;
  const subject = `Part-time timetables return: ${serviceName}, ${r.halfTerm.label}${r.nil ? ' (nil return)' : ''}`;
  if (r.nil) return { subject, body: `${nilReturnText(r.halfTerm, service)}\n` };
  const lines = r.rows.map((row, i) => [`Pupil ${i + 1}`, ...row.map((v, j) => `  ${r.columns[j]}: ${v}`)].join('\n'));
  return {
    subject,
    body: `${r.rows.length} pupil${r.rows.length === 1 ? '' : 's'} on a part-time timetable in ${r.halfTerm.label} (${formatUkDate(r.halfTerm.start)} to ${formatUkDate(r.halfTerm.end)}).\n\n${lines.join('\n\n')}\n`,
  };
}
