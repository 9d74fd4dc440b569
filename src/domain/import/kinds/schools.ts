import { schoolSchema, type School } from '../../schools/school';
import { schoolContactSchema, type SchoolContact } from '../../schools/schoolContact';
import { changesOf, refusedRow, zodIssuesOnCells, type ImportPlan, type PlanRow, type SavedRef } from '../plan';
import { columnName, type MappedSheet, type ReadRow, type RowIssue } from '../rows';
import { findSchool, type SchoolRef } from './pupils';

/**
 * Home schools (matched by URN) and their named staff (matched by school and e-mail). A saved school or member
 * of staff whose details differ is a conflict: it is changed on the Schools screen, never by an import.
 */
export type SavedSchool = School & SavedRef;
export type SavedContact = SchoolContact & SavedRef;

const rowKeys = (values: Readonly<Record<string, unknown>>): string[] => Object.keys(values);

export function planSchools(rows: readonly ReadRow[], mapped: MappedSheet, existing: readonly SavedSchool[]): ImportPlan<School> {
  const byUrn = new Map(existing.map((s) => [s.urn, s]));
  const inFile = new Map<string, number>();
  const out: PlanRow<School>[] = [];
  for (const row of rows) {
    const v = row.values;
    const label = `${String(v.name ?? '(no name)')}${v.urn ? ` (URN ${String(v.urn)})` : ''}`;
    const issues: RowIssue[] = [...row.issues];
    const failed = new Set(issues.map((i) => i.field ?? ''));
    if (row.duplicateOf !== undefined) {
      out.push(refusedRow(row, label, issues));
      continue;
    }
    const urn = typeof v.urn === 'string' ? v.urn : undefined;
    const earlier = urn ? inFile.get(urn) : undefined;
    if (earlier) issues.push({ rowNumber: row.rowNumber, column: columnName(mapped, 'urn'), message: `URN ${urn} is also on row ${earlier}: only row ${earlier} is imported` });
    else if (urn) inFile.set(urn, row.rowNumber);
    const match = urn ? byUrn.get(urn) : undefined;
    const parsed = schoolSchema.safeParse(match ? { ...match, ...v } : { active: true, ...v });
    if (!parsed.success) issues.push(...zodIssuesOnCells(mapped, row.rowNumber, parsed.error.issues, failed));
    if (issues.length > 0 || !parsed.success) {
      out.push(refusedRow(row, label, issues));
      continue;
    }
    if (!match) out.push({ rowNumber: row.rowNumber, label, outcome: 'new', reasons: [], record: parsed.data });
    else {
      const changes = changesOf('schools', match, parsed.data, rowKeys(v));
      out.push(
        changes.length === 0
          ? { rowNumber: row.rowNumber, label, outcome: 'unchanged', reasons: ['already on Pathways Hub'] }
          : { rowNumber: row.rowNumber, label, outcome: 'conflict', reasons: [...changes, 'the saved school is kept: change it on the Schools screen if the file is right'] },
      );
    }
  }
  return { kind: 'schools', rows: out };
}

export function planSchoolStaff(rows: readonly ReadRow[], mapped: MappedSheet, schools: readonly SchoolRef[], existing: readonly SavedContact[]): ImportPlan<SchoolContact> {
  const key = (schoolId: number, email: string): string => `${schoolId}|${email.trim().toLowerCase()}`;
  const saved = new Map(existing.map((c) => [key(c.schoolId, c.email), c]));
  const inFile = new Map<string, number>();
  const out: PlanRow<SchoolContact>[] = [];
  for (const row of rows) {
    const v = row.values;
    const label = `${String(v.fullName ?? '(no name)')}, ${String(v.school ?? '(no school)')}`;
    const issues: RowIssue[] = [...row.issues];
    const failed = new Set(issues.map((i) => i.field ?? ''));
    if (row.duplicateOf !== undefined) {
      out.push(refusedRow(row, label, issues));
      continue;
    }
    const school = typeof v.school === 'string' ? findSchool(schools, v.school) : undefined;
    if (typeof v.school === 'string' && !school)
      issues.push({ rowNumber: row.rowNumber, column: columnName(mapped, 'school'), message: `'${v.school}' is not a home school on Pathways Hub: import or add the school first` });
    const values: Record<string, unknown> = { ...v };
    delete values.school;
    const candidate = { notify: true, ...values, schoolId: school?.id };
    const parsed = schoolContactSchema.safeParse(candidate);
    if (!parsed.success) issues.push(...zodIssuesOnCells(mapped, row.rowNumber, parsed.error.issues, new Set([...failed, 'schoolId'])));
    const k = school && typeof v.email === 'string' ? key(school.id, v.email) : undefined;
    const earlier = k ? inFile.get(k) : undefined;
    if (earlier) issues.push({ rowNumber: row.rowNumber, column: columnName(mapped, 'email'), message: `is the same person as row ${earlier}: only row ${earlier} is imported` });
    else if (k) inFile.set(k, row.rowNumber);
    if (issues.length > 0 || !parsed.success) {
      out.push(refusedRow(row, label, issues));
      continue;
    }
    const match = k ? saved.get(k) : undefined;
    if (!match) out.push({ rowNumber: row.rowNumber, label, outcome: 'new', reasons: [], record: parsed.data });
    else {
      const changes = changesOf('schoolStaff', match, parsed.data, Object.keys(values));
      out.push(
        changes.length === 0
          ? { rowNumber: row.rowNumber, label, outcome: 'unchanged', reasons: ['already a named member of staff'] }
          : { rowNumber: row.rowNumber, label, outcome: 'conflict', reasons: [...changes, 'the saved details are kept: change them on the Schools screen if the file is right'] },
      );
    }
  }
  return { kind: 'schoolStaff', rows: out };
}
