import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Saved } from '../../../../../data/ports';
import {
  attendanceActionRecordSchema,
  formatUkDate,
  parseUkDate,
  type AttendanceActionRecord,
  type IsoDate,
  type Pupil,
} from '../../../../../domain';
import { ATTENDANCE_ACTIONS } from '../../../../../domain/vocabulary';
import { useServices } from '../../../../../ui/ServicesContext';
import { pupilName } from '../shared/format';
import { errorText } from '../../../../../ui/errorText';

const actionOptions: IDropdownOption[] = ATTENDANCE_ACTIONS.map((a) => ({ key: a, text: a }));

type FieldErrors = Partial<Record<'action' | 'date' | 'notes' | 'form', string>>;

/** Records a Stage 2 or 3 action (taken or planned) in the pupil's folder of 'attendanceActions'. */
export const RecordActionForm: React.FC<{
  pupil: Saved<Pupil>;
  today: IsoDate;
  onSaved: (record: Saved<AttendanceActionRecord>) => void;
  onCancel: () => void;
}> = ({ pupil, today, onSaved, onCancel }) => {
  const { attendanceActions, currentUser } = useServices();
  const [action, setAction] = React.useState<string | undefined>(undefined);
  const [dateText, setDateText] = React.useState(formatUkDate(today));
  const [planned, setPlanned] = React.useState(false);
  const [notes, setNotes] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [saving, setSaving] = React.useState(false);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const name = pupilName(pupil);

  React.useEffect(() => headingRef.current?.focus(), [pupil.id]);

  const save = async (): Promise<void> => {
    const date = parseUkDate(dateText);
    if (date === null) {
      setErrors({ date: 'Enter the date as dd/mm/yyyy, for example 05/11/2026' });
      return;
    }
    const parsed = attendanceActionRecordSchema.safeParse({
      pupilId: pupil.id,
      action,
      date,
      planned,
      notes: notes.trim() === '' ? undefined : notes.trim(),
      recordedBy: currentUser.email,
    });
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'form');
        const key = field === 'action' || field === 'date' || field === 'notes' ? field : 'form';
        if (next[key] === undefined) next[key] = issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setSaving(true);
    let saved: Saved<AttendanceActionRecord>;
    try {
      saved = await attendanceActions.add(parsed.data, pupil.pupilRef);
    } catch (e) {
      setErrors({ form: errorText(e) });
      setSaving(false);
      return;
    }
    // The parent closes the form on save, so no state is set here after it.
    onSaved(saved);
  };

  return (
    <section aria-labelledby={`record-action-${pupil.id}`}>
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 480 } }}>
        <h4 id={`record-action-${pupil.id}`} ref={headingRef} tabIndex={-1} style={{ margin: 0 }}>
          <Text variant="mediumPlus">Record an action for {name}</Text>
        </h4>
        {errors.form && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {errors.form}
          </MessageBar>
        )}
        <Dropdown
          label="Action"
          required
          placeholder="Choose an action"
          options={actionOptions}
          selectedKey={action ?? null}
          onChange={(_e, o) => o && setAction(String(o.key))}
          errorMessage={errors.action}
        />
        <TextField label="Date (dd/mm/yyyy)" required value={dateText} onChange={(_e, v) => setDateText(v ?? '')} errorMessage={errors.date} />
        <Checkbox label="Planned (not yet done)" checked={planned} onChange={(_e, v) => setPlanned(v === true)} />
        <TextField
          label="Notes"
          multiline
          rows={3}
          value={notes}
          onChange={(_e, v) => setNotes(v ?? '')}
          errorMessage={errors.notes}
          description="Needed when the action is Other. Keep to what staff need to know."
        />
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton onClick={() => void save()} disabled={saving}>
            {saving ? 'Saving…' : 'Save the action'}
          </PrimaryButton>
          <DefaultButton onClick={onCancel} disabled={saving}>
            Cancel
          </DefaultButton>
        </Stack>
      </Stack>
    </section>
  );
};
