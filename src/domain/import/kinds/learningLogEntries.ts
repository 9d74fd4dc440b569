import { learningLogEntrySchema, type LearningLogEntry } from '../../learning/learningLogEntry';
import { learningLogTermOf } from '../../learning/learningLogTermOf';
import { formatUkDate } from '../../dates/isoDates';
import type { TermDates } from '../../settings/termDates';
import type { TermName } from '../../vocabulary';
import { refusedRow, zodIssuesOnCells, type ImportPlan, type PlanRow } from '../plan';
import { columnName, type MappedSheet, type ReadRow, type RowIssue } from '../rows';
import type { MarkPupil } from './marks';
import { indexPupils, pupilLabel } from './pupilMatch';

/**
 * Learning log entries: one row per entry (pupil, date, subject, teacher, what the pupil did, highlight). Each goes
 * into the pupil's log for the term of its date (learningLogTermOf), made when the pupil has none yet.
 * Matching key (idempotence): the pupil, the date, the subject (any case) and the entry's words (any case and
 * spacing): a saved entry with the same key is unchanged, so importing the same file again adds nothing. Two
 * entries that differ only in their words are two entries (a pupil can have two lessons of a subject in a day).
 */
export type ImportedEntry = Omit<LearningLogEntry, 'logId' | 'id'> & { readonly pupilRef: string; readonly academicYear: string; readonly term: TermName };

export interface EntryPlanContext {
  readonly pupils: readonly MarkPupil[];
  readonly saved: readonly Pick<LearningLogEntry, 'pupilId' | 'entryDate' | 'subject' | 'entry'>[];
  readonly terms: readonly TermDates[];
}

const words = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
export const entryKey = (e: Pick<LearningLogEntry, 'pupilId' | 'entryDate' | 'subject' | 'entry'>): string => `${e.pupilId}|${e.entryDate}|${words(e.subject)}|${words(e.entry)}`;

const IDENTITY = ['upn', 'pupilRef', 'lastName', 'firstName', 'dateOfBirth'];

export function planLearningLogEntries(rows: readonly ReadRow[], mapped: MappedSheet, ctx: EntryPlanContext): ImportPlan<ImportedEntry> {
  const index = indexPupils(ctx.pupils);
  const saved = new Set(ctx.saved.map(entryKey));
  const inFile = new Map<string, number>();
  const out: PlanRow<ImportedEntry>[] = [];
  for (const row of rows) {
    const v = row.values;
    const who = pupilLabel(v);
    const label = `${who}, ${typeof v.entryDate === 'string' ? formatUkDate(v.entryDate) : '(no date)'}, ${String(v.subject ?? '(no subject)')}`;
    if (row.duplicateOf !== undefined) {
      out.push(refusedRow(row, label, row.issues));
      continue;
    }
    const issues: RowIssue[] = [...row.issues];
    const pupil = index.find(v);
    if (!pupil && !issues.some((i) => IDENTITY.includes(i.field ?? '')))
      issues.push({ rowNumber: row.rowNumber, column: '', message: `${who} is not a pupil on Pathways Hub (or the name matches more than one): import the roll first` });
    const failed = new Set(issues.map((i) => i.field ?? ''));
    const parsed = learningLogEntrySchema.omit({ logId: true }).safeParse({ pupilId: pupil?.id ?? 1, subject: v.subject, entryDate: v.entryDate, teacher: v.teacher, entry: v.entry, highlight: v.highlight ?? false });
    if (!parsed.success) issues.push(...zodIssuesOnCells(mapped, row.rowNumber, parsed.error.issues, failed));
    if (issues.length > 0 || !parsed.success || !pupil) {
      out.push(refusedRow(row, label, issues));
      continue;
    }
    const key = entryKey(parsed.data);
    const earlier = inFile.get(key);
    if (earlier !== undefined) {
      out.push(refusedRow(row, label, [{ rowNumber: row.rowNumber, column: columnName(mapped, 'entry'), message: `the same entry is on row ${earlier}: only row ${earlier} is imported` }]));
      continue;
    }
    inFile.set(key, row.rowNumber);
    if (saved.has(key)) {
      out.push({ rowNumber: row.rowNumber, label, outcome: 'unchanged', reasons: ['already in the pupil’s learning log'] });
      continue;
    }
    const { academicYear, term } = learningLogTermOf(parsed.data.entryDate, ctx.terms);
    out.push({ rowNumber: row.rowNumber, label, outcome: 'new', reasons: [`into the ${term} ${academicYear} log`], record: { ...parsed.data, pupilRef: pupil.pupilRef, academicYear, term } });
  }
  return { kind: 'learningLogEntries', rows: out };
}
