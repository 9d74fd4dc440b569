import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { formatUkDate, parseUkDate, supportPlanSchema, type Pupil, type SupportPlan, type Target } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { AddTargetForm } from './AddTargetForm';
import { check, errorText, SaveStatus, type FieldErrors } from './formSupport';
import { ProvisionMap } from './ProvisionMap';
import { ReviewForm } from './ReviewForm';
import { TargetTable } from './TargetTable';

/** APDR cycles, newest first: what was assessed and with what, SMART targets, the costed provision map, the review. */
export const SupportPlansView: React.FC<{
  pupil: Saved<Pupil>;
  plans: readonly Saved<SupportPlan>[];
  targets: readonly Saved<Target>[];
  threshold: number;
  canEdit: boolean;
  onSaved: () => void;
}> = ({ pupil, plans, targets, threshold, canEdit, onSaved }) => {
  const { supportPlans } = useServices();
  const [start, setStart] = React.useState('');
  const [assessed, setAssessed] = React.useState('');
  const [tools, setTools] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [status, setStatus] = React.useState<{ ok: boolean; text: string }>();

  const startCycle = async (): Promise<void> => {
    setStatus(undefined);
    const assessmentTools = tools.split(',').map((t) => t.trim()).filter((t) => t !== '');
    const result = check(supportPlanSchema, { pupilId: pupil.id, cycleStart: parseUkDate(start.trim()) ?? start, assessed, assessmentTools, provision: [], profile: plans[0]?.profile ?? {} });
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
    <Stack tokens={{ childrenGap: 16 }}>
      {canEdit && (
        <Stack tokens={{ childrenGap: 8 }} role="group" aria-label="Start an APDR cycle">
          <h3>Start an APDR cycle</h3>
          <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
            <TextField label="Cycle start" description="dd/mm/yyyy" required value={start} onChange={(_e, v) => setStart(v ?? '')} errorMessage={errors.cycleStart?.[0]} styles={{ root: { width: 140 } }} />
            <TextField label="What was assessed" value={assessed} onChange={(_e, v) => setAssessed(v ?? '')} styles={{ root: { width: 280 } }} />
            <TextField label="Assessment tools (comma-separated)" value={tools} onChange={(_e, v) => setTools(v ?? '')} styles={{ root: { width: 280 } }} />
            <DefaultButton text="Start cycle" onClick={() => void startCycle()} />
          </Stack>
          <SaveStatus status={status} />
        </Stack>
      )}
      {plans.length === 0 && <p>No APDR cycles recorded.</p>}
      {plans.map((plan) => (
        <article key={plan.id} aria-labelledby={`plan-${plan.id}`} style={{ borderTop: '1px solid #8a8886', paddingTop: 8 }}>
          <h3 id={`plan-${plan.id}`}>APDR cycle from {formatUkDate(plan.cycleStart)}</h3>
          <p>
            <strong>Assessed:</strong> {plan.assessed ?? 'Not recorded'}
            {plan.assessmentTools.length > 0 ? ` (with ${plan.assessmentTools.join(', ')})` : ''}
          </p>
          <h4>Targets</h4>
          <TargetTable targets={targets.filter((t) => t.source === 'SEN support plan' && t.sourceId === plan.id)} label={`Targets of the cycle from ${formatUkDate(plan.cycleStart)}`} />
          {canEdit && <AddTargetForm pupilId={pupil.id} pupilRef={pupil.pupilRef} source="SEN support plan" sourceId={plan.id} label="Add a target to this cycle" onSaved={onSaved} />}
          <h4>Provision</h4>
          <ProvisionMap plan={plan} threshold={threshold} canEdit={canEdit} onSaved={onSaved} />
          <h4>Review</h4>
          <p>
            {plan.reviewDate ? `Reviewed ${formatUkDate(plan.reviewDate)}: ${plan.reviewOutcome ?? 'no outcome recorded'}. Next step: ${plan.nextStep ?? 'not decided'}.` : 'Not reviewed yet.'}
          </p>
          {canEdit && <ReviewForm plan={plan} onSaved={onSaved} />}
        </article>
      ))}
    </Stack>
  );
};
