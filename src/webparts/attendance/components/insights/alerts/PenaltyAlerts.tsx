import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { Saved } from '../../../../../data/ports';
import { formatUkDate, type AlertMark, type PenaltyAlert, type Pupil, type SchoolSettings } from '../../../../../domain';
import { DataTable } from '../../../../../ui/DataTable';
import { codeWithMeaning, pupilName, weekLabel } from '../shared/format';
import { PupilNameLink } from '../../../../../ui/pupilRecord/PupilNameLink';

/**
 * Pupils at the national threshold for CONSIDERING a penalty notice. Worded as a prompt for the headteacher
 * under the support-first policy: meeting the threshold never means a notice is issued.
 */
export const PenaltyAlerts: React.FC<{
  alerts: readonly PenaltyAlert<AlertMark>[];
  pupilsById: ReadonlyMap<number, Saved<Pupil>>;
  settings: SchoolSettings;
}> = ({ alerts, pupilsById, settings }) => {
  const { sessions, schoolWeeks, codes } = settings.penaltyThreshold;
  const met = alerts.filter((a) => a.level === 'met');
  const near = alerts.filter((a) => a.level === 'near');
  const nameOf = (id: number): string => {
    const p = pupilsById.get(id);
    return p ? pupilName(p) : `Pupil ${id}`;
  };
  return (
    <section aria-labelledby="penalty-heading">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" variant="large" id="penalty-heading">
          Penalty-notice threshold: support first ({met.length})
        </Text>
        <Text as="p" block>
          These pupils have {sessions} or more sessions of unauthorised absence (codes {codes.join(', ')}) within {schoolWeeks} school weeks,
          the national threshold at which a penalty notice must be considered. It is a prompt for the headteacher to review the support
          offered to the family, not a fine: under our support-first policy a request to the local authority is only considered where
          support is not appropriate or has not been engaged with.
        </Text>
        {met.length === 0 && <MessageBar messageBarType={MessageBarType.success}>No pupil has reached the threshold.</MessageBar>}
        {met.map((a) => (
          <DataTable
            key={a.pupilId}
            caption={`${nameOf(a.pupilId)}: ${a.result.sessions.length} sessions from the ${weekLabel(a.result.windowFirstWeek as string)} to the ${weekLabel(
              a.result.windowLastWeek as string,
            )}`}
            rows={a.result.sessions}
            getKey={(m) => `${m.date}-${m.session}`}
            columns={[
              { key: 'date', header: 'Date', rowHeader: true, render: (m) => formatUkDate(m.date) },
              { key: 'session', header: 'Session', render: (m) => m.session },
              { key: 'code', header: 'Code', render: (m) => codeWithMeaning(m.code) },
            ]}
          />
        ))}
        <DataTable
          caption={`Close to the threshold: ${near.length} pupils with ${Math.max(1, sessions - 2)} or more in a window`}
          rows={near}
          getKey={(a) => String(a.pupilId)}
          empty="No pupils close to the threshold."
          columns={[
            { key: 'name', header: 'Pupil', rowHeader: true, render: (a) => <PupilNameLink pupilId={a.pupilId}>{nameOf(a.pupilId)}</PupilNameLink> },
            { key: 'count', header: `Most sessions in ${schoolWeeks} school weeks`, numeric: true, render: (a) => `${a.result.highestCountInAnyWindow} of ${sessions}` },
          ]}
        />
      </Stack>
    </section>
  );
};
