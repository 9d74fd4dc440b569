import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { buildHeldElsewhere, formatUkDate, meetingDay, type HeldElsewhereErrors, type MeetingKind } from '../../../../domain';
import { DueRecordForm } from './DueRecordForm';
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
    <DueRecordForm headingId={headingId} heading={<>Record the {kind.toLowerCase()} as held (outside Pathways Hub)</>} submitText="Record as held" failure={failure} saving={saving} onSubmit={submit} onCancel={onCancel}>
      <TextField label="Held on (dd/mm/yyyy)" value={date} onChange={(_e, v) => setDate(v ?? '')} errorMessage={errors.date} required />
      <TextField label="What was decided" multiline rows={2} value={outcome} onChange={(_e, v) => setOutcome(v ?? '')} errorMessage={errors.outcome} required />
    </DueRecordForm>
  );
};
