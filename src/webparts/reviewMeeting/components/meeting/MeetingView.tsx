import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { Link } from '../../../../ui/plain/Link';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Text } from '../../../../ui/plain/Text';
import { ATTENDEE_KIND_LABELS, formatMeetingTime, heldBeforeStartIssue, isInvited, meetingChatLink } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { formatInstant, pupilName, StatusMessage, type Notice } from '../shared';
import { AgendaView } from './AgendaView';
import { loadMeeting } from './loadMeeting';
import { loadOnce, onDemand } from '../../../../ui/onDemand';
import { VoiceSection } from './VoiceSection';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';
import type { OutcomeFormProps } from './OutcomeForm';

// Moving or cancelling the meeting: its form loads when the person presses one of the two.
const MeetingActions = onDemand('Loading the form…', () => import(/* webpackChunkName: 'review-meeting-actions' */ './MeetingActions').then((m) => m.MeetingActions));

// The form to record the review loads when the person opens it (chunk `review-outcome-form`), with the keeping of an
// outcome on this device: once open, it keeps one when SharePoint cannot be reached, when no code could load any more.
// A load that fails (no connection) is said beside the button, and tried again at the next press.
const loadOutcomeForm = loadOnce(
  (): Promise<React.ComponentType<OutcomeFormProps>> => import(/* webpackChunkName: 'review-outcome-form' */ './OutcomeForm').then((m) => m.OutcomeForm),
);

const FORM_NOT_LOADED = 'The form could not be loaded: the connection may be down. Try again once you are back online.';

export interface MeetingViewProps {
  readonly meetingId: number;
  readonly canAct: boolean;
  /** In Teams (a tab or the meeting side panel): one narrow column. */
  readonly compact: boolean;
  readonly onBack?: () => void;
  /** Arrange the invitation for a draft. */
  readonly onSendInvitation?: (meetingId: number) => void;
}

