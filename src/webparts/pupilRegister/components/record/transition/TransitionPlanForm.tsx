import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Saved } from '../../../../../data/ports';
import {
  destinationNameIssue,
  formatUkDate,
  issuesFromZodError,
  MAX_TRANSITION_STEPS,
  TRANSITION_DESTINATIONS,
  TRANSITION_PLAN_STATUSES,
  transitionPlanSchema,
  type Pupil,
  type TransitionDestination,
  type TransitionPlan,
  type TransitionPlanStatus,
} from '../../../../../domain';
import { ErrorSummary } from '../../../../../ui/form/FormBits';
import { byField, errorAt, type FieldErrors } from '../../../../../ui/form/fieldErrors';
import { errorText } from '../../../../../ui/errorText';
import { useServices } from '../../../../../ui/ServicesContext';
import { useMounted } from '../../../../../ui/useMounted';

interface StepDraft {
  readonly key: number;
  what: string;
  owner: string;
  dueOn: string;
  doneOn: string;
  notes: string;
}

const ukOrBlank = (d: string | undefined): string => (d === undefined ? '' : formatUkDate(d));

const DESTINATION_TEXT: Record<TransitionDestination, string> = {
  'Return to the home school': 'Return to the home school (reintegration)',
  'A new setting': 'A new setting (e.g. a specialist provision or another school)',
  'Next phase or post-16': 'The next phase or post-16 (college, training)',
  Other: 'Somewhere else',
};

/**
 * Making or changing a pupil's exit and transition plan: where and when the pupil goes, the status, when the plan is
 * looked at again, and the reintegration steps (what, who, by when, done on, notes). Every problem is shown at its
 * field and above the form; what was typed stays when SharePoint refuses the save.
 */
