import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Text } from '../../../../ui/plain/Text';
import { dueRows, ehcStepOfDueKind, groupByPupil, groupByWeek, type DueRow } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { errorText, pupilName, type Notice } from '../shared';
import { DueItemRow } from './DueItemRow';
import { loadDue, type DueData } from './loadDue';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';
import { onDemand } from '../../../../ui/onDemand';
import { PlainCheckbox } from '../../../../ui/plain/PlainFields';
import { PlainRadioGroup } from '../../../../ui/plain/PlainRadioGroup';

// The forms load (one chunk) when one is first opened: the view itself is plain markup (no ChoiceGroup, TextField
// or pupil picker).
const EhcRequestForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'review-due-forms' */ './EhcRequestForm').then((m) => m.EhcRequestForm));
const EhcStepForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'review-due-forms' */ './EhcStepForm').then((m) => m.EhcStepForm));
const PlanReviewForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'review-due-forms' */ './PlanReviewForm').then((m) => m.PlanReviewForm));
const RecordHeldForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'review-due-forms' */ './RecordHeldForm').then((m) => m.RecordHeldForm));

export interface DueViewProps {
  readonly canAct: boolean;
  /** Arrange (or send the invitation for) the meeting an item needs. */
  readonly onArrange: (row: DueRow, data: DueData) => void;
  readonly onOpen: (meetingId: number) => void;
  readonly onNotice: (notice: Notice) => void;
  /** Changes when something was saved elsewhere, to load again. */
  readonly refreshKey: number;
}

