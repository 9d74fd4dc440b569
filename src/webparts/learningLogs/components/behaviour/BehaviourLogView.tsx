import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { engagementByWeek, engagementLabel, formatUkDate, indicatorCounts, londonClockTime, type BehaviourLogEntry, type Pupil } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { DataTable } from '../../../../ui/DataTable';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { EngagementChart } from './EngagementChart';
import { QuickLogForm } from './QuickLogForm';

const incidentText = (e: BehaviourLogEntry): string =>
  e.kind === 'Incident' ? `${e.what ?? ''} Where: ${e.where ?? ''}. Who: ${e.involved ?? ''}. Action: ${e.action ?? ''}. Outcome: ${e.outcome ?? ''}.` : '';

/**
 * One pupil's behaviour and engagement log (SEND policy: live to the named staff of the pupil's home school, beside
 * attendance and the learning log): quick entry for PRU staff, engagement over time, the SEMH indicators seen most,
 * and every entry. Home-school staff read it; SharePoint lets them read nothing else of the kind.
 */
export const BehaviourLogView: React.FC<{ pupil: Saved<Pupil>; canEdit: boolean }> = ({ pupil, canEdit }) => {
  const { behaviourLog, settings } = useServices();
  const name = `${pupil.firstName} ${pupil.lastName}`;
  const [status, setStatus] = React.useState<string | undefined>();
  // Two loads: after an entry only the log is read again, and the form (with what is being typed next) stays.
  const [setup, reloadSetup] = useAsync(async () => (await settings.get()).behaviourLog.semhIndicators, [settings]);
  const [log, reloadLog] = useAsync(() => behaviourLog.forPupil(pupil.id), [behaviourLog, pupil.id]);
  const failed = setup.status === 'error' ? setup : log.status === 'error' ? log : undefined;
  const indicators = setup.status === 'ready' ? setup.value : [];

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {!canEdit && <MessageBar messageBarType={MessageBarType.info}>Read only: you can read this log; PRU staff log lessons and incidents.</MessageBar>}
      {failed && (
        <MessageBar
          messageBarType={MessageBarType.error}
          actions={
            <DefaultButton
              onClick={() => {
                reloadSetup();
                reloadLog();
              }}
              text="Try again"
            />
          }
        >
          {failed.message}
        </MessageBar>
      )}
      <div role="status">{status && <MessageBar messageBarType={MessageBarType.success}>{status}</MessageBar>}</div>
      {canEdit && setup.status === 'ready' && (
        <QuickLogForm
          pupilId={pupil.id}
          pupilRef={pupil.pupilRef}
          pupilName={name}
          indicators={indicators}
          onSaved={(message) => {
            setStatus(message);
            reloadLog();
          }}
        />
      )}
      {log.status === 'loading' && <Spinner label={`Loading the behaviour and engagement log of ${name}…`} />}
      {log.status === 'ready' && <LogEntries name={name} entries={log.value.items} problems={log.value.problems.length} firstProblem={log.value.problems[0]?.message} indicators={indicators} />}
    </Stack>
  );
};

const LogEntries: React.FC<{ name: string; entries: readonly Saved<BehaviourLogEntry>[]; problems: number; firstProblem?: string; indicators: readonly string[] }> = ({
  name,
  entries,
  problems,
  firstProblem,
  indicators,
}) => {
  const weeks = engagementByWeek(entries);
  const top = indicatorCounts(entries, indicators).slice(0, 5);
  return (
    <>
      {problems > 0 && <MessageBar messageBarType={MessageBarType.warning}>{problems} entr{problems === 1 ? 'y' : 'ies'} could not be read: {firstProblem}</MessageBar>}
      <Text as="h3" variant="large">
        Engagement over time
      </Text>
      <EngagementChart id={`engagement-${name.replace(/\W/g, '')}`} name={name} weeks={weeks} />
      {top.length > 0 && <p>SEMH indicators seen most: {top.map((t) => `${t.indicator} (${t.count})`).join(', ')}.</p>}
      <DataTable
        caption={`Behaviour and engagement log, ${name}`}
        rows={entries}
        getKey={(e) => String(e.id)}
        empty="Nothing logged yet."
        columns={[
          { key: 'when', header: 'When', rowHeader: true, render: (e) => `${formatUkDate(e.day)} ${londonClockTime(new Date(e.at))}` },
          { key: 'kind', header: 'Entry', render: (e) => e.kind },
          { key: 'lesson', header: 'Lesson', render: (e) => `${e.lesson} (${e.lessonKind})` },
          { key: 'engagement', header: 'Engagement', render: (e) => engagementLabel(e.engagement) },
          { key: 'indicators', header: 'SEMH indicators', render: (e) => e.indicators.join(', ') || '—' },
          { key: 'incident', header: 'Incident', render: (e) => incidentText(e) || '—' },
          { key: 'notes', header: 'Notes', render: (e) => e.notes ?? '' },
          { key: 'by', header: 'By', render: (e) => e.recordedBy },
        ]}
      />
    </>
  );
};