export const TransitionPlanForm: React.FC<{
  pupil: Saved<Pupil>;
  existing?: Saved<TransitionPlan>;
  homeSchoolName?: string;
  onSaved: (plan: Saved<TransitionPlan>) => void;
  onCancel: () => void;
}> = ({ pupil, existing, homeSchoolName, onSaved, onCancel }) => {
  const { transitionPlans, currentUser } = useServices();
  const [kind, setKind] = React.useState<TransitionDestination>(existing?.destinationKind ?? 'Return to the home school');
  const [name, setName] = React.useState(existing?.destinationName ?? '');
  const [plannedOn, setPlannedOn] = React.useState(ukOrBlank(existing?.plannedOn));
  const [status, setStatus] = React.useState<TransitionPlanStatus>(existing?.status ?? 'Planning');
  const [reviewOn, setReviewOn] = React.useState(ukOrBlank(existing?.reviewOn));
  const [completedOn, setCompletedOn] = React.useState(ukOrBlank(existing?.completedOn));
  const [notes, setNotes] = React.useState(existing?.notes ?? '');
  const nextKey = React.useRef(0);
  const [steps, setSteps] = React.useState<StepDraft[]>(() =>
    (existing?.steps ?? []).map((s) => ({ key: nextKey.current++, what: s.what, owner: s.owner, dueOn: formatUkDate(s.dueOn), doneOn: ukOrBlank(s.doneOn), notes: s.notes ?? '' })),
  );
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();
  const summary = React.useRef<HTMLDivElement>(null);
  const firstName = pupil.preferredName ?? pupil.firstName;

  const setStep = (key: number, change: Partial<StepDraft>): void => setSteps((all) => all.map((s) => (s.key === key ? { ...s, ...change } : s)));
  const addStep = (): void => setSteps((all) => [...all, { key: nextKey.current++, what: '', owner: '', dueOn: '', doneOn: '', notes: '' }]);

  const submit = async (): Promise<void> => {
    setFailure(undefined);
    const parsed = transitionPlanSchema.safeParse({
      ...(existing?.id !== undefined ? { id: existing.id } : {}),
      pupilId: pupil.id,
      destinationKind: kind,
      destinationName: name,
      plannedOn,
      status,
      reviewOn,
      steps: steps.map((s) => ({ what: s.what, owner: s.owner, dueOn: s.dueOn, doneOn: s.doneOn, notes: s.notes })),
      notes,
      createdBy: existing?.createdBy ?? currentUser.email,
      completedOn,
      // Kept as they are: the day the plan was made and the reviews recorded on it (this form does not change them).
      madeOn: existing?.madeOn,
      reviews: existing?.reviews,
    });
    if (!parsed.success) {
      // The record-level rule on the name runs only once every field parses: ask it now too, so every problem shows at once.
      const issues = issuesFromZodError(parsed.error);
      const nameIssue = destinationNameIssue(kind, name);
      if (nameIssue && !issues.some((i) => i.path.join('.') === 'destinationName')) issues.push({ path: ['destinationName'], message: nameIssue });
      setErrors(byField(issues));
      window.setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      // The next due date is set by the repository from the steps and the review.
      const plan = parsed.data;
      const saved = existing ? await transitionPlans.update(existing.id, existing.etag, plan) : await transitionPlans.create(plan, pupil.pupilRef);
      onSaved(saved);
    } catch (e) {
      setFailure(errorText(e));
      window.setTimeout(() => summary.current?.focus(), 0);
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  const messages = Object.values(errors).flat();
  return (
    <form
      noValidate
      aria-labelledby="transition-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ maxWidth: 640 }}
    >
      <Text as="h4" variant="mediumPlus" id="transition-form-heading" block styles={{ root: { margin: '8px 0' } }}>
        {existing ? `Change ${firstName}’s transition plan` : `Make ${firstName}’s transition plan`}
      </Text>
      <ErrorSummary ref={summary} messages={failure ? [failure] : messages} what="transition plan" />
      <ChoiceGroup
        label="Where is the pupil going?"
        required
        selectedKey={kind}
        options={TRANSITION_DESTINATIONS.map((k) => ({ key: k, text: DESTINATION_TEXT[k] }))}
        onChange={(_e, o) => o && setKind(o.key as TransitionDestination)}
      />
      <TextField
        label={kind === 'Return to the home school' ? 'Home school' : kind === 'Other' ? 'Where' : 'Name of the setting'}
        value={name}
        placeholder={kind === 'Return to the home school' ? homeSchoolName : undefined}
        description={kind === 'Return to the home school' ? 'Leave blank for the home school on the pupil’s record.' : undefined}
        required={kind !== 'Return to the home school'}
        onChange={(_e, v) => setName(v ?? '')}
        errorMessage={errorAt(errors, 'destinationName')}
      />
      <TextField label="Planned for (dd/mm/yyyy)" required value={plannedOn} onChange={(_e, v) => setPlannedOn(v ?? '')} errorMessage={errorAt(errors, 'plannedOn')} />
      <Dropdown
        label="Status"
        selectedKey={status}
        options={TRANSITION_PLAN_STATUSES.map((s) => ({ key: s, text: s === 'Agreed' ? 'Agreed with the family and the next setting' : s }))}
        onChange={(_e, o) => o && setStatus(o.key as TransitionPlanStatus)}
        errorMessage={errorAt(errors, 'status')}
      />
      {status === 'Completed' && (
        <TextField label="Moved on on (dd/mm/yyyy)" required value={completedOn} onChange={(_e, v) => setCompletedOn(v ?? '')} errorMessage={errorAt(errors, 'completedOn')} />
      )}
      <TextField label="Look at the plan again on (dd/mm/yyyy, optional)" value={reviewOn} onChange={(_e, v) => setReviewOn(v ?? '')} errorMessage={errorAt(errors, 'reviewOn')} />

      <fieldset style={{ border: 'none', padding: 0, margin: '16px 0 0' }}>
        <legend>
          <Text variant="mediumPlus">Reintegration steps</Text>
        </legend>
        {steps.length === 0 && <Text block>No steps yet: add each thing to do before {firstName} moves on, with who does it and by when.</Text>}
        <ol style={{ paddingLeft: 20, margin: '8px 0' }}>
          {steps.map((s, i) => (
            <li key={s.key} style={{ marginBottom: 12 }}>
              <TextField label={`Step ${i + 1}: what`} required value={s.what} onChange={(_e, v) => setStep(s.key, { what: v ?? '' })} errorMessage={errorAt(errors, `steps.${i}.what`)} />
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
                <TextField label="Who" required value={s.owner} onChange={(_e, v) => setStep(s.key, { owner: v ?? '' })} errorMessage={errorAt(errors, `steps.${i}.owner`)} styles={{ root: { minWidth: 160, flex: '1 1 160px' } }} />
                <TextField label="By (dd/mm/yyyy)" required value={s.dueOn} onChange={(_e, v) => setStep(s.key, { dueOn: v ?? '' })} errorMessage={errorAt(errors, `steps.${i}.dueOn`)} styles={{ root: { minWidth: 130, flex: '1 1 130px' } }} />
                <TextField label="Done on (dd/mm/yyyy)" value={s.doneOn} onChange={(_e, v) => setStep(s.key, { doneOn: v ?? '' })} errorMessage={errorAt(errors, `steps.${i}.doneOn`)} styles={{ root: { minWidth: 130, flex: '1 1 130px' } }} />
              </div>
              <TextField label="Notes (optional)" value={s.notes} onChange={(_e, v) => setStep(s.key, { notes: v ?? '' })} errorMessage={errorAt(errors, `steps.${i}.notes`)} />
              <DefaultButton text={`Remove step ${i + 1}`} onClick={() => setSteps((all) => all.filter((x) => x.key !== s.key))} styles={{ root: { marginTop: 4 } }} />
            </li>
          ))}
        </ol>
        {errorAt(errors, 'steps') && (
          <MessageBar messageBarType={MessageBarType.error}>{errorAt(errors, 'steps')}</MessageBar>
        )}
        <DefaultButton text="Add a step" iconProps={{ iconName: 'Add' }} onClick={addStep} disabled={steps.length >= MAX_TRANSITION_STEPS} />
      </fieldset>
      <TextField label="Notes (optional)" multiline rows={3} value={notes} onChange={(_e, v) => setNotes(v ?? '')} errorMessage={errorAt(errors, 'notes')} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 12 }}>
        <PrimaryButton type="submit" text={saving ? 'Saving…' : 'Save the plan'} disabled={saving} />
        <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
      </div>
    </form>
  );
};