/** Overdue and upcoming items in one view, by pupil or by week. */
export const DueView: React.FC<DueViewProps> = ({ canAct, onArrange, onOpen, onNotice, refreshKey }) => {
  const services = useServices();
  const [state, reload] = useAsync(() => loadDue(services), [services, refreshKey]);
  const [by, setBy] = React.useState<'pupil' | 'week'>('pupil');
  const [later, setLater] = React.useState(false);
  const [recording, setRecording] = React.useState(false);

  if (state.status === 'loading') return <Spinner label="Working out what is due…" />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={reload}>Try again</DefaultButton>}>
        {state.message}
      </MessageBar>
    );
  const data = state.value;
  const names = new Map(data.pupils.map((p) => [p.id, pupilName(p)]));
  const nameOf = (id: number): string => names.get(id) ?? `Pupil ${id}`;
  const rows = dueRows(data.calendar.items, { today: data.today, horizonWeeks: later ? 520 : 8 });
  const groups = by === 'pupil' ? groupByPupil(rows, nameOf) : groupByWeek(rows);
  const overdue = rows.filter((r) => r.status === 'overdue').length;

  const markDone = async (row: DueRow): Promise<void> => {
    const { item } = row;
    try {
      if (item.kind === 'la-information-request' || item.kind === 'draft-plan-comments') {
        const r = data.ehcRequests.find((x) => x.id === item.sourceId);
        if (!r) throw new Error('The request was not found: reload the page.');
        await services.ehcRequests.update(r.id, r.etag, { ...r, respondedOn: data.today });
      } else {
        const id = item.kind === 'ehcp-papers' ? item.planned?.id : item.sourceId;
        const m = data.meetings.find((x) => x.id === id);
        if (!m) throw new Error('The meeting was not found: reload the page.');
        const field = item.kind === 'ehcp-papers' ? 'papersSentOn' : item.kind === 'ehcp-report' ? 'reportSentOn' : 'laDecisionOn';
        await services.meetings.update(m.id, m.etag, { ...m, [field]: data.today });
      }
      onNotice({ ok: true, text: `Recorded: ${item.label.toLowerCase()} for ${nameOf(item.pupilId)}.` });
      reload();
    } catch (e) {
      onNotice({ ok: false, text: `Not recorded: ${errorText(e)}` });
    }
  };

  const recordHeld = (row: DueRow, close: () => void): React.ReactNode => {
    const pupil = data.pupils.find((p) => p.id === row.item.pupilId);
    if (!pupil || !row.item.meetingKind) return undefined;
    return (
      <RecordHeldForm
        pupil={{ id: pupil.id, pupilRef: pupil.pupilRef, name: nameOf(pupil.id) }}
        kind={row.item.meetingKind}
        today={data.today}
        onCancel={close}
        onSaved={(n) => {
          close();
          onNotice(n);
          reload();
        }}
      />
    );
  };

  /** A transition plan's review or an EHC needs assessment's step, recorded where it is listed; then the view is read again. */
  const record = (row: DueRow, close: () => void): React.ReactNode => {
    const { item } = row;
    const saved = (n: Notice): void => {
      close();
      onNotice(n);
      reload();
    };
    const missing = (what: string): React.ReactNode => (
      <Text role="alert" block>
        {`The ${what} was not found: it may have been changed or removed. Load the view again.`}
      </Text>
    );
    if (item.kind === 'transition-plan-review') {
      const plan = data.transitionPlans.find((p) => p.id === item.sourceId);
      if (!plan) return missing('transition plan');
      return <PlanReviewForm plan={plan} pupilName={nameOf(item.pupilId)} today={data.today} onSaved={saved} onCancel={close} />;
    }
    const step = ehcStepOfDueKind(item.kind);
    if (!step) return undefined;
    const request = data.ehcRequests.find((r) => r.id === item.sourceId);
    if (!request) return missing('request for an EHC needs assessment');
    return <EhcStepForm request={request} step={step} pupilName={nameOf(item.pupilId)} today={data.today} onSaved={saved} onCancel={close} />;
  };

  return (
    <section aria-labelledby="due-heading">
      <Text as="h3" variant="large" id="due-heading">
        Due
      </Text>
      <Text block>
        {rows.length === 0
          ? 'Nothing is due in the next 8 weeks.'
          : `${rows.length} item${rows.length === 1 ? '' : 's'}${overdue > 0 ? `, ${overdue} overdue` : ''}. Deadlines that fall at a weekend or in a holiday are brought forward to the last school day before them.`}
      </Text>
      <div style={{ display: 'flex', gap: 24, alignItems: 'flex-end', flexWrap: 'wrap', margin: '8px 0' }}>
        <PlainRadioGroup
          label="Show"
          value={by}
          options={[
            { key: 'pupil', text: 'By pupil' },
            { key: 'week', text: 'By week' },
          ]}
          onChange={(key) => setBy(key === 'week' ? 'week' : 'pupil')}
        />
        <PlainCheckbox label="Include items due more than 8 weeks ahead" checked={later} onChange={setLater} />
        {canAct && !recording && <DefaultButton onClick={() => setRecording(true)}>Record an LA request</DefaultButton>}
      </div>
      {recording && (
        <EhcRequestForm
          pupils={data.pupils}
          onCancel={() => setRecording(false)}
          onSaved={(n) => {
            setRecording(false);
            onNotice(n);
            reload();
          }}
        />
      )}
      {data.problems.map((p) => (
        <MessageBar key={p} messageBarType={MessageBarType.warning} isMultiline>
          {p}
        </MessageBar>
      ))}
      {data.calendar.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <strong>Records to complete:</strong>{' '}
          {data.calendar.problems.map((p) => `${nameOf(p.pupilId)}: ${p.message}`).join(' ')}
        </MessageBar>
      )}
      {groups.map((g) => (
        <section key={g.key} aria-label={g.heading} data-due-group={g.key}>
          <Text as="h4" variant="mediumPlus" block style={{ marginTop: 16, borderBottom: '1px solid #c8c6c4' }}>
            {by === 'pupil' ? <PupilNameLink pupilId={Number(g.key)}>{g.heading}</PupilNameLink> : g.heading}
          </Text>
          <ul style={{ padding: 0 }}>
            {g.rows.map((r) => (
              <DueItemRow
                key={`${r.item.pupilId}-${r.item.kind}-${r.item.dueDate}-${r.item.sourceId ?? ''}`}
                row={r}
                pupil={nameOf(r.item.pupilId)}
                showPupil={by === 'week'}
                canAct={canAct}
                actions={{ arrange: (row) => onArrange(row, data), open: onOpen, markDone, recordHeld, record }}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
};
