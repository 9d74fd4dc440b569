import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Stack } from '../../../../ui/plain/Stack';
import { Text } from '../../../../ui/plain/Text';
import {
  formatUkDate,
  issuesFromZodError,
  londonToday,
  parseUkDate,
  reviewViewSchema,
  reviewVoiceStatus,
  VIEW_HOLDERS,
  VIEW_METHODS,
  type MeetingAttendance,
  type ReviewMeeting,
  type ViewHolder,
  type ViewMethod,
} from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { DataTable } from '../../../../ui/DataTable';
import { useServices } from '../../../../ui/ServicesContext';
import { PlainCheckbox, PlainSelect, PlainTextField, type PlainOption } from '../../../../ui/plain/PlainFields';
import { PlainTextArea } from '../../../../ui/plain/PlainTextArea';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { errorText, type Notice } from '../shared';

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

  const save = async (changes: Partial<ReviewMeeting>, done: string): Promise<boolean> => {
    setFailure(undefined);
    try {
      await meetings.update(meeting.id, meeting.etag, { ...meeting, ...changes });
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
          onSave={async (view) => {
            const ok = await save({ views: [...(meeting.views ?? []), view] }, `The ${view.whose.toLowerCase()}'s views are recorded.`);
            if (ok) setAdding(false);
          }}
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

/** A native select's choices, led by an empty one until the person picks (as the Dropdown showed nothing chosen). */
const choices = (keys: readonly string[]): PlainOption[] => [{ key: '', text: 'Choose…' }, ...keys.map((k) => ({ key: k, text: k }))];

const ViewForm: React.FC<{ today: string; recordedBy: string; onSave: (view: import('../../../../domain').ReviewView) => Promise<void>; onCancel: () => void }> = ({
  today,
  recordedBy,
  onSave,
  onCancel,
}) => {
  const [whose, setWhose] = React.useState<ViewHolder | undefined>();
  const [givenBy, setGivenBy] = React.useState('');
  const [how, setHow] = React.useState<ViewMethod | undefined>();
  const [on, setOn] = React.useState(formatUkDate(today));
  const [views, setViews] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [saving, setSaving] = React.useState(false);
  const submit = async (): Promise<void> => {
    const parsed = reviewViewSchema.safeParse({ whose, givenBy, how, gatheredOn: parseUkDate(on.trim()) ?? on.trim(), views, recordedBy });
    const found: Record<string, string[]> = {};
    if (parsed.success && parsed.data.gatheredOn > today) found.gatheredOn = ['The views cannot be dated after today'];
    setErrors({ ...(parsed.success ? {} : byField(issuesFromZodError(parsed.error))), ...found });
    if (!parsed.success || Object.keys(found).length > 0) return;
    setSaving(true);
    await onSave(parsed.data);
    setSaving(false);
  };
  return (
    <form
      noValidate
      aria-label="Record views for this review"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack tokens={{ childrenGap: 8 }} style={{ maxWidth: 520 }}>
        <PlainSelect label="Whose views" required value={whose ?? ''} options={choices(VIEW_HOLDERS)} onChange={(k) => setWhose(k ? (k as ViewHolder) : undefined)} errorMessage={errorAt(errors, 'whose')} />
        <PlainTextField label="Given by (name and relationship)" required value={givenBy} onChange={setGivenBy} errorMessage={errorAt(errors, 'givenBy')} />
        <PlainSelect label="How they were gathered" required value={how ?? ''} options={choices(VIEW_METHODS)} onChange={(k) => setHow(k ? (k as ViewMethod) : undefined)} errorMessage={errorAt(errors, 'how')} />
        <PlainTextField label="On (dd/mm/yyyy)" required value={on} onChange={setOn} errorMessage={errorAt(errors, 'gatheredOn')} width={200} />
        <PlainTextArea label="Their views, in their words" required rows={3} value={views} onChange={setViews} errorMessage={errorAt(errors, 'views')} />
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={saving ? 'Saving…' : 'Save the views'} disabled={saving} />
          <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
        </Stack>
      </Stack>
    </form>
  );
};
