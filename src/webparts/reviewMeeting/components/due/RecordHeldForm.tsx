import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { Text } from '@fluentui/react/lib/Text';
import { buildHeldElsewhere, formatUkDate, meetingDay, type HeldElsewhereErrors, type MeetingKind } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText, type Notice } from '../shared';

export interface RecordHeldFormProps {
  readonly pupil: { readonly id: number; readonly pupilRef: string; readonly name: string };
  readonly kind: MeetingKind;
  readonly today: string;
  readonly onSaved: (notice: Notice) => void;
  readonly onCancel: () => void;
}

/** Records a review held outside Pathways Hub (or before it was used): the day and what was decided; no invitation. */
export const RecordHeldForm: React.FC<RecordHeldFormProps> = ({ pupil, kind, today, onSaved, onCancel }) => {
  const services = useServices();
  const [date, setDate] = React.useState('');
  const [outcome, setOutcome] = React.useState('');
  const [errors, setErrors] = React.useState<HeldElsewhereErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const headingId = `held-${pupil.id}-${kind.replace(/\W+/g, '-')}`;

  const submit = async (): Promise<void> => {
    const built = buildHeldElsewhere({ pupilId: pupil.id, kind, date, outcome, recordedBy: services.currentUser }, { today });
    setErrors(built.errors);
    if (!built.meeting) return;
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = await services.meetings.create(built.meeting, pupil.pupilRef);
      // The form closes on success (nothing more to update here).
      onSaved({ ok: true, text: `Recorded: ${pupil.name}'s ${kind.toLowerCase()} held on ${formatUkDate(meetingDay(saved))}.` });
    } catch (e) {
      setFailure(`Not recorded: ${errorText(e)}`);
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={{ maxWidth: 560, marginTop: 8 }}
    >
      <Text as="h6" variant="medium" id={headingId} block styles={{ root: { fontWeight: 600, margin: 0 } }}>
        Record the {kind.toLowerCase()} as held (outside Pathways Hub)
      </Text>
      <TextField label="Held on (dd/mm/yyyy)" value={date} onChange={(_e, v) => setDate(v ?? '')} errorMessage={errors.date} required />
      <TextField label="What was decided" multiline rows={2} value={outcome} onChange={(_e, v) => setOutcome(v ?? '')} errorMessage={errors.outcome} required />
      {failure && (
        <Text role="alert" block styles={{ root: { color: '#a4262c' } }}>
          {failure}
        </Text>
      )}
      <div style={{ display: 'flex', gap: 8, marginTop: 8, flexWrap: 'wrap' }}>
        <PrimaryButton type="submit" disabled={saving}>
          Record as held
        </PrimaryButton>
        <DefaultButton onClick={onCancel}>Cancel</DefaultButton>
      </div>
    </form>
  );
};
