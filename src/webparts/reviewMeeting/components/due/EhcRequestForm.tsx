import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import { Text } from '@fluentui/react/lib/Text';
import type { Saved } from '../../../../data/ports';
import { EHC_REQUEST_KINDS, ehcRequestSchema, issuesByField, issuesFromZodError, type EhcRequestKind, type Pupil } from '../../../../domain';
import { PupilPicker } from '../../../../ui/PupilPicker';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText, type Notice } from '../shared';

/** Records an LA request for information or a draft plan sent for comment, so its reply period is tracked. */
export const EhcRequestForm: React.FC<{ pupils: readonly Saved<Pupil>[]; onSaved: (notice: Notice) => void; onCancel: () => void }> = ({ pupils, onSaved, onCancel }) => {
  const { ehcRequests } = useServices();
  const [pupilId, setPupilId] = React.useState<number | undefined>();
  const [kind, setKind] = React.useState<EhcRequestKind>('LA information request');
  const [received, setReceived] = React.useState('');
  const [reference, setReference] = React.useState('');
  const [errors, setErrors] = React.useState<Record<string, string[]>>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);

  const submit = async (): Promise<void> => {
    const parsed = ehcRequestSchema.safeParse({ pupilId, kind, receivedOn: received, reference });
    if (!parsed.success) {
      setErrors(issuesByField(issuesFromZodError(parsed.error)));
      return;
    }
    setErrors({});
    const pupil = pupils.find((p) => p.id === pupilId);
    if (!pupil) return;
    setSaving(true);
    try {
      await ehcRequests.create(parsed.data, pupil.pupilRef);
      onSaved({ ok: true, text: `The ${kind.toLowerCase()} for ${pupil.firstName} ${pupil.lastName} is recorded: its reply date is in the Due view.` });
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="ehc-request-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ maxWidth: 560, marginBottom: 16 }}
    >
      <Text as="h3" variant="large" id="ehc-request-heading">
        Record an LA request
      </Text>
      <PupilPicker pupils={pupils} pupilId={pupilId} onChange={setPupilId} />
      {errors.pupilId && (
        <Text role="alert" styles={{ root: { color: '#a4262c' } }}>
          {errors.pupilId[0]}
        </Text>
      )}
      <ChoiceGroup
        label="What the LA sent"
        selectedKey={kind}
        options={EHC_REQUEST_KINDS.filter((k) => k !== 'Needs assessment request').map((k) => ({
          key: k,
          text: k === 'LA information request' ? 'A request for information (reply within 6 weeks)' : 'A draft EHC plan for comment (reply within 15 days)',
        }))}
        onChange={(_e, o) => o && setKind(o.key as EhcRequestKind)}
      />
      <TextField label="Received on (dd/mm/yyyy)" value={received} onChange={(_e, v) => setReceived(v ?? '')} errorMessage={errors.receivedOn?.[0]} required />
      <TextField label="LA reference (optional)" value={reference} onChange={(_e, v) => setReference(v ?? '')} />
      {failure && <Text role="alert">{failure}</Text>}
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <PrimaryButton type="submit" disabled={saving}>
          Record the request
        </PrimaryButton>
        <DefaultButton onClick={onCancel}>Cancel</DefaultButton>
      </div>
    </form>
  );
};
