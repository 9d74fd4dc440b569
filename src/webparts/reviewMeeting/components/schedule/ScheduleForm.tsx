import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { TextField } from '@fluentui/react/lib/TextField';
import { Text } from '@fluentui/react/lib/Text';
import type { FreeBusy, Saved } from '../../../../data/ports';
import {
  addSchoolDays,
  formatUkDate,
  londonParts,
  londonToday,
  MEETING_KINDS,
  type MeetingAttendee,
  type MeetingKind,
  type Pupil,
  type ReviewMeeting,
  type SchoolSettings,
} from '../../../../domain';
import { PupilPicker } from '../../../../ui/PupilPicker';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { errorText, pupilName, type Notice } from '../shared';
import { AttendeesField } from './AttendeesField';
import { buildMeeting, defaultAttendees, DURATIONS, overlaps, type ScheduleErrors } from './scheduleModel';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';

export interface ScheduleStart {
  readonly pupilId?: number;
  readonly kind?: MeetingKind;
  /** The day the calendar says to act by. */
  readonly suggestedDate?: string;
  /** A draft already saved (planned after the last review, or one whose invitation failed). */
  readonly existing?: Saved<ReviewMeeting>;
}

export interface ScheduleFormProps {
  readonly start: ScheduleStart;
  readonly pupils: readonly Saved<Pupil>[];
  readonly settings: SchoolSettings;
  readonly onDone: (meeting: Saved<ReviewMeeting>, notice: Notice) => void;
  readonly onCancel: () => void;
}

