import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { parseUkDate, targetSchema, type TargetSource } from '../../../domain';
import { useServices } from '../../../ui/ServicesContext';
import { check, errorText, SaveStatus, type FieldErrors } from './formSupport';

/** A SMART target: specific outcome, how it is measured, and by when. A target without a measure or date is refused at the field. */
export const AddTargetForm: React.FC<{ pupilId: number; pupilRef: string; source: TargetSource; sourceId?: number; label: string; onSaved: () => void }> = ({
  pupilId,
  pupilRef,
  source,
  sourceId,
  label,
  onSaved,
}) => {
  const { targets } = useServices();
  const [outcome, setOutcome] = React.useState('');
  const [measure, setMeasure] = React.useState('');
  const [due, setDue] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [status, setStatus] = React.useState<{ ok: boolean; text: string }>();

  const save = async (): Promise<void> => {
    setStatus(undefined);
    const result = check(targetSchema, { pupilId, source, sourceId, outcome, measure, dueDate: parseUkDate(due.trim()) ?? due, progress: [], closed: false });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      await targets.create(result.value, pupilRef);
      setOutcome('');
      setMeasure('');
      setDue('');
      setStatus({ ok: true, text: 'Target added.' });
      onSaved();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} role="group" aria-label={label}>
      <TextField label="Specific outcome" required value={outcome} onChange={(_e, v) => setOutcome(v ?? '')} errorMessage={errors.outcome?.[0]} />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        <TextField label="Measure" required value={measure} onChange={(_e, v) => setMeasure(v ?? '')} errorMessage={errors.measure?.[0]} styles={{ root: { width: 320 } }} />
        <TextField label="By when" description="dd/mm/yyyy" required value={due} onChange={(_e, v) => setDue(v ?? '')} errorMessage={errors.dueDate?.[0]} styles={{ root: { width: 140 } }} />
        <DefaultButton text="Add target" onClick={() => void save()} />
      </Stack>
      <SaveStatus status={status} />
    </Stack>
  );
};
