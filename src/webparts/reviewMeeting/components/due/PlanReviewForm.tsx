import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Saved } from '../../../../data/ports';
import { formatUkDate, recordPlanReview, type PlanReviewErrors, type TransitionPlan } from '../../../../domain';
import { DueRecordForm } from './DueRecordForm';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText, type Notice } from '../shared';

export interface PlanReviewFormProps {
  readonly plan: Saved<TransitionPlan>;
  readonly pupilName: string;
  readonly today: string;
  readonly onSaved: (notice: Notice) => void;
  readonly onCancel: () => void;
}

/**
 * Records the review of a transition plan from the Due view: the day it was looked at again, what was decided and the
 * next review date (blank for none). The rules are the domain's (recordPlanReview); the repository refuses the same.
 */
export const PlanReviewForm: React.FC<PlanReviewFormProps> = ({ plan, pupilName, today, onSaved, onCancel }) => {
  const services = useServices();
  const [on, setOn] = React.useState('');
  const [decided, setDecided] = React.useState('');
  const [next, setNext] = React.useState('');
  const [errors, setErrors] = React.useState<PlanReviewErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const headingId = `plan-review-${plan.id}`;

  const submit = async (): Promise<void> => {
    const built = recordPlanReview(plan, { on, decided, nextReviewOn: next, by: services.currentUser.email }, today);
    setErrors(built.errors);
    if (!built.plan) return;
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = await services.transitionPlans.update(plan.id, plan.etag, built.plan);
      const last = built.plan.reviews?.[built.plan.reviews.length - 1];
      onSaved({
        ok: true,
        text: `Recorded: ${pupilName}'s transition plan reviewed on ${last ? formatUkDate(last.on) : ''}; ${saved.reviewOn ? `next review ${formatUkDate(saved.reviewOn)}` : 'no further review set'}.`,
      });
    } catch (e) {
      setFailure(`Not recorded: ${errorText(e)}`);
      setSaving(false);
    }
  };

  return (
    <DueRecordForm headingId={headingId} heading={<>Record the review of {pupilName}&apos;s transition plan</>} submitText="Record the review" failure={failure} saving={saving} onSubmit={submit} onCancel={onCancel}>
      <TextField label="Reviewed on (dd/mm/yyyy)" value={on} onChange={(_e, v) => setOn(v ?? '')} errorMessage={errors.on} required />
      <TextField label="What was decided" multiline rows={2} value={decided} onChange={(_e, v) => setDecided(v ?? '')} errorMessage={errors.decided} required />
      <TextField
        label="Next review on (dd/mm/yyyy)"
        description="Leave blank if the plan is not to be reviewed again before the move."
        value={next}
        onChange={(_e, v) => setNext(v ?? '')}
        errorMessage={errors.nextReviewOn}
      />
    </DueRecordForm>
  );
};
