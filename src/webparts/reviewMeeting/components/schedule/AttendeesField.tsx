import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { TextField } from '@fluentui/react/lib/TextField';
import { Text } from '@fluentui/react/lib/Text';
import type { Saved } from '../../../../data/ports';
import { ATTENDEE_KIND_LABELS, emailSchema, type MeetingAttendee, type SchoolContact } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../shared';

export interface AttendeesFieldProps {
  readonly attendees: readonly MeetingAttendee[];
  readonly onChange: (attendees: MeetingAttendee[]) => void;
  readonly schoolContacts: readonly Saved<SchoolContact>[];
  readonly parent?: { readonly name?: string; readonly email?: string };
  /** Agencies to offer in one click (the LA SEND team, the Virtual School). */
  readonly suggestedAgencies: readonly { readonly name: string; readonly email: string }[];
  readonly error?: string;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Who is invited: PRU staff (found in the school's directory), the home school's named staff, the parent/carer and
 * other agencies by e-mail. Everyone appears once; each can be removed.
 */
export const AttendeesField: React.FC<AttendeesFieldProps> = ({ attendees, onChange, schoolContacts, parent, suggestedAgencies, error }) => {
  const { meetingService } = useServices();
  const [search, setSearch] = React.useState('');
  const [found, setFound] = React.useState<{ name: string; email: string }[] | undefined>();
  const [searchError, setSearchError] = React.useState<string | undefined>();
  const [agencyName, setAgencyName] = React.useState('');
  const [agencyEmail, setAgencyEmail] = React.useState('');
  const [agencyError, setAgencyError] = React.useState<string | undefined>();

  const has = (email: string): boolean => attendees.some((a) => same(a.email, email));
  const add = (a: MeetingAttendee): void => {
    if (!has(a.email)) onChange([...attendees, a]);
  };
  const remove = (email: string): void => onChange(attendees.filter((a) => !same(a.email, email)));
  const toggle = (a: MeetingAttendee, on: boolean): void => (on ? add(a) : remove(a.email));

  const find = async (): Promise<void> => {
    setSearchError(undefined);
    try {
      setFound(await meetingService.findStaff(search));
    } catch (e) {
      setFound(undefined);
      setSearchError(errorText(e));
    }
  };

  const staff = attendees.filter((a) => a.kind === 'pru-staff');
  const agencies = attendees.filter((a) => a.kind === 'agency');
  return (
    // A fieldset is as wide as its widest unbreakable content unless told otherwise: minWidth 0 and long e-mail
    // addresses broken anywhere keep it within a 390 px screen.
    <fieldset style={{ border: '1px solid #c8c6c4', padding: 12, margin: '12px 0', minWidth: 0, overflowWrap: 'anywhere' }} aria-describedby={error ? 'attendees-error' : undefined}>
      <legend>
        <Text variant="mediumPlus">Who is invited</Text>
      </legend>
      {error && (
        <Text id="attendees-error" role="alert" block styles={{ root: { color: '#a4262c' } }}>
          {error}
        </Text>
      )}

      <Text as="h4" block variant="medium" styles={{ root: { fontWeight: 600 } }}>
        {ATTENDEE_KIND_LABELS['pru-staff']}
      </Text>
      <ul aria-label="PRU staff invited" style={{ paddingLeft: 16 }}>
        {staff.map((a) => (
          <li key={a.email}>
            {a.name ?? a.email} ({a.email}){' '}
            <IconButton iconProps={{ iconName: 'Cancel' }} title={`Remove ${a.name ?? a.email}`} ariaLabel={`Remove ${a.name ?? a.email}`} onClick={() => remove(a.email)} />
          </li>
        ))}
      </ul>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <TextField label="Find a colleague by name" value={search} onChange={(_e, v) => setSearch(v ?? '')} errorMessage={searchError} />
        <DefaultButton onClick={() => void find()} disabled={search.trim().length < 2}>
          Find
        </DefaultButton>
      </div>
      {found && (
        <ul aria-label="Colleagues found" style={{ paddingLeft: 16 }}>
          {found.length === 0 && <li>No one in the school&rsquo;s directory matches.</li>}
          {found.map((f) => (
            <li key={f.email}>
              {f.name} ({f.email}){' '}
              <DefaultButton disabled={has(f.email)} onClick={() => add({ name: f.name, email: f.email, kind: 'pru-staff' })} ariaLabel={has(f.email) ? `Invited: ${f.name}` : `Invite ${f.name}`}>
                {has(f.email) ? 'Invited' : 'Invite'}
              </DefaultButton>
            </li>
          ))}
        </ul>
      )}

      <Text as="h4" block variant="medium" styles={{ root: { fontWeight: 600, marginTop: 12 } }}>
        {ATTENDEE_KIND_LABELS['home-school']} (named staff)
      </Text>
      {schoolContacts.length === 0 && <Text block>The pupil has no home school with named staff.</Text>}
      {schoolContacts.map((c) => (
        <Checkbox
          key={c.id}
          label={`${c.fullName}, ${c.role} (${c.email})`}
          checked={has(c.email)}
          onChange={(_e, on) => toggle({ name: c.fullName, email: c.email, kind: 'home-school' }, !!on)}
        />
      ))}

      <Text as="h4" block variant="medium" styles={{ root: { fontWeight: 600, marginTop: 12 } }}>
        {ATTENDEE_KIND_LABELS.parent}
      </Text>
      {parent?.email ? (
        <Checkbox
          label={`${parent.name ?? 'Parent/carer'} (${parent.email})`}
          checked={has(parent.email)}
          onChange={(_e, on) => parent.email && toggle({ ...(parent.name ? { name: parent.name } : {}), email: parent.email, kind: 'parent' }, !!on)}
        />
      ) : (
        <Text block>No e-mail address is recorded for the parent/carer: add one below as another invitee, or contact them another way.</Text>
      )}

      <PupilInvite pupil={attendees.find((a) => a.kind === 'pupil')} onAdd={add} onRemove={remove} />

      <Text as="h4" block variant="medium" styles={{ root: { fontWeight: 600, marginTop: 12 } }}>
        Other agencies and people, by e-mail
      </Text>
      <ul aria-label="Others invited" style={{ paddingLeft: 16 }}>
        {agencies.map((a) => (
          <li key={a.email}>
            {a.name ? `${a.name} (${a.email})` : a.email}{' '}
            <IconButton iconProps={{ iconName: 'Cancel' }} title={`Remove ${a.name ?? a.email}`} ariaLabel={`Remove ${a.name ?? a.email}`} onClick={() => remove(a.email)} />
          </li>
        ))}
      </ul>
      {suggestedAgencies
        .filter((s) => !has(s.email))
        .map((s) => (
          <DefaultButton key={s.email} onClick={() => add({ name: s.name, email: s.email, kind: 'agency' })} styles={{ root: { marginRight: 8 } }}>
            Invite {s.name}
          </DefaultButton>
        ))}
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField label="Name" value={agencyName} onChange={(_e, v) => setAgencyName(v ?? '')} />
        <TextField label="E-mail address" value={agencyEmail} onChange={(_e, v) => setAgencyEmail(v ?? '')} errorMessage={agencyError} />
        <DefaultButton
          styles={{ root: { marginTop: 29 } }}
          onClick={() => {
            const ok = emailSchema.safeParse(agencyEmail);
            if (!ok.success) {
              setAgencyError('Enter an e-mail address in the correct format, like name@example.org');
              return;
            }
            setAgencyError(undefined);
            add({ ...(agencyName.trim() ? { name: agencyName.trim() } : {}), email: ok.data, kind: 'agency' });
            setAgencyName('');
            setAgencyEmail('');
          }}
        >
          Add
        </DefaultButton>
      </div>
    </fieldset>
  );
};

/** The pupil, invited where appropriate (SEND policy: "the student is generally invited"), by their school e-mail. */
const PupilInvite: React.FC<{ pupil?: MeetingAttendee; onAdd: (a: MeetingAttendee) => void; onRemove: (email: string) => void }> = ({ pupil, onAdd, onRemove }) => {
  const [email, setEmail] = React.useState('');
  const [error, setError] = React.useState<string | undefined>();
  return (
    <>
      <Text as="h4" block variant="medium" styles={{ root: { fontWeight: 600, marginTop: 12 } }}>
        {ATTENDEE_KIND_LABELS.pupil}
      </Text>
      {pupil ? (
        <Text block>
          {pupil.name ? `${pupil.name} (${pupil.email})` : pupil.email}{' '}
          <IconButton iconProps={{ iconName: 'Cancel' }} title="Do not invite the pupil" ariaLabel="Do not invite the pupil" onClick={() => onRemove(pupil.email)} />
        </Text>
      ) : (
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField label="The pupil's e-mail address" value={email} onChange={(_e, v) => setEmail(v ?? '')} errorMessage={error} />
          <DefaultButton
            styles={{ root: { marginTop: 29 } }}
            onClick={() => {
              const ok = emailSchema.safeParse(email);
              if (!ok.success) {
                setError('Enter an e-mail address in the correct format, like name@example.org');
                return;
              }
              setError(undefined);
              onAdd({ email: ok.data, kind: 'pupil' });
              setEmail('');
            }}
          >
            Invite the pupil
          </DefaultButton>
        </div>
      )}
    </>
  );
};
