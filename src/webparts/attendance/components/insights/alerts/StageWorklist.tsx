import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import type { ReadResult, Saved } from '../../../../../data/ports';
import {
  formatUkDate,
  type AttendanceActionRecord,
  type IsoDate,
  type Pupil,
  type SchoolSettings,
  type StageFigure,
  type StageWorklist as Worklist,
} from '../../../../../domain';
import { useServices } from '../../../../../ui/ServicesContext';
import { useAsync } from '../../../../../ui/useAsync';
import { DataTable } from '../../../../../ui/DataTable';
import { LoadState } from '../shared/LoadState';
import { formatPercent, pupilName, weekLabel } from '../shared/format';
import { RecordActionForm } from './RecordActionForm';
import { PupilNameLink } from '../../../../../ui/pupilRecord/PupilNameLink';

const NEXT_STEPS: Record<'Stage 2' | 'Stage 3', string> = {
  'Stage 2': 'Discuss at SLT; identify barriers; supportive conversation with the family',
  'Stage 3': 'Consider multi-agency support, an Early Help referral, and whether a PIP would help',
};

const figure = (f: StageFigure | null): string => (f === null ? 'No possible sessions' : `${formatPercent(f.percent)} (${f.stage ?? 'no stage'})`);

const worstStage = (a: StageFigure | null, b: StageFigure): 'Stage 2' | 'Stage 3' =>
  a?.stage === 'Stage 3' || b.stage === 'Stage 3' ? 'Stage 3' : 'Stage 2';

/** Pupils in Stage 2 or 3, with the actions taken and planned, and a form to record another. */
export const StageWorklist: React.FC<{
  worklist: Worklist;
  pupilsById: ReadonlyMap<number, Saved<Pupil>>;
  settings: SchoolSettings;
  today: IsoDate;
}> = ({ worklist, pupilsById, today }) => {
  const { attendanceActions } = useServices();
  const [recordingFor, setRecordingFor] = React.useState<number | undefined>(undefined);
  const [message, setMessage] = React.useState('');
  const ids = React.useMemo(() => worklist.rows.map((r) => r.pupilId), [worklist]);
  const [state, reload] = useAsync(async (): Promise<ReadResult<Saved<AttendanceActionRecord>>> => {
    if (ids.length === 0) return { items: [], problems: [] };
    if (attendanceActions.forPupils) return attendanceActions.forPupils(ids);
    const each = await Promise.all(ids.map((id) => attendanceActions.forPupil(id)));
    return { items: each.flatMap((r) => r.items), problems: each.flatMap((r) => r.problems) };
  }, [attendanceActions, ids]);

  const nameOf = (id: number): string => {
    const p = pupilsById.get(id);
    return p ? pupilName(p) : `Pupil ${id}`;
  };
  const pupil = recordingFor === undefined ? undefined : pupilsById.get(recordingFor);

  return (
    <section aria-labelledby="stage-heading">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text as="h3" variant="large" id="stage-heading">
          Stage 2 and 3 worklist ({worklist.rows.length})
        </Text>
        <Text as="p" block>
          Pupils in Stage 2 or Stage 3 {worklist.weekStart ? `in the latest week (${weekLabel(worklist.weekStart)})` : 'this week'} or across the year
          to date, highest stage first.
        </Text>
        <div role="status" aria-live="polite">
          {message}
        </div>
        <LoadState state={state} loading="Loading the actions recorded…" onRetry={reload}>
          {(actions) => {
            const byPupil = new Map<number, Saved<AttendanceActionRecord>[]>();
            for (const a of actions.items) byPupil.set(a.pupilId, [...(byPupil.get(a.pupilId) ?? []), a]);
            return (
              <DataTable
                caption="Pupils in Stage 2 or 3, with actions taken and planned"
                hideCaption
                rows={worklist.rows}
                getKey={(r) => String(r.pupilId)}
                empty="No pupils are in Stage 2 or 3."
                columns={[
                  { key: 'name', header: 'Pupil', rowHeader: true, render: (r) => <PupilNameLink pupilId={r.pupilId}>{nameOf(r.pupilId)}</PupilNameLink> },
                  { key: 'week', header: 'Latest week', render: (r) => figure(r.week) },
                  { key: 'year', header: 'Year to date', render: (r) => figure(r.cumulative) },
                  { key: 'next', header: 'Policy next steps', render: (r) => NEXT_STEPS[worstStage(r.week, r.cumulative)] },
                  {
                    key: 'actions',
                    header: 'Actions taken and planned',
                    render: (r) => {
                      const own = byPupil.get(r.pupilId) ?? [];
                      if (own.length === 0) return 'None recorded';
                      return (
                        <ul style={{ margin: 0, paddingLeft: 18 }}>
                          {own.map((a) => (
                            <li key={a.id}>
                              {a.action}, {formatUkDate(a.date)} ({a.planned ? 'planned' : 'done'}){a.notes ? `: ${a.notes}` : ''}
                            </li>
                          ))}
                        </ul>
                      );
                    },
                  },
                  {
                    key: 'record',
                    header: 'Record',
                    render: (r) => (
                      <DefaultButton onClick={() => setRecordingFor(r.pupilId)} ariaLabel={`Record an action for ${nameOf(r.pupilId)}`}>
                        Record an action
                      </DefaultButton>
                    ),
                  },
                ]}
              />
            );
          }}
        </LoadState>
        {pupil !== undefined && (
          <RecordActionForm
            key={pupil.id}
            pupil={pupil}
            today={today}
            onCancel={() => setRecordingFor(undefined)}
            onSaved={(saved) => {
              setRecordingFor(undefined);
              setMessage(`Recorded: ${saved.action} for ${pupilName(pupil)} on ${formatUkDate(saved.date)}.`);
              reload();
            }}
          />
        )}
      </Stack>
    </section>
  );
};
