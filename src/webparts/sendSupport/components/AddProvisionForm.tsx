import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { provisionSchema, type SupportPlan } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { check, errorText, SaveStatus, type FieldErrors } from './formSupport';

/** Adds a line to a plan's costed provision map: what, how often, who, cost a year (£, commas allowed). */
export const AddProvisionForm: React.FC<{ plan: Saved<SupportPlan>; onSaved: () => void }> = ({ plan, onSaved }) => {
  const { supportPlans } = useServices();
  const [line, setLine] = React.useState({ description: '', frequency: '', provider: '', cost: '' });
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [status, setStatus] = React.useState<{ ok: boolean; text: string }>();

  const add = async (): Promise<void> => {
    setStatus(undefined);
    const cost = line.cost.trim() === '' ? undefined : Number(line.cost.replace(/[£,]/g, ''));
    const result = check(provisionSchema, { description: line.description, frequency: line.frequency, provider: line.provider, costPerYear: cost === undefined || Number.isNaN(cost) ? line.cost || undefined : cost });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      await supportPlans.update(plan.id, plan.etag, { ...plan, provision: [...plan.provision, result.value] });
      setLine({ description: '', frequency: '', provider: '', cost: '' });
      setStatus({ ok: true, text: 'Provision added.' });
      onSaved();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  return (
    <>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" role="group" aria-label="Add provision">
        <TextField label="Provision" value={line.description} onChange={(_e, v) => setLine({ ...line, description: v ?? '' })} errorMessage={errors.description?.[0]} />
        <TextField label="Frequency" value={line.frequency} onChange={(_e, v) => setLine({ ...line, frequency: v ?? '' })} errorMessage={errors.frequency?.[0]} />
        <TextField label="Provider" value={line.provider} onChange={(_e, v) => setLine({ ...line, provider: v ?? '' })} errorMessage={errors.provider?.[0]} />
        <TextField label="Cost per year (£)" value={line.cost} onChange={(_e, v) => setLine({ ...line, cost: v ?? '' })} errorMessage={errors.costPerYear?.[0]} styles={{ root: { width: 140 } }} />
        <DefaultButton text="Add provision" onClick={() => void add()} />
      </Stack>
      <SaveStatus status={status} />
    </>
  );
};
