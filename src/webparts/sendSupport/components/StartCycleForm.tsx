import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { parseUkDate, supportPlanSchema, type OnePageProfile, type Pupil } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { check, errorText, SaveStatus, type FieldErrors } from './formSupport';

/** Starts an APDR cycle: its start date, what was assessed and with which tools; the pupil's one-page profile carries over. */
export const StartCycleForm: React.FC<{ pupil: Saved<Pupil>; profile: OnePageProfile; onSaved: () => void }> = ({ pupil, profile, onSaved }) => {
  const { supportPlans } = useServices();
  const [start, setStart] = React.useState('');
  const [assessed, setAssessed] = React.useState('');
  const [tools, setTools] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [status, setStatus] = React.useState<{ ok: boolean; text: string }>();

  const startCycle = async (): Promise<void> => {
    setStatus(undefined);
    const assessmentTools = tools.split(',').map((t) => t.trim()).filter((t) => t !== '');
    const result = check(supportPlanSchema, { pupilId: pupil.id, cycleStart: parseUkDate(start.trim()) ?? start, assessed, assessmentTools, provision: [], profile });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      await supportPlans.create(result.value, pupil.pupilRef);
      setStart('');
      setAssessed('');
      setTools('');
      setStatus({ ok: true, text: 'APDR cycle started.' });
      onSaved();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  return (
    <>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        <TextField label="Cycle start" description="dd/mm/yyyy" required value={start} onChange={(_e, v) => setStart(v ?? '')} errorMessage={errors.cycleStart?.[0]} styles={{ root: { width: 140 } }} />
        <TextField label="What was assessed" value={assessed} onChange={(_e, v) => setAssessed(v ?? '')} styles={{ root: { width: 280 } }} />
        <TextField label="Assessment tools (comma-separated)" value={tools} onChange={(_e, v) => setTools(v ?? '')} styles={{ root: { width: 280 } }} />
        <DefaultButton text="Start cycle" onClick={() => void startCycle()} />
      </Stack>
      <SaveStatus status={status} />
    </>
  );
};
