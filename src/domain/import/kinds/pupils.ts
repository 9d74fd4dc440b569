import { pupilSchema, type Pupil } from '../../pupils/pupil';
import { formatUkDate } from '../../dates/isoDates';
import { changesOf, refusedRow, zodIssuesOnCells, type ImportPlan, type PlanRow, type SavedRef } from '../plan';
import { columnName, type MappedSheet, type ReadRow, type RowIssue } from '../rows';
import { schemaKeys } from '../schemaKeys';
import { enrolmentSchema } from '../../pupils/enrolment';
import { nextPupilRefs, pupilKeys, pupilLabel, type PupilKey } from './pupilMatch';

/**
 * Pupils from a roll: matched to saved pupils by UPN, else the pupil reference, else legal name and date of birth.
 * A saved pupil gets only the columns the file has; a new pupil gets the service's defaults for what the file
 * lacks, each named in the preview. Every record passes the Pupil schema before it can be written.
 */
export type SavedPupil = Pupil & SavedRef & { readonly upn?: string };

export interface SchoolRef {
  readonly id: number;
  readonly name: string;
  readonly urn: string;
}

export interface PupilPlanContext {
  readonly existing: readonly SavedPupil[];
  readonly schools: readonly SchoolRef[];
  /** Today (yyyy-mm-dd): the enrolment date when the file has none. */
  readonly today: string;
}

const STORED = schemaKeys(pupilSchema);
/** Values read only to find the record (or a school), never written as such. */
const LOOKUP_ONLY = new Set(['homeSchool']);

const normName = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export function findSchool(schools: readonly SchoolRef[], text: string): SchoolRef | undefined {
  const t = text.trim();
  if (/^\d{6,8}$/.test(t)) return schools.find((s) => s.urn === t);
  const n = normName(t);
  return schools.find((s) => normName(s.name) === n) ?? schools.find((s) => normName(`${s.name}${s.urn}`) === n);
}

function stripSaved(p: SavedPupil): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...p };
  delete rest.etag;
  return rest;
}

export function planPupils(rows: readonly ReadRow[], mapped: MappedSheet, ctx: PupilPlanContext): ImportPlan<Pupil> & { readonly targets: ReadonlyMap<number, SavedRef> } {
  const byKey = new Map<PupilKey, SavedPupil>();
  for (const p of ctx.existing) for (const k of pupilKeys(p)) if (!byKey.has(k)) byKey.set(k, p);
  const inFile = new Map<PupilKey, number>();
  const refs = nextPupilRefs(ctx.existing.map((p) => p.pupilRef), rows.length);
  let refIndex = 0;
  const out: PlanRow<Pupil>[] = [];
  const targets = new Map<number, SavedRef>();

  for (const row of rows) {
    const v = row.values;
    const label = pupilLabel(v);
    if (row.duplicateOf !== undefined) {
      out.push(refusedRow(row, label, row.issues));
      continue;
    }
    const issues: RowIssue[] = [...row.issues];
    const failed = new Set(issues.map((i) => i.field ?? ''));
    const values: Record<string, unknown> = {};
    for (const key of Object.keys(v)) if (!LOOKUP_ONLY.has(key)) values[key] = v[key];
    if (typeof v.homeSchool === 'string') {
      const school = findSchool(ctx.schools, v.homeSchool);
      if (school) values.homeSchoolId = school.id;
      else
        issues.push({
          rowNumber: row.rowNumber,
          column: columnName(mapped, 'homeSchool'),
          message: `'${v.homeSchool}' is not a home school on Pathways Hub: add the school (or import the schools) first`,
          field: 'homeSchool',
        });
    }
    // The same pupil twice in one file: the first row counts.
    const keys = pupilKeys(values);
    const repeat = keys.map((k) => inFile.get(k)).find((n) => n !== undefined);
    if (repeat !== undefined) issues.push({ rowNumber: row.rowNumber, column: '', message: `is the same pupil as row ${repeat}: only row ${repeat} is imported` });
    keys.forEach((k) => inFile.has(k) || inFile.set(k, row.rowNumber));

    const match = keys.map((k) => byKey.get(k)).find((p) => p !== undefined);
    const notes: string[] = [];
    let candidate: Record<string, unknown>;
    if (match) {
      candidate = { ...stripSaved(match), ...values };
      if (values.homeSchoolId !== undefined && v.registration === undefined && match.registration === 'Single') candidate.registration = 'Dual';
    } else {
      const defaults: Record<string, unknown> = {
        enrolmentDate: ctx.today,
        registration: values.homeSchoolId !== undefined ? 'Dual' : 'Single',
        supportTier: 'Universal',
        senProvision: 'N',
        namedContactIds: [],
      };
      for (const key of Object.keys(defaults)) {
        if (values[key] !== undefined || failed.has(key)) continue;
        if (key !== 'namedContactIds') notes.push(`${columnName(mapped, key)} is not in the file: ${key === 'enrolmentDate' ? formatUkDate(ctx.today) : String(defaults[key])} is used`);
      }
      candidate = { ...defaults, ...values, pupilRef: values.pupilRef ?? refs[refIndex] };
    }
    const parsed = pupilSchema.safeParse(candidate);
    if (!parsed.success) issues.push(...zodIssuesOnCells(mapped, row.rowNumber, parsed.error.issues, failed));
    if (issues.length > 0 || !parsed.success) {
      out.push(refusedRow(row, label, issues));
      continue;
    }
    const record: Pupil = parsed.data;
    // What enrolling by hand would also ask for: told, not refused (an MIS roll rarely has it).
    const enrolment = enrolmentSchema.safeParse(candidate);
    if (!enrolment.success) notes.push(...enrolment.error.issues.map((i) => `to complete: ${i.message}`));
    if (match) {
      const changed = changesOf('pupils', stripSaved(match), parsed.data, Object.keys(values).filter((k) => STORED.has(k) || k === 'homeSchoolId'));
      const existing = { id: match.id, etag: match.etag };
      if (changed.length === 0) out.push({ rowNumber: row.rowNumber, label: pupilLabel(match), outcome: 'unchanged', reasons: [`matches ${match.pupilRef}`] });
      else {
        targets.set(row.rowNumber, existing);
        out.push({ rowNumber: row.rowNumber, label: pupilLabel(match), outcome: 'updated', reasons: [...changed, ...notes], record, existing });
      }
    } else {
      if (values.pupilRef === undefined) refIndex++;
      out.push({ rowNumber: row.rowNumber, label: pupilLabel(parsed.data), outcome: 'new', reasons: [`as ${parsed.data.pupilRef}`, ...notes], record });
    }
  }
  return { kind: 'pupils', rows: out, targets };
}
