import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
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
import { MeetingActions } from './MeetingActions';
import { OutcomeForm } from './OutcomeForm';
import { VoiceSection } from './VoiceSection';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';

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
      {canAct && open && (
        <MeetingActions
          meeting={meeting}
          onChanged={(n) => {
            setNotice(n);
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
      {canAct && meeting.status !== 'Cancelled' && notYetStarted === undefined && (
        <OutcomeForm
          key={`${meeting.id}-${meeting.etag}`}
          context={ctx}
          onSaved={(n) => {
            setNotice(n);
            setRound((r) => r + 1);
          }}
        />
      )}
    </article>
  );
};
