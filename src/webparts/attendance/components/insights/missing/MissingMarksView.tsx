import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { Link } from '@fluentui/react/lib/Link';
import { addDays, formatUkDate, missingMarks, mondayOf, type AttendanceMark } from '../../../../../domain';
import { DataTable } from '../../../../../ui/DataTable';
import type { InsightsBase } from '../shared/insightsData';
import { pupilName } from '../shared/format';
import { DateRangeFields, rangeError } from '../shared/DateRangeFields';
import { useOpenRegister } from '../../openRegister';
import { registerTitle } from '../../register/registerTitle';

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
  const openRegister = useOpenRegister();
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h3" variant="large">
        Missing marks
      </Text>
      <Text as="p" block>
        Every pupil on roll needs a mark for every session. These are the sessions with pupils still unmarked: open the register for that date and
        session (its date opens it) to mark them.
      </Text>
      <DateRangeFields from={from} to={to} errors={errors} onFrom={setFrom} onTo={setTo} />
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
                {
                  key: 'date',
                  header: 'Date',
                  rowHeader: true,
                  render: (r) =>
                    openRegister ? (
                      <Link
                        aria-label={`${formatUkDate(r.date)}: open the register for ${registerTitle(r.date, r.session)}`}
                        styles={{ root: { display: 'inline-block', minHeight: 24, minWidth: 24 } }}
                        onClick={() => openRegister(r.date, r.session)}
                      >
                        {formatUkDate(r.date)}
                      </Link>
                    ) : (
                      formatUkDate(r.date)
                    ),
                },
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
