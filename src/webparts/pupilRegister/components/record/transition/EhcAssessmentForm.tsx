import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import type { Saved } from '../../../../../data/ports';
import {
  EHC_AFTER_ASSESSMENT,
  EHC_ASSESSMENT_DECISIONS,
  ehcRequestSchema,
  formatUkDate,
  issuesFromZodError,
  type EhcAfterAssessment,
  type EhcAssessmentDecision,
  type EhcRequest,
  type Pupil,
} from '../../../../../domain';
import { ErrorSummary } from '../../../../../ui/form/FormBits';
import { byField, errorAt, type FieldErrors } from '../../../../../ui/form/fieldErrors';
import { errorText } from '../../../../../ui/errorText';
import { useServices } from '../../../../../ui/ServicesContext';

const uk = (d: string | undefined): string => (d === undefined ? '' : formatUkDate(d));
const NONE = 'none';

/**
 * Recording a request for an EHC needs assessment (when the LA received it, who made it, the LA's reference) and, as
 * they arrive, the LA's decisions: whether to assess, then a draft plan or notice that no plan will be issued, then
 * the final plan. Each date is checked against the others and against today by the repository as well.
 */
export const EhcAssessmentForm: React.FC<{ pupil: Saved<Pupil>; existing?: Saved<EhcRequest>; onSaved: (r: Saved<EhcRequest>) => void; onCancel: () => void }> = ({
  pupil,
  existing,
  onSaved,
  onCancel,
}) => {
  const { ehcRequests } = useServices();
  const [receivedOn, setReceivedOn] = React.useState(uk(existing?.receivedOn));
  const [requestedBy, setRequestedBy] = React.useState(existing?.requestedBy ?? '');
  const [reference, setReference] = React.useState(existing?.reference ?? '');
  const [decision, setDecision] = React.useState<EhcAssessmentDecision | undefined>(existing?.decision);
  const [decisionOn, setDecisionOn] = React.useState(uk(existing?.decisionOn));
  const [after, setAfter] = React.useState<EhcAfterAssessment | undefined>(existing?.afterAssessment);
  const [afterOn, setAfterOn] = React.useState(uk(existing?.afterAssessmentOn));
  const [finalOn, setFinalOn] = React.useState(uk(existing?.finalPlanOn));
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const summary = React.useRef<HTMLDivElement>(null);

  const submit = async (): Promise<void> => {
    setFailure(undefined);
    const parsed = ehcRequestSchema.safeParse({
      ...(existing?.id !== undefined ? { id: existing.id } : {}),
      pupilId: pupil.id,
      kind: 'Needs assessment request',
      receivedOn,
      requestedBy,
      reference,
      decision,
      decisionOn,
      afterAssessment: after,
      afterAssessmentOn: afterOn,
      finalPlanOn: finalOn,
    });
    if (!parsed.success) {
      setErrors(byField(issuesFromZodError(parsed.error)));
      window.setTimeout(() => summary.current?.focus(), 0);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onSaved(existing ? await ehcRequests.update(existing.id, existing.etag, parsed.data) : await ehcRequests.create(parsed.data, pupil.pupilRef));
    } catch (e) {
      setFailure(errorText(e));
      window.setTimeout(() => summary.current?.focus(), 0);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="ehc-assessment-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ maxWidth: 560 }}
    >
      <Text as="h4" variant="mediumPlus" id="ehc-assessment-form-heading" block styles={{ root: { margin: '8px 0' } }}>
        {existing ? 'Record the LA’s decisions' : 'Record a request for an EHC needs assessment'}
      </Text>
      <ErrorSummary ref={summary} messages={failure ? [failure] : Object.values(errors).flat()} what="request" />
      <TextField
        label="The LA received the request on (dd/mm/yyyy)"
        description="The statutory time limits run from this day."
        required
        value={receivedOn}
        onChange={(_e, v) => setReceivedOn(v ?? '')}
        errorMessage={errorAt(errors, 'receivedOn')}
      />
      <TextField label="Requested by (optional)" placeholder="e.g. the home school with Pathways" value={requestedBy} onChange={(_e, v) => setRequestedBy(v ?? '')} errorMessage={errorAt(errors, 'requestedBy')} />
      <TextField label="LA reference (optional)" value={reference} onChange={(_e, v) => setReference(v ?? '')} errorMessage={errorAt(errors, 'reference')} />
      {existing && (
        <>
          <Dropdown
            label="The LA decided"
            selectedKey={decision ?? NONE}
            options={[{ key: NONE, text: 'Not decided yet' }, ...EHC_ASSESSMENT_DECISIONS.map((d) => ({ key: d, text: d === 'To assess' ? 'To assess' : 'Not to assess' }))]}
            onChange={(_e, o) => {
              const next = o && o.key !== NONE ? (o.key as EhcAssessmentDecision) : undefined;
              setDecision(next);
              if (next !== 'To assess') {
                setAfter(undefined);
                setAfterOn('');
                setFinalOn('');
              }
            }}
            errorMessage={errorAt(errors, 'decision')}
          />
          <TextField label="Decision notified on (dd/mm/yyyy)" value={decisionOn} onChange={(_e, v) => setDecisionOn(v ?? '')} errorMessage={errorAt(errors, 'decisionOn')} />
          {decision === 'To assess' && (
            <>
              <Dropdown
                label="After the assessment"
                selectedKey={after ?? NONE}
                options={[{ key: NONE, text: 'Not yet' }, ...EHC_AFTER_ASSESSMENT.map((d) => ({ key: d, text: d }))]}
                onChange={(_e, o) => {
                  const next = o && o.key !== NONE ? (o.key as EhcAfterAssessment) : undefined;
                  setAfter(next);
                  if (next !== 'Draft plan issued') setFinalOn('');
                }}
                errorMessage={errorAt(errors, 'afterAssessment')}
              />
              <TextField label="Draft plan or notice dated (dd/mm/yyyy)" value={afterOn} onChange={(_e, v) => setAfterOn(v ?? '')} errorMessage={errorAt(errors, 'afterAssessmentOn')} />
            </>
          )}
          {after === 'Draft plan issued' && (
            <TextField label="Final plan issued on (dd/mm/yyyy)" value={finalOn} onChange={(_e, v) => setFinalOn(v ?? '')} errorMessage={errorAt(errors, 'finalPlanOn')} />
          )}
        </>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 12 }}>
        <PrimaryButton type="submit" text={saving ? 'Saving…' : existing ? 'Save the decisions' : 'Record the request'} disabled={saving} />
        <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
      </div>
    </form>
  );
};
