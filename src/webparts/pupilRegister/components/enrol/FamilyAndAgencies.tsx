import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { MAX_AGENCY_CONTACTS, MAX_CARERS, MAX_EMERGENCY_CONTACTS } from '../../../../domain';
import { Section } from '../../../../ui/form/FormBits';
import { DraftCheck, DraftText, type SectionProps } from './formKit';
import { emptyAgencyContact, emptyCarer, emptyEmergencyContact, type AgencyContactDraft, type CarerDraft, type EmergencyContactDraft } from './pupilFormModel';
import { RepeatingRows, type RowField } from './RepeatingRows';

const CARER_FIELDS: readonly RowField<CarerDraft>[] = [
  { key: 'name', label: 'Name', required: true },
  { key: 'relationship', label: 'Relationship to the pupil', required: true },
  { key: 'parentalResponsibility', label: 'Has parental responsibility', kind: 'check' },
  { key: 'phone', label: 'Phone', kind: 'tel' },
  { key: 'email', label: 'E-mail', kind: 'email' },
  { key: 'address', label: 'Address, if different', kind: 'multiline' },
];
const EMERGENCY_FIELDS: readonly RowField<EmergencyContactDraft>[] = [
  { key: 'name', label: 'Name', required: true },
  { key: 'relationship', label: 'Relationship to the pupil', required: true },
  { key: 'phone', label: 'Phone', required: true, kind: 'tel' },
  { key: 'otherPhone', label: 'Other phone', kind: 'tel' },
];
const AGENCY_FIELDS: readonly RowField<AgencyContactDraft>[] = [
  { key: 'agency', label: 'Agency', required: true },
  { key: 'worker', label: 'Worker' },
  { key: 'role', label: 'Role' },
  { key: 'phone', label: 'Phone', kind: 'tel' },
  { key: 'email', label: 'E-mail', kind: 'email' },
];

/** The main parent/carer (letters and invitations), other parents and carers, and the emergency contacts. */
export const FamilyFields: React.FC<SectionProps> = (props) => {
  const { draft, set, errors, reminders } = props;
  return (
    <>
      <Section title="Main parent or carer" description="Letters and meeting invitations are addressed to them, and first-day calls ring them first.">
        <Stack tokens={{ childrenGap: 8 }}>
          <DraftText {...props} k="parentName" label="Main parent or carer’s name" />
          <DraftText {...props} k="parentRelationship" label="Their relationship to the pupil" description="For example Mother, Grandparent, Foster carer." />
          <DraftCheck label="Has parental responsibility" checked={draft.parentHasResponsibility} onChange={(parentHasResponsibility) => set({ parentHasResponsibility })} />
          <DraftText {...props} k="parentAddress" label="Their address" multiline />
          <DraftText {...props} k="parentEmail" label="Their e-mail" type="email" />
          <DraftText {...props} k="parentPhone" label="Their phone" type="tel" />
        </Stack>
      </Section>
      <Section title="Other parents and carers">
        <RepeatingRows group="otherCarers" itemName="Parent or carer" rows={draft.otherCarers} fields={CARER_FIELDS} errors={errors} max={MAX_CARERS} empty={emptyCarer} onChange={(otherCarers) => set({ otherCarers })} />
      </Section>
      <Section title="Emergency contacts" description="Rung in this order when the parents cannot be reached.">
        <RepeatingRows
          group="emergencyContacts"
          itemName="Emergency contact"
          rows={draft.emergencyContacts}
          fields={EMERGENCY_FIELDS}
          errors={{ ...(reminders?.emergencyContacts && !errors.emergencyContacts ? { emergencyContacts: reminders.emergencyContacts } : {}), ...errors }}
          max={MAX_EMERGENCY_CONTACTS}
          empty={emptyEmergencyContact}
          onChange={(emergencyContacts) => set({ emergencyContacts })}
        />
      </Section>
    </>
  );
};

/** Other agencies involved: a summary line (shown on the PIP) and the named workers. */
export const AgencyFields: React.FC<SectionProps> = (props) => (
  <Section title="Other agencies">
    <Stack tokens={{ childrenGap: 8 }}>
      <DraftText {...props} k="otherAgencies" label="Other agencies involved (summary)" description="For example CAMHS, Early Help. Shown on the PIP." />
      <RepeatingRows group="agencyContacts" itemName="Agency worker" rows={props.draft.agencyContacts} fields={AGENCY_FIELDS} errors={props.errors} max={MAX_AGENCY_CONTACTS} empty={emptyAgencyContact} onChange={(agencyContacts) => props.set({ agencyContacts })} />
    </Stack>
  </Section>
);