/** Arranging a review: slot, attendees (with free/busy for colleagues), then the Outlook invitation with a Teams link. */
export const ScheduleForm: React.FC<ScheduleFormProps> = ({ start, pupils, settings, onDone, onCancel }) => {
  const services = useServices();
  const today = londonToday(services.now());
  const existing = start.existing;
  const firstDay = (): string => {
    if (existing) return formatUkDate(londonParts(existing.start).date);
    const d = start.suggestedDate !== undefined && start.suggestedDate > today ? start.suggestedDate : addSchoolDays(today, 1, settings);
    return formatUkDate(d);
  };
  const [pupilId, setPupilId] = React.useState<number | undefined>(existing?.pupilId ?? start.pupilId);
  const [kind, setKind] = React.useState<MeetingKind | undefined>(existing?.kind ?? start.kind);
  const [date, setDate] = React.useState(firstDay);
  const [time, setTime] = React.useState(existing ? londonParts(existing.start).time : '10:00');
  const [minutes, setMinutes] = React.useState(existing ? Math.round((Date.parse(existing.end) - Date.parse(existing.start)) / 60000) : 60);
  const [location, setLocation] = React.useState('');
  const [notes, setNotes] = React.useState(existing?.notes ?? '');
  const [attendees, setAttendees] = React.useState<MeetingAttendee[] | undefined>(existing ? [...existing.attendees] : undefined);
  const [errors, setErrors] = React.useState<ScheduleErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [draft, setDraft] = React.useState<Saved<ReviewMeeting> | undefined>(existing);
  const [sending, setSending] = React.useState(false);
  const [busy, setBusy] = React.useState<FreeBusy[] | undefined>();
  const [busyError, setBusyError] = React.useState<string | undefined>();

  const pupil = pupils.find((p) => p.id === pupilId);
  const [contacts] = useAsync(async () => {
    if (!pupil?.homeSchoolId) return [];
    return (await services.schools.contacts(pupil.homeSchoolId)).items;
  }, [services, pupil?.id]);
  // The default invitees once the pupil's school staff are known (staff may then change them).
  React.useEffect(() => {
    if (attendees === undefined && pupil && contacts.status === 'ready') setAttendees(defaultAttendees(pupil, contacts.value, services.currentUser));
  }, [attendees, pupil, contacts, services.currentUser]);

  const context = { now: services.now(), today, settings };
  const suggestedAgencies = [
    ...(settings.laSendTeamEmail && (kind === 'EHCP annual review' || kind === 'EHCP interim review') ? [{ name: 'the LA SEND team', email: settings.laSendTeamEmail }] : []),
    ...(settings.virtualSchoolEmail && (kind === 'PEP review' || pupil?.lac) ? [{ name: 'the Virtual School', email: settings.virtualSchoolEmail }] : []),
  ];

  const checkAvailability = async (): Promise<void> => {
    const built = buildMeeting({ pupilId, kind, date, time, minutes, location, attendees: attendees ?? [], notes }, context);
    setErrors(built.errors);
    if (!built.meeting) return;
    const colleagues = built.meeting.attendees.filter((a) => a.kind === 'pru-staff').map((a) => a.email);
    setBusyError(undefined);
    try {
      setBusy(await services.meetingService.freeBusy(colleagues, built.meeting.start, built.meeting.end));
    } catch (e) {
      setBusy(undefined);
      setBusyError(errorText(e));
    }
  };

  const send = async (): Promise<void> => {
    const built = buildMeeting({ pupilId, kind, date, time, minutes, location, attendees: attendees ?? [], notes }, context);
    setErrors(built.errors);
    if (!built.meeting || !pupil) return;
    setSending(true);
    setFailure(undefined);
    try {
      const r = await services.meetingService.schedule({
        meeting: built.meeting,
        pupil: { id: pupil.id, pupilRef: pupil.pupilRef, firstName: pupil.firstName, lastName: pupil.lastName, yearGroup: pupil.yearGroup },
        ...(draft ? { existing: { id: draft.id, etag: draft.etag } } : {}),
        ...(location.trim() ? { location: location.trim() } : {}),
      });
      if (r.invited) {
        const n = r.meeting.attendees.length;
        onDone(r.meeting, {
          ok: true,
          text: `Invitation sent to ${n} ${n === 1 ? 'person' : 'people'} for ${pupilName(pupil)}'s ${r.meeting.kind.toLowerCase()}${r.meeting.joinUrl ? ', with a Teams link' : ''}.${r.problem ? ` ${r.problem}` : ''}`,
        });
      } else {
        setDraft(r.meeting);
        setFailure(r.problem ?? 'The invitation was not sent.');
      }
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setSending(false);
    }
  };

  const slot = buildMeeting({ pupilId, kind, date, time, minutes, location, attendees: attendees ?? [], notes }, context).meeting;
  return (
    <form
      noValidate
      aria-labelledby="schedule-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
      style={{ maxWidth: 720 }}
    >
      <Text as="h3" variant="large" id="schedule-heading" block>
        {existing ? 'Send the invitation' : 'Arrange a review meeting'}
      </Text>
      {start.pupilId !== undefined || existing ? (
        <Text block>
          Pupil:{' '}
          {pupil ? (
            <>
              <PupilNameLink pupilId={pupil.id}>{pupilName(pupil)}</PupilNameLink> ({pupil.pupilRef})
            </>
          ) : (
            'not found'
          )}
        </Text>
      ) : (
        <PupilPicker pupils={pupils} pupilId={pupilId} onChange={(id) => {
          setPupilId(id);
          setAttendees(undefined);
        }} />
      )}
      {errors.pupilId && <Text role="alert" block styles={{ root: { color: '#a4262c' } }}>{errors.pupilId}</Text>}
      <Dropdown
        label="Kind of meeting"
        selectedKey={kind ?? null}
        options={MEETING_KINDS.map((k) => ({ key: k, text: k }))}
        onChange={(_e, o) => o && setKind(o.key as MeetingKind)}
        errorMessage={errors.kind}
        required
        styles={{ root: { maxWidth: 320 } }}
      />
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <TextField label="Date (dd/mm/yyyy)" value={date} onChange={(_e, v) => setDate(v ?? '')} errorMessage={errors.date} required />
        <TextField label="Start time (HH:MM, London)" value={time} onChange={(_e, v) => setTime(v ?? '')} errorMessage={errors.time} required />
        <Dropdown
          label="Length"
          selectedKey={minutes}
          options={DURATIONS.map((d) => ({ key: d, text: d < 60 ? `${d} minutes` : d === 60 ? '1 hour' : `${d / 60} hours` }))}
          onChange={(_e, o) => o && setMinutes(Number(o.key))}
          errorMessage={errors.minutes}
          styles={{ root: { minWidth: 140 } }}
        />
      </div>
      <TextField label="Where, besides Teams (optional)" value={location} onChange={(_e, v) => setLocation(v ?? '')} placeholder="Meeting Room 1" />
      {pupil && contacts.status === 'loading' && <Spinner label="Loading the home school's named staff…" />}
      {contacts.status === 'error' && <MessageBar messageBarType={MessageBarType.warning}>The home school&rsquo;s staff could not be loaded: {contacts.message}</MessageBar>}
      {attendees && (
        <AttendeesField
          attendees={attendees}
          onChange={setAttendees}
          schoolContacts={contacts.status === 'ready' ? contacts.value : []}
          parent={pupil ? { ...(pupil.parentName ? { name: pupil.parentName } : {}), ...(pupil.parentEmail ? { email: pupil.parentEmail } : {}) } : undefined}
          suggestedAgencies={suggestedAgencies}
          error={errors.attendees}
        />
      )}
      <section aria-labelledby="availability-heading">
        <Text as="h4" variant="mediumPlus" id="availability-heading" block>
          Availability
        </Text>
        <Text block variant="small">
          Colleagues&rsquo; calendars can be read; people outside the school&rsquo;s Microsoft 365 (home schools, parents, agencies) cannot, so the invitation lets them accept or
          propose another time.
        </Text>
        <DefaultButton onClick={() => void checkAvailability()}>Check colleagues&rsquo; availability</DefaultButton>
        {busyError && <Text role="alert" block>{busyError}</Text>}
        {busy && slot && (
          <ul aria-label="Availability at this time">
            {busy.length === 0 && <li>No colleagues are invited.</li>}
            {busy.map((b) => {
              const who = slot.attendees.find((a) => a.email.toLowerCase() === b.email)?.name ?? b.email;
              return <li key={b.email}>{!b.readable ? `${who}: ${b.reason ?? 'calendar not available'}` : overlaps(b.busy, slot.start, slot.end) ? `${who}: busy at this time` : `${who}: free at this time`}</li>;
            })}
          </ul>
        )}
      </section>
      <TextField label="Notes for the record (not sent in the invitation)" multiline rows={3} value={notes} onChange={(_e, v) => setNotes(v ?? '')} />
      <div role="status" aria-live="polite">
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {failure}
          </MessageBar>
        )}
        {sending && <Spinner label="Sending the invitation…" />}
      </div>
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <PrimaryButton type="submit" disabled={sending}>
          Send the invitation
        </PrimaryButton>
        <DefaultButton onClick={onCancel} disabled={sending}>
          Cancel
        </DefaultButton>
      </div>
    </form>
  );
};
