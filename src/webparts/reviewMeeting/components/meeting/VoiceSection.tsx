import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Stack } from '../../../../ui/plain/Stack';
import { Text } from '../../../../ui/plain/Text';
import {
  formatUkDate,
  londonToday,
  parseUkDate,
  reviewVoiceStatus,
  type MeetingAttendance,
  type ReviewMeeting,
} from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { DataTable } from '../../../../ui/DataTable';
import { onDemand } from '../../../../ui/onDemand';
import { useServices } from '../../../../ui/ServicesContext';
import { PlainCheckbox, PlainTextField } from '../../../../ui/plain/PlainFields';
import { errorText, type Notice } from '../shared';

// The form to record views loads when "Record views" is first pressed.
const ViewForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'review-views-form' */ './ViewForm').then((m) => m.ViewForm));

export interface VoiceSectionProps {
  readonly meeting: Saved<ReviewMeeting>;
  readonly canAct: boolean;
  readonly onSaved: (notice: Notice) => void;
}

/**
 * The pupil's and parents' voice for one review (SEND policies): whose views are recorded and whose are missing,
 * whether the pupil is invited (or why not), and once held who came and who must still be sent the outcome.
 */
export const VoiceSection: React.FC<VoiceSectionProps> = ({ meeting, canAct, onSaved }) => {
  const { meetings, currentUser, now } = useServices();
  const voice = reviewVoiceStatus(meeting);
  const [adding, setAdding] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>();
  const [reason, setReason] = React.useState(meeting.pupilNotInvitedReason ?? '');
  const external = meeting.attendees.filter((a) => a.kind !== 'pru-staff');
  const [attendance, setAttendance] = React.useState<MeetingAttendance[]>(() =>
    external.map((a) => meeting.attendance?.find((x) => x.email.toLowerCase() === a.email.toLowerCase()) ?? { email: a.email, attended: true }),
  );
  const [sentOn, setSentOn] = React.useState<Record<string, string>>(() =>
    Object.fromEntries((meeting.attendance ?? []).filter((a) => a.outcomeSentOn).map((a) => [a.email, formatUkDate(a.outcomeSentOn as string)])),
  );

  // Once saved the meeting reads itself again (onSaved), which may replace this section: what closes here (the views
  // form) closes first, and nothing is set after.
  const save = async (changes: Partial<ReviewMeeting>, done: string, close?: () => void): Promise<boolean> => {
    setFailure(undefined);
    try {
      await meetings.update(meeting.id, meeting.etag, { ...meeting, ...changes });
      close?.();
      onSaved({ ok: true, text: done });
      return true;
    } catch (e) {
      setFailure(`${errorText(e)} What you entered is still here.`);
      return false;
    }
  };
  const nameOf = (email: string): string => meeting.attendees.find((a) => a.email === email)?.name ?? email;

  return (
    <section aria-labelledby={`voice-${meeting.id}`} style={{ marginTop: 16 }}>
      <Text as="h3" variant="large" id={`voice-${meeting.id}`} block>
        Views and feedback
      </Text>
      <ul>
        <li>{voice.missingViews.length === 0 ? 'The pupil’s and the parent’s views are recorded.' : `Views still to record: ${voice.missingViews.join(' and ')}.`}</li>
        <li>
          {voice.pupilInvitation === 'invited'
            ? 'The pupil is invited.'
            : voice.pupilInvitation === 'not-invited'
              ? `The pupil is not invited: ${meeting.pupilNotInvitedReason ?? ''}`
              : 'Not yet decided whether the pupil is invited: invite them, or say why not.'}
        </li>
        {meeting.status === 'Held' && voice.attendanceToRecord.length > 0 && <li>Record who attended: {voice.attendanceToRecord.map(nameOf).join(', ')}.</li>}
        {meeting.status === 'Held' && voice.outcomeToSend.length > 0 && <li>Send the outcome to those who could not attend: {voice.outcomeToSend.map(nameOf).join(', ')}.</li>}
      </ul>
      {failure && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
          {failure}
        </MessageBar>
      )}
      <DataTable
        caption="Views recorded for this review"
        rows={meeting.views ?? []}
        getKey={(v, i) => `${i}-${v.whose}`}
        empty="No views recorded yet."
        columns={[
          { key: 'whose', header: 'Whose', rowHeader: true, render: (v) => v.whose },
          { key: 'by', header: 'Given by', render: (v) => v.givenBy },
          { key: 'how', header: 'How', render: (v) => `${v.how}, ${formatUkDate(v.gatheredOn)}` },
          { key: 'views', header: 'Views', render: (v) => v.views },
        ]}
      />
      {canAct && !adding && <DefaultButton text="Record views" onClick={() => setAdding(true)} style={{ marginTop: 8 }} />}
      {canAct && adding && (
        <ViewForm
          today={londonToday(now())}
          recordedBy={currentUser.email}
          onCancel={() => setAdding(false)}
          onSave={(view) => save({ views: [...(meeting.views ?? []), view] }, `The ${view.whose.toLowerCase()}'s views are recorded.`, () => setAdding(false))}
        />
      )}
      {canAct && voice.pupilInvitation !== 'invited' && (
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }} style={{ marginTop: 8 }}>
          <div style={{ minWidth: 260 }}>
            <PlainTextField label="Why the pupil is not invited" value={reason} onChange={setReason} />
          </div>
          <DefaultButton text="Save the reason" onClick={() => void save({ pupilNotInvitedReason: reason.trim() || undefined }, 'The reason the pupil is not invited is recorded.')} />
        </Stack>
      )}
      {canAct && meeting.status === 'Held' && external.length > 0 && (
        <fieldset style={{ border: '1px solid #c8c6c4', padding: 8, marginTop: 12 }}>
          <legend>Who attended</legend>
          {attendance.map((a, i) => (
            <Stack key={a.email} horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
              <PlainCheckbox
                label={`${nameOf(a.email)} attended`}
                checked={a.attended}
                onChange={(c) => setAttendance((all) => all.map((x, j) => (j === i ? { email: x.email, attended: c } : x)))}
              />
              {!a.attended && (
                <PlainTextField
                  label={`Outcome sent to ${nameOf(a.email)} on (dd/mm/yyyy)`}
                  value={sentOn[a.email] ?? ''}
                  onChange={(v) => setSentOn((s) => ({ ...s, [a.email]: v }))}
                  width={260}
                />
              )}
            </Stack>
          ))}
          <PrimaryButton
            text="Save who attended"
            style={{ marginTop: 8 }}
            onClick={() => {
              const bad = attendance.find((a) => !a.attended && (sentOn[a.email] ?? '').trim() !== '' && parseUkDate((sentOn[a.email] ?? '').trim()) === null);
              if (bad) {
                setFailure(`Enter the day the outcome was sent to ${nameOf(bad.email)} as dd/mm/yyyy.`);
                return;
              }
              const records = attendance.map((a) => {
                const day = a.attended ? null : parseUkDate((sentOn[a.email] ?? '').trim());
                return day ? { ...a, outcomeSentOn: day } : { email: a.email, attended: a.attended };
              });
              void save({ attendance: records }, 'Who attended is recorded.');
            }}
          />
        </fieldset>
      )}
    </section>
  );
};
