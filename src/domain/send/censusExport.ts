import type { Pupil } from '../pupils/pupil';
import { isOnRoll } from '../pupils/onRoll';
import { csvDate, toCsv } from '../attendance/attendanceCsv';
import { unknownNeedMessage, unknownProvisionMessage } from './censusCodes';

/** What the SEN census return needs of a pupil (facts sheet §7): provision E/K/N and needs ranked 1 and 2. */
export type CensusPupil = Pick<
  Pupil,
  'pupilRef' | 'firstName' | 'lastName' | 'dateOfBirth' | 'yearGroup' | 'enrolmentDate' | 'leavingDate' | 'senProvision' | 'primaryNeed' | 'secondaryNeed'
>;

export interface CensusProblem {
  readonly pupilRef: string;
  readonly field: 'senProvision' | 'primaryNeed' | 'secondaryNeed';
  readonly message: string;
}

export const SEN_CENSUS_CSV_HEADER = [
  'Pupil reference',
  'Surname',
  'Forename',
  'Date of birth',
  'Year group',
  'SEN provision',
  'SEN type ranking 1',
  'SEN type ranking 2',
] as const;

/** Everything that would make a pupil's census line wrong. Warnings (NSA with E) are not problems. */
export function censusProblems(p: CensusPupil): CensusProblem[] {
  const out: CensusProblem[] = [];
  const add = (field: CensusProblem['field'], message: string): void => {
    out.push({ pupilRef: p.pupilRef, field, message });
  };
  const provision = unknownProvisionMessage(p.senProvision);
  if (provision) add('senProvision', provision);
  const primary = unknownNeedMessage(p.primaryNeed);
  if (primary) add('primaryNeed', primary);
  const secondary = unknownNeedMessage(p.secondaryNeed);
  if (secondary) add('secondaryNeed', secondary);
  if (p.senProvision === 'N' && (p.primaryNeed !== undefined || p.secondaryNeed !== undefined))
    add('primaryNeed', 'A need can only be recorded for a pupil with SEN support (K) or an EHC plan (E)');
  if (p.secondaryNeed !== undefined && p.primaryNeed === undefined) add('secondaryNeed', 'Choose the primary need before a secondary need');
  if (p.secondaryNeed !== undefined && p.secondaryNeed === p.primaryNeed) add('secondaryNeed', 'Secondary need must differ from the primary need');
  return out;
}

export interface SenCensusExport {
  /** The CSV (BOM, CRLF), or undefined when any pupil on roll has a problem: nothing is exported half-way. */
  readonly csv?: string;
  readonly rows: number;
  readonly problems: CensusProblem[];
}

/**
 * The census-ready SEN lines of every pupil on roll on the census date, by surname: provision and needs ranked
 * 1 (primary) and 2 (secondary). PRU staff only: the page offers it only to them.
 */
export function senCensusCsv(pupils: readonly CensusPupil[], censusDate: string): SenCensusExport {
  const onRoll = pupils
    .filter((p) => isOnRoll(p, censusDate))
    .sort((a, b) => a.lastName.localeCompare(b.lastName, 'en-GB') || a.firstName.localeCompare(b.firstName, 'en-GB') || a.pupilRef.localeCompare(b.pupilRef));
  const problems = onRoll.flatMap(censusProblems);
  if (problems.length > 0) return { rows: 0, problems };
  const rows = onRoll.map((p) => [p.pupilRef, p.lastName, p.firstName, csvDate(p.dateOfBirth), p.yearGroup, p.senProvision, p.primaryNeed ?? '', p.secondaryNeed ?? '']);
  return { csv: toCsv(SEN_CENSUS_CSV_HEADER, rows), rows: rows.length, problems: [] };
}
