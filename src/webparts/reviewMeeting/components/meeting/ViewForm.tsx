import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { Stack } from '../../../../ui/plain/Stack';
import { formatUkDate, issuesFromZodError, parseUkDate, reviewViewSchema, VIEW_HOLDERS, VIEW_METHODS, type ReviewView, type ViewHolder, type ViewMethod } from '../../../../domain';
import { PlainSelect, PlainTextField, type PlainOption } from '../../../../ui/plain/PlainFields';
import { PlainTextArea } from '../../../../ui/plain/PlainTextArea';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';

/** A native select's choices, led by an empty one until the person picks (as the Dropdown showed nothing chosen). */
const choices = (keys: readonly string[]): PlainOption[] => [{ key: '', text: 'Choose…' }, ...keys.map((k) => ({ key: k, text: k }))];

export interface ViewFormProps {
  readonly today: string;
  readonly recordedBy: string;
  /** Saves the views; true once saved (the form is then closed by its owner, so it sets nothing more). */
  readonly onSave: (view: ReviewView) => Promise<boolean>;
  readonly onCancel: () => void;
}

/** Recording whose views, given by whom, how and when, in their words (loaded when "Record views" is first pressed). */
export const ViewForm: React.FC<ViewFormProps> = ({ today, recordedBy, onSave, onCancel }) => {
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
    if (!(await onSave(parsed.data))) setSaving(false);
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
