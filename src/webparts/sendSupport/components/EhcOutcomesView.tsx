import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ehcOutcomes, londonToday, targetProgressSchema, type Pupil, type Target } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { AddTargetForm } from './AddTargetForm';
import { check, errorText, SaveStatus, type FieldErrors } from './formSupport';
import { TargetTable } from './TargetTable';

const ProgressForm: React.FC<{ targets: readonly Saved<Target>[]; onSaved: () => void }> = ({ targets: list, onSaved }) => {
  const { targets, now } = useServices();
  const [targetId, setTargetId] = React.useState<number | undefined>(list[0]?.id);
  const [note, setNote] = React.useState('');
  const [met, setMet] = React.useState(false);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [status, setStatus] = React.useState<{ ok: boolean; text: string }>();
  const target = list.find((t) => t.id === targetId);
  const save = async (): Promise<void> => {
    if (!target) return;
    const result = check(targetProgressSchema, { date: londonToday(now()), note });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      await targets.recordProgress(target.id, target.etag, result.value, met);
      setNote('');
      setStatus({ ok: true, text: 'Progress recorded.' });
      onSaved();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };
  if (list.length === 0) return null;
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" role="group" aria-label="Record progress">
      <label>
        Target{' '}
        <select value={targetId} onChange={(e) => setTargetId(Number(e.target.value))}>
          {list.map((t) => (
            <option key={t.id} value={t.id}>
              {t.outcome}
            </option>
          ))}
        </select>
      </label>
      <TextField label="Progress note" value={note} onChange={(_e, v) => setNote(v ?? '')} errorMessage={errors.note?.[0]} />
      <Checkbox label="Target met" checked={met} onChange={(_e, c) => setMet(c === true)} />
      <DefaultButton text="Record progress" onClick={() => void save()} />
      <SaveStatus status={status} />
    </Stack>
  );
};

/** EHC plan outcomes, each broken into annual SMART targets with progress recorded against each. */
export const EhcOutcomesView: React.FC<{ pupil: Saved<Pupil>; targets: readonly Saved<Target>[]; canEdit: boolean; onSaved: () => void }> = ({ pupil, targets, canEdit, onSaved }) => {
  const outcomes = ehcOutcomes(targets);
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {pupil.senProvision !== 'E' && <p>{pupil.firstName} has no EHC plan recorded (SEN provision {pupil.senProvision}).</p>}
      {canEdit && <AddTargetForm pupilId={pupil.id} pupilRef={pupil.pupilRef} source="EHC plan outcome" label="Add an EHC plan outcome" onSaved={onSaved} />}
      {outcomes.map((o) => (
        <article key={o.outcome.id} aria-labelledby={`outcome-${o.outcome.id}`}>
          <h3 id={`outcome-${o.outcome.id}`}>Outcome: {o.outcome.outcome}</h3>
          <p>
            {o.met} of {o.targets.length} annual targets met.
          </p>
          <TargetTable targets={o.targets} label={`Annual targets for ${o.outcome.outcome}`} />
          {canEdit && <AddTargetForm pupilId={pupil.id} pupilRef={pupil.pupilRef} source="EHC plan outcome" sourceId={o.outcome.id} label="Add an annual SMART target" onSaved={onSaved} />}
          {canEdit && <ProgressForm targets={o.targets.filter((t) => !t.closed)} onSaved={onSaved} />}
        </article>
      ))}
    </Stack>
  );
};