/** One review meeting, as in Teams: when, who, the Teams link, the agenda from the records, and the outcomes recorded. */
export const MeetingView: React.FC<MeetingViewProps> = ({ meetingId, canAct, compact, onBack, onSendInvitation }) => {
  const services = useServices();
  const [round, setRound] = React.useState(0);
  const [state, reload] = useAsync(() => loadMeeting(services, meetingId), [services, meetingId, round]);
  const [notice, setNotice] = React.useState<Notice | undefined>();
  const [changing, setChanging] = React.useState<'move' | 'cancel' | undefined>();
  // The outcome form, once the person has opened it (closed again once the review is saved: the record shows it).
  const [form, setForm] = React.useState<{ readonly Form: React.ComponentType<OutcomeFormProps> } | undefined>();
  const [opening, setOpening] = React.useState<'no' | 'loading' | 'failed'>('no');
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );
  const openForm = (): void => {
    setOpening('loading');
    loadOutcomeForm().then(
      (Form) => {
        if (!live.current) return;
        setOpening('no');
        setForm({ Form });
      },
      () => live.current && setOpening('failed'),
    );
  };

  const status = <StatusMessage notice={notice} onDismiss={() => setNotice(undefined)} />;
  if (state.status === 'loading')
    return (
      <>
        {status}
        <Spinner label="Loading the meeting and its agenda…" />
      </>
    );
  if (state.status === 'error')
    return (
      <>
        {status}
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton onClick={reload}>Try again</DefaultButton>}>
          {state.message}
        </MessageBar>
      </>
    );
  const ctx = state.value;
  const { meeting, pupil } = ctx;
  const invited = isInvited(meeting);
  const chatLink = meetingChatLink(meeting.chatThreadId);
  const open = meeting.status === 'Draft' || meeting.status === 'Scheduled';
  // Outcomes are recorded once the meeting has started (the repository refuses a held meeting before its start).
  const notYetStarted = heldBeforeStartIssue({ status: 'Held', start: meeting.start }, services.now());
  return (
    <article aria-labelledby="meeting-heading" style={{ maxWidth: compact ? 640 : 960 }} data-meeting-view={meeting.id}>
      {onBack && <DefaultButton onClick={onBack} iconProps={{ iconName: 'Back' }} text="Back to the list" style={{ marginBottom: 8 }} />}
      <Text as="h3" variant="xLarge" id="meeting-heading" block>
        {meeting.kind}: <PupilNameLink pupilId={pupil.id}>{pupilName(pupil)}</PupilNameLink>
      </Text>
      <Text block>
        {formatMeetingTime(meeting.start, meeting.end)} (London time). Status: {meeting.status}.
      </Text>
      <Text block data-invitation-state={invited ? 'sent' : 'not-sent'}>
        {invited && meeting.invitedAt ? `The Outlook invitation was sent on ${formatInstant(meeting.invitedAt)}.` : 'No invitation has been sent for this meeting.'}{' '}
        {meeting.joinUrl ? (
          <>
            <Link href={meeting.joinUrl} target="_blank" rel="noopener noreferrer" underline>
              Join the Teams meeting
            </Link>
            {chatLink && (
              <>
                {' · '}
                <Link href={chatLink} target="_blank" rel="noopener noreferrer" underline>
                  Open the meeting chat in Teams
                </Link>
              </>
            )}
          </>
        ) : invited ? (
          'There is no Teams link: add one in Outlook.'
        ) : null}
      </Text>
      {canAct && meeting.status === 'Draft' && onSendInvitation && (
        <DefaultButton onClick={() => onSendInvitation(meeting.id)} style={{ margin: '8px 0' }}>
          Send the invitation
        </DefaultButton>
      )}
      {canAct && open && !changing && (
        <div style={{ display: 'flex', gap: 8, margin: '8px 0' }}>
          <DefaultButton onClick={() => setChanging('move')}>Move the meeting</DefaultButton>
          <DefaultButton onClick={() => setChanging('cancel')}>Cancel the meeting</DefaultButton>
        </div>
      )}
      {canAct && open && changing && (
        <MeetingActions
          meeting={meeting}
          mode={changing}
          onClose={() => setChanging(undefined)}
          onChanged={(n) => {
            setNotice(n);
            setChanging(undefined);
            setRound((r) => r + 1);
          }}
        />
      )}
      {status}
      <section aria-labelledby="attendees-heading">
        <Text as="h4" variant="mediumPlus" id="attendees-heading" block>
          Invited
        </Text>
        <ul>
          {meeting.attendees.map((a) => (
            <li key={a.email}>
              {a.name ?? a.email} ({ATTENDEE_KIND_LABELS[a.kind]}, {a.email})
            </li>
          ))}
        </ul>
      </section>
      {ctx.problems.map((p) => (
        <MessageBar key={p} messageBarType={MessageBarType.warning} isMultiline>
          {p}
        </MessageBar>
      ))}
      <AgendaView agenda={ctx.agenda} />
      {meeting.status !== 'Cancelled' && (
        <VoiceSection
          key={`voice-${meeting.etag}`}
          meeting={meeting}
          canAct={canAct}
          onSaved={(n) => {
            setNotice(n);
            setRound((r) => r + 1);
          }}
        />
      )}
      {meeting.status === 'Held' && (
        <section aria-labelledby="recorded-heading">
          <Text as="h3" variant="large" id="recorded-heading" block>
            Recorded at the meeting
          </Text>
          <ul>
            {meeting.targetOutcomes.map((t) => (
              <li key={`${t.source}-${t.target}`}>
                {t.target}: <strong>{t.outcome}</strong>
                {t.note ? ` (${t.note})` : ''}
              </li>
            ))}
            {meeting.outcomes.map((o) => (
              <li key={o}>Decision: {o}</li>
            ))}
            {meeting.actions.map((a) => (
              <li key={`${a.text}-${a.owner}`}>
                Action: {a.text}, {a.owner}
              </li>
            ))}
          </ul>
        </section>
      )}
      {canAct && meeting.status !== 'Cancelled' && notYetStarted !== undefined && (
        <Text block role="note" style={{ marginTop: 12 }}>
          {notYetStarted.message}
        </Text>
      )}
      {canAct && meeting.status !== 'Cancelled' && notYetStarted === undefined && form && (
        <form.Form
          key={`${meeting.id}-${meeting.etag}`}
          context={ctx}
          focusOnOpen
          onSaved={(n) => {
            setNotice(n);
            setForm(undefined);
            setRound((r) => r + 1);
          }}
        />
      )}
      {canAct && meeting.status !== 'Cancelled' && notYetStarted === undefined && !form && (
        <section aria-labelledby="outcomes-heading" style={{ marginTop: 12 }}>
          <Text as="h3" variant="large" id="outcomes-heading" block>
            Record the review
          </Text>
          <Text block>
            {meeting.status === 'Held'
              ? 'Change what was recorded: each target’s outcome, the decisions, the actions and the notes.'
              : 'Each target’s outcome, the decisions, the actions and the notes; then the next review is planned.'}
          </Text>
          <PrimaryButton onClick={openForm} style={{ marginTop: 8 }}>
            {meeting.status === 'Held' ? 'Change the record' : 'Record the outcomes'}
          </PrimaryButton>
          <div role="status" aria-live="polite">
            {opening === 'loading' && <Spinner label="Loading the form…" />}
            {opening === 'failed' && (
              <MessageBar messageBarType={MessageBarType.error} isMultiline>
                {FORM_NOT_LOADED}
              </MessageBar>
            )}
          </div>
        </section>
      )}
    </article>
  );
};
