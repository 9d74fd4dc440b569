import * as React from 'react';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import { Text } from '@fluentui/react/lib/Text';
import type { Saved } from '../../../../data/ports';
import { EHC_STEP_RECORDING, formatUkDate, recordEhcStep, type EhcRequest, type EhcStepErrors, type EhcStepKey } from '../../../../domain';
import { DueRecordForm } from './DueRecordForm';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText, type Notice } from '../shared';

export interface EhcStepFormProps {
  readonly request: Saved<EhcRequest>;
  readonly step: EhcStepKey;
  readonly pupilName: string;
  readonly today: string;
  readonly onSaved: (notice: Notice) => void;
  readonly onCancel: () => void;
}

/**
 * Records one statutory step of a request for an EHC needs assessment from the Due view: what the LA decided (whether
 * to assess; a draft plan or notice that no plan will be issued) and its date, or the day the final plan was issued.
 * The rules are the domain's (recordEhcStep); the repository refuses dates after today as well.
 */
export const EhcStepForm: React.FC<EhcStepFormProps> = ({ request, step, pupilName, today, onSaved, onCancel }) => {
  const { ehcRequests } = useServices();
  const rec = EHC_STEP_RECORDING[step];
  const [outcome, setOutcome] = React.useState<string | undefined>();
  const [on, setOn] = React.useState('');
  const [errors, setErrors] = React.useState<EhcStepErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const headingId = `ehc-step-${request.id}-${step}`;

  const submit = async (): Promise<void> => {
    const built = recordEhcStep(request, step, { outcome, on }, today);
    setErrors(built.errors);
    if (!built.request) return;
    setSaving(true);
    setFailure(undefined);
    try {
      await ehcRequests.update(request.id, request.etag, built.request);
      const date = formatUkDate(step === 'decision' ? built.request.decisionOn! : step === 'after-assessment' ? built.request.afterAssessmentOn! : built.request.finalPlanOn!);
      onSaved({ ok: true, text: `Recorded for ${pupilName}'s EHC needs assessment: ${outcome ? `${outcome.toLowerCase()}, ` : 'the final plan issued '}on ${date}.` });
    } catch (e) {
      setFailure(`Not recorded: ${errorText(e)}`);
      setSaving(false);
    }
  };

  return (
    <DueRecordForm headingId={headingId} heading={<>Record {rec.what} for {pupilName}&apos;s EHC needs assessment</>} submitText={`Record ${rec.what}`} failure={failure} saving={saving} onSubmit={submit} onCancel={onCancel}>
      <Text block variant="small">
        The LA received the request on {formatUkDate(request.receivedOn)}.
      </Text>
      {rec.outcomeLabel && (
        <ChoiceGroup
          label={rec.outcomeLabel}
          required
          selectedKey={outcome ?? null}
          options={rec.outcomes.map((o) => ({ key: o, text: o }))}
          onChange={(_e, o) => o && setOutcome(String(o.key))}
        />
      )}
      {errors.outcome && (
        <Text role="alert" block styles={{ root: { color: '#a4262c' } }}>
          {errors.outcome}
        </Text>
      )}
      <TextField label={rec.dateLabel} value={on} onChange={(_e, v) => setOn(v ?? '')} errorMessage={errors.on} required />
    </DueRecordForm>
  );
};
