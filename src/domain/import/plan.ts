import type { ZodIssue } from 'zod';
import { formatUkDate, isValidIsoDate } from '../dates/isoDates';
import { IMPORT_FIELDS, type ImportKind } from './fields';
import { columnName, issueText, type MappedSheet, type ReadRow, type RowIssue } from './rows';

/**
 * The dry run: what importing each row would do, decided before anything is written. Nothing in a plan has been
 * saved; the import writes only its `new` and `updated` rows, and never a `conflict` (a saved record that differs,
 * left for a person to decide) or a `refused` row (with the reasons on its cells).
 */
export const PLANNED_OUTCOMES = ['new', 'updated', 'unchanged', 'conflict', 'refused'] as const;
export type PlannedOutcome = (typeof PLANNED_OUTCOMES)[number];

export const PLANNED_OUTCOME_LABELS: Record<PlannedOutcome, string> = {
  new: 'New',
  updated: 'Updated',
  unchanged: 'Unchanged',
  conflict: 'Conflict: left as saved',
  refused: 'Refused',
};

/** A saved record as the plan sees it: its id and the ETag that guards an update. */
export interface SavedRef {
  readonly id: number;
  readonly etag: string;
}

export interface PlanRow<T> {
  readonly rowNumber: number;
  /** Who or what the row is, for people: 'Example, Ava (UPN A…)' or 'PH-0003, 02/09/2026 AM'. */
  readonly label: string;
  readonly outcome: PlannedOutcome;
  /** Why: the problems on the row's cells, the fields that change, or what was assumed. */
  readonly reasons: readonly string[];
  /** The record to write (new and updated rows). */
  readonly record?: T;
  /** The saved record an update goes over (guarded by its ETag). */
  readonly existing?: SavedRef;
}

export interface ImportPlan<T> {
  readonly kind: ImportKind;
  readonly rows: readonly PlanRow<T>[];
}

export function countOutcomes(rows: readonly { readonly outcome: PlannedOutcome }[]): Record<PlannedOutcome, number> {
  const counts: Record<PlannedOutcome, number> = { new: 0, updated: 0, unchanged: 0, conflict: 0, refused: 0 };
  for (const r of rows) counts[r.outcome]++;
  return counts;
}

/** The zod issues of a record as cell problems, each on the column its field was read from. */
export function zodIssuesOnCells(mapped: Pick<MappedSheet, 'kind' | 'headers' | 'columns'>, rowNumber: number, issues: readonly ZodIssue[], skip: ReadonlySet<string>): RowIssue[] {
  const out: RowIssue[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (skip.has(field)) continue;
    out.push({ rowNumber, column: field ? columnName(mapped, field) : '', message: issue.message, field });
  }
  return out;
}

/** A value as people read it in a list of changes. */
export function shownValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' && isValidIsoDate(value)) return formatUkDate(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(shownValue).join('; ');
  // A person in a list (carer, emergency contact, agency worker): their first two details.
  if (typeof value === 'object') return Object.values(value as object).filter((x): x is string => typeof x === 'string' && x !== '').slice(0, 2).join(', ');
  return String(value);
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => v !== null && typeof v === 'object' && !Array.isArray(v);

const same = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isRecord(a) && isRecord(b)) return [...new Set([...Object.keys(a), ...Object.keys(b)])].every((k) => same(a[k], b[k]));
  const blank = (v: unknown): boolean => v === undefined || v === null || v === '';
  return (blank(a) && blank(b)) || a === b;
};

/** The fields the file changes on a saved record, as 'Year group: 8 → 9'. */
export function changesOf(kind: ImportKind, beforeRecord: object, afterRecord: object, keys: readonly string[]): string[] {
  const before = beforeRecord as Readonly<Record<string, unknown>>;
  const after = afterRecord as Readonly<Record<string, unknown>>;
  const out: string[] = [];
  for (const key of keys) {
    if (same(before[key], after[key])) continue;
    const label = IMPORT_FIELDS[kind].find((x) => x.key === key)?.label ?? key;
    out.push(`${label}: ${shownValue(before[key])} → ${shownValue(after[key])}`);
  }
  return out;
}

/** A refused plan row from its problems. */
export function refusedRow<T>(row: Pick<ReadRow, 'rowNumber'>, label: string, issues: readonly RowIssue[]): PlanRow<T> {
  return { rowNumber: row.rowNumber, label, outcome: 'refused', reasons: issues.map(issueText) };
}
