import * as React from 'react';
import { DataTable } from '../../../ui/DataTable';
import { PLANNED_OUTCOME_LABELS, PLANNED_OUTCOMES, countOutcomes, type PlanRow } from '../../../domain/import/plan';
import { RESULT_LABELS, RESULT_OUTCOMES, countResults, type RowResult } from '../../../domain/import/report';

/** The dry run's counts: new, updated, unchanged, conflicts and refused. */
export const PlanCounts: React.FC<{ rows: readonly PlanRow<unknown>[] }> = ({ rows }) => {
  const counts = countOutcomes(rows);
  return (
    <DataTable
      caption={`What importing ${rows.length} ${rows.length === 1 ? 'row' : 'rows'} would do`}
      columns={[
        { key: 'o', header: 'Outcome', rowHeader: true, render: (o: (typeof PLANNED_OUTCOMES)[number]) => PLANNED_OUTCOME_LABELS[o] },
        { key: 'n', header: 'Rows', numeric: true, render: (o) => counts[o] },
      ]}
      rows={PLANNED_OUTCOMES}
      getKey={(o) => o}
    />
  );
};

/** Every row that is not simply new or unchanged, with its reasons: what a person must look at. */
export const PlanDetails: React.FC<{ rows: readonly PlanRow<unknown>[]; limit?: number }> = ({ rows, limit = 200 }) => {
  const shown = rows.filter((r) => r.outcome === 'refused' || r.outcome === 'conflict' || r.outcome === 'updated');
  return (
    <DataTable
      caption={shown.length > limit ? `Rows to look at (the first ${limit} of ${shown.length}; the report has them all)` : 'Rows to look at'}
      columns={[
        { key: 'row', header: 'Row', numeric: true, render: (r: PlanRow<unknown>) => r.rowNumber },
        { key: 'who', header: 'Record', rowHeader: true, render: (r) => r.label },
        { key: 'what', header: 'Outcome', render: (r) => PLANNED_OUTCOME_LABELS[r.outcome] },
        {
          key: 'why',
          header: 'Why',
          render: (r) => (
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {r.reasons.map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ul>
          ),
        },
      ]}
      rows={shown.slice(0, limit)}
      getKey={(r, i) => `${r.rowNumber}-${i}`}
      empty="Nothing to look at: every row is new or unchanged."
    />
  );
};

/** What the import did, counted. */
export const ResultCounts: React.FC<{ results: readonly RowResult[] }> = ({ results }) => {
  const counts = countResults(results);
  return (
    <DataTable
      caption={`What happened to ${results.length} ${results.length === 1 ? 'row' : 'rows'}`}
      columns={[
        { key: 'o', header: 'Result', rowHeader: true, render: (o: (typeof RESULT_OUTCOMES)[number]) => RESULT_LABELS[o] },
        { key: 'n', header: 'Rows', numeric: true, render: (o) => counts[o] },
      ]}
      rows={RESULT_OUTCOMES.filter((o) => counts[o] > 0)}
      getKey={(o) => o}
    />
  );
};
