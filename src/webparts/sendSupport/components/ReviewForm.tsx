import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { APDR_NEXT_STEPS, APDR_REVIEW_OUTCOMES, parseUkDate, supportPlanSchema, type ApdrNextStep, type ApdrReviewOutcome, type SupportPlan } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { check, errorText, SaveStatus, type FieldErrors } from './formSupport';

/** Records the review of an APDR cycle: date (not before the plan), outcome and next step from the pathway. */
export const ReviewForm: React.FC<{ plan: Saved<SupportPlan>; onSaved: () => void }> = ({ plan, onSaved }) => {
  const { supportPlans } = useServices();
  const [date, setDate] = React.useState('');
  const [outcome, setOutcome] = React.useState<ApdrReviewOutcome | undefined>(plan.reviewOutcome);
  const [next, setNext] = React.useState<ApdrNextStep | undefined>(plan.nextStep);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [status, setStatus] = React.useState<{ ok: boolean; text: string }>();

  const save = async (): Promise<void> => {
    setStatus(undefined);
    const result = check(supportPlanSchema, { ...plan, reviewDate: parseUkDate(date.trim()) ?? date, reviewOutcome: outcome, nextStep: next });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      await supportPlans.update(plan.id, plan.etag, result.value);
      setStatus({ ok: true, text: 'Review recorded.' });
      onSaved();
    } catch (e) {
      setStatus({ ok: false, text: errorText(e) });
    }
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} role="group" aria-label="Record the review">
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        <TextField label="Review date" description="dd/mm/yyyy" required value={date} onChange={(_e, v) => setDate(v ?? '')} errorMessage={errors.reviewDate?.[0]} styles={{ root: { width: 140 } }} />
        <Dropdown label="Review outcome" options={APDR_REVIEW_OUTCOMES.map((o) => ({ key: o, text: o }))} selectedKey={outcome ?? null} onChange={(_e, o) => setOutcome(o?.key as ApdrReviewOutcome)} errorMessage={errors.reviewOutcome?.[0]} styles={{ root: { width: 320 } }} />
        <Dropdown label="Next step" options={APDR_NEXT_STEPS.map((o) => ({ key: o, text: o }))} selectedKey={next ?? null} onChange={(_e, o) => setNext(o?.key as ApdrNextStep)} errorMessage={errors.nextStep?.[0]} styles={{ root: { width: 280 } }} />
        <DefaultButton text="Record review" onClick={() => void save()} />
      </Stack>
      <SaveStatus status={status} />
    </Stack>
  );
};
