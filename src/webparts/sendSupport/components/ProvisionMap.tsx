import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { exceedsHighNeedsThreshold, provisionSchema, type SupportPlan } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { check, errorText, money, SaveStatus, type FieldErrors } from './formSupport';

/** The costed provision map: what, how often, who, cost a year; the total against the high-needs threshold (a setting). */
export const ProvisionMap: React.FC<{ plan: Saved<SupportPlan>; threshold: number; canEdit: boolean; onSaved: () => void }> = ({ plan, threshold, canEdit, onSaved }) => {
  const { supportPlans } = useServices();
  const [line, setLine] = React.useState({ description: '', frequency: '', provider: '', cost: '' });
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [status, setStatus] = React.useState<{ ok: boolean; text: string }>();
  const over = exceedsHighNeedsThreshold(plan, { highNeedsThreshold: threshold });

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
    <Stack tokens={{ childrenGap: 8 }}>
      <table aria-label="Costed provision map">
        <thead>
          <tr>
            <th scope="col">Provision</th>
            <th scope="col">Frequency</th>
            <th scope="col">Provider</th>
            <th scope="col">Cost per year</th>
          </tr>
        </thead>
        <tbody>
          {plan.provision.map((p, i) => (
            <tr key={i}>
              <td>{p.description}</td>
              <td>{p.frequency}</td>
              <td>{p.provider}</td>
              <td>{money(p.costPerYear)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3} style={{ textAlign: 'left' }}>
              Total a year
            </th>
            <td>{money(plan.annualCost)}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        High-needs threshold (setting): {money(threshold)} a year. {over ? 'This plan is above the threshold: element 3 top-up may apply.' : 'This plan is within the threshold.'}{' '}
        PRUs are funded through place funding plus top-up, so the threshold is shown for reference.
      </p>
      {canEdit && (
        <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end" role="group" aria-label="Add provision">
          <TextField label="Provision" value={line.description} onChange={(_e, v) => setLine({ ...line, description: v ?? '' })} errorMessage={errors.description?.[0]} />
          <TextField label="Frequency" value={line.frequency} onChange={(_e, v) => setLine({ ...line, frequency: v ?? '' })} errorMessage={errors.frequency?.[0]} />
          <TextField label="Provider" value={line.provider} onChange={(_e, v) => setLine({ ...line, provider: v ?? '' })} errorMessage={errors.provider?.[0]} />
          <TextField label="Cost per year (£)" value={line.cost} onChange={(_e, v) => setLine({ ...line, cost: v ?? '' })} errorMessage={errors.costPerYear?.[0]} styles={{ root: { width: 140 } }} />
          <DefaultButton text="Add provision" onClick={() => void add()} />
        </Stack>
      )}
      <SaveStatus status={status} />
    </Stack>
  );
};
