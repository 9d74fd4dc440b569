import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { YEAR_GROUPS, type School, type SchoolContact } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { errorAt } from '../../../../ui/form/fieldErrors';
import { FieldMessage, Section } from '../../../../ui/form/FormBits';
import { DraftCheck, DraftChoice, DraftDate, DraftText, type SectionProps } from './formKit';

const yearOptions = YEAR_GROUPS.map((y) => ({ key: y, text: y === 'R' ? 'Reception' : `Year ${y}` }));

/** Who the pupil is: reference, UPN, legal and preferred names, date of birth, year group. */
export const IdentityFields: React.FC<SectionProps> = (props) => (
  <Section title="The pupil">
    <Stack tokens={{ childrenGap: 8 }}>
      <DraftText {...props} k="pupilRef" label="Pupil reference" required description="Used to name the pupil’s folders; never a name." />
      <DraftText {...props} k="upn" label="UPN (Unique Pupil Number)" description="13 characters, from the common transfer file." />
      <DraftText {...props} k="firstName" label="Legal first name" required autoComplete="off" />
      <DraftText {...props} k="lastName" label="Legal last name" required autoComplete="off" />
      <DraftText {...props} k="preferredName" label="Preferred name" description="What the pupil likes to be called, if different." />
      <DraftDate {...props} k="dateOfBirth" label="Date of birth" required />
      <DraftChoice {...props} k="yearGroup" label="Year group" required options={yearOptions} />
    </Stack>
  </Section>
);

/** The placement: dates, registration, home school and its named staff, lead tutor. */
export const PlacementFields: React.FC<SectionProps & { schools: readonly Saved<School>[]; contacts: readonly Saved<SchoolContact>[] }> = (props) => {
  const { draft, set, errors, schools, contacts } = props;
  const schoolContacts = contacts.filter((c) => String(c.schoolId) === draft.homeSchoolId);
  const active = schools.filter((s) => s.active || String(s.id) === draft.homeSchoolId);
  return (
    <Section title="Placement">
      <Stack tokens={{ childrenGap: 8 }}>
        <DraftDate {...props} k="enrolmentDate" label="Enrolment date" required hint="the first day on roll" />
        <DraftDate {...props} k="placementStart" label="Placement start" hint="if later than enrolment; reviews and the baseline fall due from it" />
        <ChoiceGroup
          label="Registration"
          required
          selectedKey={draft.registration}
          options={[
            { key: 'Dual', text: 'Dual (also on the home school’s roll)' },
            { key: 'Single', text: 'Single (on our roll only)' },
          ]}
          onChange={(_e, o) => o && set({ registration: String(o.key) })}
          aria-describedby="registration-message"
        />
        <FieldMessage id="registration-message" message={errorAt(errors, 'registration')} />
        <DraftChoice
          {...props}
          k="homeSchoolId"
          label="Home school"
          required={draft.registration === 'Dual'}
          noneText="None"
          options={active.map((s) => ({ key: String(s.id), text: s.name }))}
          set={(patch) => set({ ...patch, namedContactIds: [] })}
        />
        {draft.homeSchoolId !== '' && (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontWeight: 600, padding: '5px 0' }}>Named home-school staff</legend>
            {schoolContacts.length === 0 ? (
              <Text>No named staff are recorded for this school yet.</Text>
            ) : (
              <Stack tokens={{ childrenGap: 6 }}>
                {schoolContacts.map((c) => (
                  <DraftCheck
                    key={c.id}
                    label={`${c.fullName} (${c.role})`}
                    checked={draft.namedContactIds.includes(c.id)}
                    onChange={(on) => set({ namedContactIds: on ? [...draft.namedContactIds, c.id] : draft.namedContactIds.filter((id) => id !== c.id) })}
                  />
                ))}
              </Stack>
            )}
          </fieldset>
        )}
        <DraftText {...props} k="leadTutorEmail" label="Lead tutor (e-mail)" type="email" description="The member of PRU staff who is the pupil’s lead tutor." />
      </Stack>
    </Section>
  );
};
