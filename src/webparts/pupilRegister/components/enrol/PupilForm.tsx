import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { ZodError } from 'zod';
import {
  changeNeedsReason,
  enrolmentReminders,
  issuesFromZodError,
  parseUkDate,
  pupilChangesBetween,
  type Pupil,
  type PupilChange,
  type School,
  type SchoolContact,
  type ValidationIssue,
} from '../../../../domain';
import type { Saved, SavedPupil } from '../../../../data/ports';
import { preloadData } from '../../../../composition/dataModules';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../../../../ui/errorText';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { ErrorSummary, Section } from '../../../../ui/form/FormBits';
import { AgencyFields, FamilyFields } from './FamilyAndAgencies';
import { IdentityFields, PlacementFields } from './IdentityAndPlacement';
import { draftOf, emptyDraft, pupilFromDraft, type PupilDraft } from './pupilFormModel';
import { ReferralFields } from './ReferralFields';
import { SafeguardingFields, SupportFields } from './SupportAndSafeguarding';
import { useMounted } from '../../../../ui/useMounted';

export interface PupilFormProps {
  /** The pupil to edit; a new enrolment when undefined. */
  readonly existing?: Saved<Pupil>;
  /** The suggested reference for a new pupil. */
  readonly suggestedRef: string;
  readonly today: string;
  readonly schools: readonly Saved<School>[];
  readonly contacts: readonly Saved<SchoolContact>[];
  readonly onSaved: (pupil: SavedPupil, changes: readonly PupilChange[]) => void;
  readonly onCancel: () => void;
}

/**
 * One form to enrol a pupil or correct their details: every field of the register of additional need and the
 * forms, validated with the enrolment rules, messages at the field and all of them above the form. An edit that
 * changes tier, provision, need, registration, home school or named staff asks for the date and reason, and is saved
 * with its history. Saved through the repository, so the home school's access follows at once.
 */
export const PupilForm: React.FC<PupilFormProps> = ({ existing, suggestedRef, today, schools, contacts, onSaved, onCancel }) => {
  const { pupils, pupilHistory, currentUser } = useServices();
  // The form was opened to save a pupil: the save's code (data-pupils-write) loads meanwhile, not when Save is pressed.
  React.useEffect(() => preloadData(['pupilsWrite']), []);
  const [draft, setDraft] = React.useState<PupilDraft>(() => (existing ? draftOf(existing) : emptyDraft(suggestedRef, today)));
  const [change, setChange] = React.useState({ effective: '', reason: '' });
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();
  const summary = React.useRef<HTMLDivElement>(null);
  const set = (patch: Partial<PupilDraft>): void => setDraft((d) => ({ ...d, ...patch }));

  const parsed = React.useMemo(() => pupilFromDraft(draft, existing ?? {}), [draft, existing]);
  const reminders = React.useMemo(() => (parsed.ok ? byField(enrolmentReminders(parsed.pupil)) : {}), [parsed]);
  const asksReason = existing !== undefined && parsed.ok && changeNeedsReason(existing, parsed.pupil);
  const names = {
    schoolName: (id: number) => schools.find((s) => s.id === id)?.name ?? `school ${id}`,
    contactName: (id: number) => contacts.find((c) => c.id === id)?.fullName ?? `contact ${id}`,
  };

  const show = (issues: readonly ValidationIssue[]): void => {
    setErrors(byField(issues));
    window.setTimeout(() => summary.current?.focus(), 0);
  };

  const save = async (): Promise<void> => {
    setFailure(undefined);
    if (!parsed.ok) return show(parsed.issues);
    let changes: PupilChange[] = [];
    if (existing && asksReason) {
      const effective = parseUkDate(change.effective.trim());
      if (effective === null) return show([{ path: ['effective'], message: 'Enter the date the change takes effect as dd/mm/yyyy' }]);
      try {
        changes = pupilChangesBetween(existing, parsed.pupil, { effective, reason: change.reason, changedBy: currentUser.email, ...names });
      } catch (e) {
        if (e instanceof ZodError) return show(issuesFromZodError(e).map((i) => ({ ...i, path: i.path.filter((p) => p === 'reason' || p === 'effective') })));
        throw e;
      }
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = !existing
        ? await pupils.create(parsed.pupil)
        : changes.length > 0
          ? await pupilHistory.saveWithHistory(existing, parsed.pupil, changes)
          : await pupils.update(existing.id, existing.etag, parsed.pupil);
      onSaved(saved, changes);
    } catch (e) {
      setFailure(errorText(e));
      window.setTimeout(() => summary.current?.focus(), 0);
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  const messages = Object.values(errors).flat();
  const props = { draft, set, errors, reminders };
  return (
    <form
      aria-label={existing ? `Edit ${existing.firstName} ${existing.lastName}` : 'Enrol a pupil'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorSummary ref={summary} messages={messages} what={existing ? 'change' : 'enrolment'} />
      {failure && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
          {existing ? 'The change was not saved' : 'The pupil was not enrolled'}: {failure} Nothing you typed has been lost.
        </MessageBar>
      )}
      <IdentityFields {...props} />
      <PlacementFields {...props} schools={schools} contacts={contacts} />
      <SupportFields {...props} />
      <SafeguardingFields {...props} />
      <FamilyFields {...props} />
      <AgencyFields {...props} />
      <ReferralFields {...props} />
      {asksReason && (
        <Section title="Why it changed" description="Changes of tier, provision, need, registration, home school or named staff are kept in the pupil’s history.">
          <Stack tokens={{ childrenGap: 8 }}>
            <TextField label="Takes effect on" description="dd/mm/yyyy" required value={change.effective} onChange={(_e, v) => setChange({ ...change, effective: v ?? '' })} errorMessage={errorAt(errors, 'effective')} styles={{ root: { maxWidth: 200 } }} />
            <TextField label="Reason for the change" required multiline rows={3} value={change.reason} onChange={(_e, v) => setChange({ ...change, reason: v ?? '' })} errorMessage={errorAt(errors, 'reason')} styles={{ root: { maxWidth: 480 } }} />
          </Stack>
        </Section>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 20 } }}>
        <PrimaryButton type="submit" text={existing ? 'Save changes' : 'Enrol pupil'} disabled={saving} />
        <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
      </Stack>
      <div role="status">{saving && <Spinner label={existing ? 'Saving the changes…' : 'Enrolling the pupil and sharing the record with the home school…'} />}</div>
    </form>
  );
};
