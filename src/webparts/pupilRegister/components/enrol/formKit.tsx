import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import type { PupilDraft } from './pupilFormModel';

/** The draft's text fields (dates as typed, choices as their key, '' when empty). */
export type StringKey = { [K in keyof PupilDraft]: PupilDraft[K] extends string ? K : never }[keyof PupilDraft];

/** What every section of the pupil form gets: the draft, a patcher, and the messages by field key. */
export interface SectionProps {
  readonly draft: PupilDraft;
  readonly set: (patch: Partial<PupilDraft>) => void;
  readonly errors: FieldErrors;
  /** Non-blocking reminders by field key (policy asks for it; the record is still saved). */
  readonly reminders?: FieldErrors;
}

export const FIELD_WIDTH = { root: { maxWidth: 480 } };

/** A labelled text box bound to one draft field, with its message at the field and a reminder below it. */
export const DraftText: React.FC<
  SectionProps & { k: StringKey; label: string; required?: boolean; description?: string; multiline?: boolean; type?: 'email' | 'tel'; autoComplete?: string }
> = ({ draft, set, errors, reminders, k, label, required, description, multiline, type, autoComplete }) => (
  <TextField
    label={label}
    required={required}
    description={errorAt(errors, k) ? undefined : (reminders && errorAt(reminders, k)) ?? description}
    value={draft[k]}
    multiline={multiline}
    autoAdjustHeight={multiline}
    rows={multiline ? 3 : undefined}
    type={type}
    autoComplete={autoComplete ?? 'off'}
    onChange={(_e, v) => set({ [k]: v ?? '' } as Partial<PupilDraft>)}
    errorMessage={errorAt(errors, k)}
    styles={FIELD_WIDTH}
  />
);

/** A date typed as dd/mm/yyyy (en-GB), with the format in its description. */
export const DraftDate: React.FC<SectionProps & { k: StringKey; label: string; required?: boolean; hint?: string }> = (props) => (
  <DraftText {...props} description={props.hint ? `dd/mm/yyyy — ${props.hint}` : 'dd/mm/yyyy'} />
);

/** A dropdown bound to one draft field; '' is "none" when `noneText` is given. */
export const DraftChoice: React.FC<
  SectionProps & { k: StringKey; label: string; options: readonly { key: string; text: string }[]; required?: boolean; noneText?: string }
> = ({ draft, set, errors, reminders, k, label, options, required, noneText }) => {
  const all: IDropdownOption[] = [...(noneText ? [{ key: '', text: noneText }] : []), ...options];
  const reminder = reminders && errorAt(reminders, k);
  return (
    <div>
      <Dropdown
        label={label}
        required={required}
        options={all}
        selectedKey={draft[k] === '' && !noneText ? null : draft[k]}
        placeholder="Choose…"
        onChange={(_e, o) => o && set({ [k]: String(o.key) } as Partial<PupilDraft>)}
        errorMessage={errorAt(errors, k)}
        styles={{ root: { maxWidth: 480 } }}
      />
      {reminder && !errorAt(errors, k) && (
        <p role="note" style={{ margin: '4px 0 0', fontSize: 12 }}>
          {reminder}
        </p>
      )}
    </div>
  );
};

/** A tick box bound to one boolean draft field. */
export const DraftCheck: React.FC<{ checked: boolean; label: string; onChange: (checked: boolean) => void }> = ({ checked, label, onChange }) => (
  <Checkbox label={label} checked={checked} onChange={(_e, c) => onChange(c === true)} />
);
