import { toCsv } from '../attendance/attendanceCsv';
import { PLANNED_OUTCOME_LABELS, type PlanRow, type PlannedOutcome } from './plan';

/**
 * What happened to every row: the dry run's decision and, once imported, what was written. The report is CSV
 * through the product's one CSV writer, so text that Excel would run as a formula is neutralised there too.
 */
export const RESULT_OUTCOMES = ['created', 'updated', 'unchanged', 'conflict', 'refused', 'not-shared', 'failed', 'cancelled'] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

export const RESULT_LABELS: Record<ResultOutcome, string> = {
  created: 'Added',
  updated: 'Updated',
  unchanged: 'Unchanged',
  conflict: 'Conflict: left as saved',
  refused: 'Refused',
  'not-shared': 'Added, not yet shared with the home school',
  failed: 'Not saved',
  cancelled: 'Not imported (cancelled)',
};

export interface RowResult {
  readonly rowNumber: number;
  readonly label: string;
  readonly planned: PlannedOutcome;
  readonly result: ResultOutcome;
  readonly detail: string;
}

/** What a row's result is without writing it: unchanged, conflict and refused rows are final at the dry run. */
export function resultWithoutWriting(row: PlanRow<unknown>): RowResult | undefined {
  const detail = row.reasons.join('; ');
  if (row.outcome === 'unchanged' || row.outcome === 'conflict' || row.outcome === 'refused')
    return { rowNumber: row.rowNumber, label: row.label, planned: row.outcome, result: row.outcome, detail };
  return undefined;
}

export function countResults(results: readonly { readonly result: ResultOutcome }[]): Record<ResultOutcome, number> {
  const counts = Object.fromEntries(RESULT_OUTCOMES.map((o) => [o, 0])) as Record<ResultOutcome, number>;
  for (const r of results) counts[r.result]++;
  return counts;
}

export const REPORT_HEADER = ['Row', 'Record', 'Dry run', 'Result', 'Details'] as const;

/** The report: one line per row (per mark for marks), in file order. */
export function importReportCsv(rows: readonly PlanRow<unknown>[], results?: readonly RowResult[]): string {
  const byRow = new Map<string, RowResult>();
  for (const r of results ?? []) byRow.set(`${r.rowNumber}|${r.label}`, r);
  return toCsv(
    REPORT_HEADER,
    rows.map((row) => {
      const result = byRow.get(`${row.rowNumber}|${row.label}`);
      return [row.rowNumber, row.label, PLANNED_OUTCOME_LABELS[row.outcome], result ? RESULT_LABELS[result.result] : 'Not imported yet', result?.detail ?? row.reasons.join('; ')];
    }),
  );
}
