import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { addDays, formatUkDate, isValidIsoDate, missingMarks, mondayOf, type AttendanceMark } from '../../../../../domain';
import { DataTable } from '../../../../../ui/DataTable';
import type { InsightsBase } from '../shared/insightsData';
import { pupilName } from '../shared/format';

/** Why the range cannot be shown, or undefined. */
function rangeError(from: string, to: string, base: InsightsBase): { from?: string; to?: string } {
  if (!isValidIsoDate(from)) return { from: 'Enter the first date as dd/mm/yyyy' };
  if (!isValidIsoDate(to)) return { to: 'Enter the last date as dd/mm/yyyy' };
  if (from < base.yearStart) return { from: `Choose a date in this school year, from ${formatUkDate(base.yearStart)}` };
  if (to > base.today) return { to: `Choose a date up to today (${formatUkDate(base.today)}): later registers have not been taken` };
  if (from > to) return { to: 'The last date must be on or after the first' };
  return {};
}

/** Sessions in a date range with pupils on roll and no mark (this school year's registers; last week and this one at first). */
export const MissingMarksView: React.FC<{ base: InsightsBase; marks: readonly AttendanceMark[] }> = ({ base, marks }) => {
  const [from, setFrom] = React.useState(() => {
    const start = addDays(mondayOf(base.today), -7);
    return start < base.yearStart ? base.yearStart : start;
  });
  const [to, setTo] = React.useState(base.today);
  const errors = rangeError(from, to, base);
  const ok = errors.from === undefined && errors.to === undefined;
  const rows = React.useMemo(() => (ok ? missingMarks(marks, base.pupils, from, to, base.settings) : []), [ok, marks, base.pupils, from, to, base.settings]);
  const byId = React.useMemo(() => new Map(base.pupils.map((p) => [p.id, p])), [base.pupils]);
  const total = rows.reduce((n, r) => n + r.pupilIds.length, 0);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h3" variant="large">
        Missing marks
      </Text>
      <Text as="p" block>
        Every pupil on roll needs a mark for every session. These are the sessions with pupils still unmarked: open the register for that date and
        session to mark them.
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <TextField label="From" type="date" value={from} onChange={(_e, v) => setFrom(v ?? '')} errorMessage={errors.from} styles={{ root: { width: 200 } }} />
        <TextField label="To" type="date" value={to} onChange={(_e, v) => setTo(v ?? '')} errorMessage={errors.to} styles={{ root: { width: 200 } }} />
      </Stack>
      {ok && (
        <>
          <Text as="p" block role="status">
            {rows.length === 0
              ? `No marks are missing from ${formatUkDate(from)} to ${formatUkDate(to)}.`
              : `${total} mark${total === 1 ? '' : 's'} missing in ${rows.length} session${rows.length === 1 ? '' : 's'} from ${formatUkDate(from)} to ${formatUkDate(to)}.`}
          </Text>
          {rows.length > 0 && (
            <DataTable
              caption={`Sessions with missing marks, ${formatUkDate(from)} to ${formatUkDate(to)}`}
              rows={rows}
              getKey={(r) => `${r.date}|${r.session}`}
              columns={[
                { key: 'date', header: 'Date', rowHeader: true, render: (r) => formatUkDate(r.date) },
                { key: 'session', header: 'Session', render: (r) => (r.session === 'AM' ? 'Morning (AM)' : 'Afternoon (PM)') },
                { key: 'count', header: 'Unmarked', numeric: true, render: (r) => r.pupilIds.length },
                {
                  key: 'pupils',
                  header: 'Pupils',
                  render: (r) =>
                    r.pupilIds
                      .map((id) => byId.get(id))
                      .map((p, i) => (p ? pupilName(p) : `Pupil ${r.pupilIds[i]}`))
                      .join('; '),
                },
              ]}
            />
          )}
        </>
      )}
      {!ok && <MessageBar messageBarType={MessageBarType.info}>Choose the dates to look at: {errors.from ?? errors.to}.</MessageBar>}
    </Stack>
  );
};
