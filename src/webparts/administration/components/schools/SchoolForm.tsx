import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TextField } from '@fluentui/react/lib/TextField';
import { SCHOOL_PHASES, issuesFromZodError, schoolSchema, type School } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { DataError } from '../../../../data/errors';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { errorText } from '../../../../ui/errorText';
import { useServices } from '../../../../ui/ServicesContext';
import { useMounted } from '../../../../ui/useMounted';

interface Draft {
  name: string;
  urn: string;
  phase: string;
  localAuthority: string;
  address: string;
  email: string;
  phone: string;
}

const draftOf = (s?: School): Draft => ({
  name: s?.name ?? '',
  urn: s?.urn ?? '',
  phase: s?.phase ?? '',
  localAuthority: s?.localAuthority ?? '',
  address: s?.address ?? '',
  email: s?.email ?? '',
  phone: s?.phone ?? '',
});

/** Adds a commissioning school, or edits one under its ETag. A URN another school has is refused at the field. */
export const SchoolForm: React.FC<{ school?: Saved<School>; onSaved: (school: Saved<School>, message: string) => void; onCancel: () => void }> = ({
  school,
  onSaved,
  onCancel,
}) => {
  const { schools } = useServices();
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(school));
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();
  const set = (change: Partial<Draft>): void => setDraft((d) => ({ ...d, ...change }));
  const id = school ? `school-${school.id}` : 'school-new';

  const save = async (): Promise<void> => {
    setFailure(undefined);
    const parsed = schoolSchema.safeParse({ ...draft, phase: draft.phase || undefined, staffGroupId: school?.staffGroupId, active: school?.active ?? true });
    if (!parsed.success) {
      setErrors(byField(issuesFromZodError(parsed.error)));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = school ? await schools.update(school.id, school.etag, parsed.data) : await schools.create(parsed.data);
      onSaved(saved, school ? `${saved.name} saved.` : `${saved.name} added. Add its named staff: they will read only this school's pupils.`);
    } catch (e) {
      if (e instanceof DataError && e.kind === 'duplicate') setErrors({ urn: [e.message] });
      else if (e instanceof DataError && e.kind === 'conflict')
        setFailure('Someone else changed this school after you opened it, so your changes were not saved. Cancel and open it again to see theirs.');
      else setFailure(errorText(e));
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  return (
    <form
      noValidate
      aria-label={school ? `Edit ${school.name}` : 'Add a school'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      style={{ border: '1px solid #c8c6c4', padding: 12, margin: '12px 0', maxWidth: 720 }}
    >
      <TextField id={`${id}-name`} label="School name" required value={draft.name} onChange={(_e, v) => set({ name: v ?? '' })} errorMessage={errorAt(errors, 'name')} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <TextField
          id={`${id}-urn`}
          label="URN"
          description="The DfE unique reference number: 6 to 8 digits."
          required
          inputMode="numeric"
          value={draft.urn}
          onChange={(_e, v) => set({ urn: v ?? '' })}
          errorMessage={errorAt(errors, 'urn')}
          styles={{ root: { width: 220 } }}
        />
        <Dropdown
          id={`${id}-phase`}
          label="Phase"
          required
          options={SCHOOL_PHASES.map((p) => ({ key: p, text: p }))}
          selectedKey={draft.phase || undefined}
          onChange={(_e, o) => o && set({ phase: String(o.key) })}
          errorMessage={errorAt(errors, 'phase')}
          styles={{ root: { width: 220 } }}
        />
        <TextField id={`${id}-la`} label="Local authority" value={draft.localAuthority} onChange={(_e, v) => set({ localAuthority: v ?? '' })} errorMessage={errorAt(errors, 'localAuthority')} />
      </div>
      <TextField id={`${id}-address`} label="Address" multiline autoAdjustHeight value={draft.address} onChange={(_e, v) => set({ address: v ?? '' })} errorMessage={errorAt(errors, 'address')} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <TextField id={`${id}-email`} label="Main contact e-mail" type="email" required value={draft.email} onChange={(_e, v) => set({ email: v ?? '' })} errorMessage={errorAt(errors, 'email')} />
        <TextField id={`${id}-phone`} label="Main contact phone" type="tel" value={draft.phone} onChange={(_e, v) => set({ phone: v ?? '' })} errorMessage={errorAt(errors, 'phone')} />
      </div>
      <div role="status">
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {failure}
          </MessageBar>
        )}
      </div>
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <PrimaryButton type="submit" text={saving ? 'Saving…' : school ? 'Save school' : 'Add school'} disabled={saving} />
        <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
      </div>
    </form>
  );
};
