import * as React from 'react';
import { formatUkDate, type PupilChange } from '../../../../domain';
import type { ReadResult, Saved } from '../../../../data/ports';
import { DataTable } from '../../../../ui/DataTable';
import { usePeopleNames } from '../../../../ui/usePeopleNames';

/** A history value as staff read it: a date (the leaving date) as dd/mm/yyyy, anything else as it is. */
export const historyValue = (v: string | undefined): string => (v === undefined ? '—' : /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatUkDate(v) : v);

/** The dated changes of tier, provision, need, registration, home school, named staff and leaving, newest first; who made each, by name. */
export const PupilHistoryView: React.FC<{ history: ReadResult<Saved<PupilChange>>; name: string }> = ({ history, name }) => {
  const personName = usePeopleNames(history.items.map((c) => c.changedBy));
  return (
    <DataTable
      caption={`Changes to ${name}’s record`}
      hideCaption
      rows={history.items}
      getKey={(c) => String(c.id)}
      empty="No changes recorded yet."
      columns={[
        { key: 'date', header: 'Date', render: (c) => formatUkDate(c.effective), rowHeader: true },
        { key: 'kind', header: 'Change', render: (c) => c.kind },
        { key: 'from', header: 'From', render: (c) => historyValue(c.from) },
        { key: 'to', header: 'To', render: (c) => historyValue(c.to) },
        { key: 'reason', header: 'Reason', render: (c) => c.reason },
        { key: 'by', header: 'By', render: (c) => personName(c.changedBy) ?? c.changedBy },
      ]}
    />
  );
};
