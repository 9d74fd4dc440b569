import * as React from 'react';
import { formatUkDate, type Pupil, type SupportPlan, type Target } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { ProvisionMap } from './ProvisionMap';
import { AddTargetForm, ReviewForm, StartCycleForm } from './sendForms';
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
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      {canEdit && (
        <div role="group" aria-label="Start an APDR cycle" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          <h3>Start an APDR cycle</h3>
          <StartCycleForm pupil={pupil} profile={plans[0]?.profile ?? {}} onSaved={onSaved} />
        </div>
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
    </div>
  );
};
