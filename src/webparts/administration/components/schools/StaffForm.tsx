import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { SCHOOL_CONTACT_ROLES, issuesFromZodError, schoolContactSchema, type SchoolContact } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { DataError } from '../../../../data/errors';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { errorText } from '../../../../ui/errorText';
import { useServices } from '../../../../ui/ServicesContext';
import { useMounted } from '../../../../ui/useMounted';

/** Adds a named member of a school's staff, or edits one under its ETag; the school's group follows at once. */
export const StaffForm: React.FC<{
  schoolId: number;
  schoolName: string;
  contact?: Saved<SchoolContact>;
  /** The e-mail addresses of the school's other named staff (one person is named once). */
  taken: readonly string[];
  onSaved: (message: string) => void;
  /** The save reached SharePoint but the group did not follow: the message says what to do. */
  onPartly: (message: string) => void;
  onCancel: () => void;
}> = ({ schoolId, schoolName, contact, taken, onSaved, onPartly, onCancel }) => {
  const { schools } = useServices();
  const [fullName, setFullName] = React.useState(contact?.fullName ?? '');
  const [role, setRole] = React.useState<string>(contact?.role ?? '');
  const [email, setEmail] = React.useState(contact?.email ?? '');
  const [phone, setPhone] = React.useState(contact?.phone ?? '');
  const [notify, setNotify] = React.useState(contact?.notify ?? true);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();
  const id = contact ? `staff-${contact.id}` : `staff-new-${schoolId}`;

  const save = async (): Promise<void> => {
    setFailure(undefined);
    const parsed = schoolContactSchema.safeParse({ schoolId, fullName, role: role || undefined, email, phone, notify });
    if (!parsed.success) {
      setErrors(byField(issuesFromZodError(parsed.error)));
      return;
    }
    const lower = parsed.data.email.toLowerCase();
    if (taken.some((t) => t.toLowerCase() === lower)) {
      setErrors({ email: [`${parsed.data.email} is already one of ${schoolName}'s named staff.`] });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      if (contact) await schools.updateContact(contact.id, contact.etag, { ...parsed.data, invitation: contact.invitation });
      else {
        const added = await schools.addContact(parsed.data);
        if (added.invited?.state === 'Not yet invited') {
          onPartly(`${parsed.data.fullName} added to ${schoolName}'s named staff, but not yet invited: ${added.invited.message ?? 'the invitation could not be sent.'}`);
          return;
        }
      }
      onSaved(
        contact
          ? `${parsed.data.fullName} saved; ${schoolName}'s staff group was updated at once.`
          : `${parsed.data.fullName} added to ${schoolName}'s staff group: they can now read ${schoolName}'s pupils, and nothing else.`,
      );
    } catch (e) {
      if (e instanceof DataError && e.kind === 'conflict')
        setFailure('Someone else changed this person after you opened them, so your changes were not saved. Cancel and open them again.');
      else if (e instanceof DataError && /was (added|saved), but/.test(e.message)) onPartly(e.message);
      else setFailure(errorText(e));
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  return (
    <form
      noValidate
      aria-label={contact ? `Edit ${contact.fullName}` : `Add a member of staff at ${schoolName}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      style={{ border: '1px solid #c8c6c4', padding: 12, margin: '8px 0', maxWidth: 720 }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <TextField id={`${id}-name`} label="Full name" required value={fullName} onChange={(_e, v) => setFullName(v ?? '')} errorMessage={errorAt(errors, 'fullName')} />
        <Dropdown
          id={`${id}-role`}
          label="Role"
          required
          options={SCHOOL_CONTACT_ROLES.map((r) => ({ key: r, text: r }))}
          selectedKey={role || undefined}
          onChange={(_e, o) => o && setRole(String(o.key))}
          errorMessage={errorAt(errors, 'role')}
          styles={{ root: { width: 260 } }}
        />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <TextField
          id={`${id}-email`}
          label="Work e-mail"
          description="The address they sign in with."
          type="email"
          required
          value={email}
          onChange={(_e, v) => setEmail(v ?? '')}
          errorMessage={errorAt(errors, 'email')}
        />
        <TextField id={`${id}-phone`} label="Phone" type="tel" value={phone} onChange={(_e, v) => setPhone(v ?? '')} errorMessage={errorAt(errors, 'phone')} />
      </div>
      <Checkbox label="Send them notifications about their pupils" checked={notify} onChange={(_e, v) => setNotify(!!v)} styles={{ root: { marginTop: 12 } }} />
      <div role="status">
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {failure}
          </MessageBar>
        )}
      </div>
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <PrimaryButton type="submit" text={saving ? 'Saving…' : contact ? 'Save' : 'Add member of staff'} disabled={saving} />
        <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
      </div>
    </form>
  );
};
