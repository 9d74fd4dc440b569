import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { ZodError } from 'zod';
import {
  formatUkDate,
  issuesFromZodError,
  lastDayOfLeaverAccess,
  LEAVING_DESTINATIONS,
  parseUkDate,
  pupilChangesBetween,
  pupilSchema,
  type LeavingDestination,
  type Pupil,
  type PupilChange,
  type ValidationIssue,
} from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { errorText } from '../../../../ui/errorText';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { ErrorSummary } from '../../../../ui/form/FormBits';
import { useMounted } from '../../../../ui/useMounted';

export interface LeaveFormProps {
  readonly pupil: Saved<Pupil>;
  readonly today: string;
  readonly schoolName: (id: number) => string;
  readonly onSaved: (pupil: Saved<Pupil>, changes: readonly PupilChange[]) => void;
  readonly onCancel: () => void;
}

/**
 * Records a leaver: the last day on roll, where they went, and why; kept in the pupil's history. From the day after
 * the leaving date the pupil is off the registers; the home school's access follows the leaver rule in the repository.
 */
export const LeaveForm: React.FC<LeaveFormProps> = ({ pupil, today, schoolName, onSaved, onCancel }) => {
  const { pupilHistory, currentUser, settings } = useServices();
  const [rule] = useAsync(() => settings.get(), [settings]);
  const [date, setDate] = React.useState(formatUkDate(today));
  const [destination, setDestination] = React.useState<LeavingDestination | ''>('');
  const [detail, setDetail] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();
  const summary = React.useRef<HTMLDivElement>(null);
  const name = `${pupil.firstName} ${pupil.lastName}`;

  const show = (issues: readonly ValidationIssue[]): void => {
    setErrors(byField(issues));
    window.setTimeout(() => summary.current?.focus(), 0);
  };

  const save = async (): Promise<void> => {
    setFailure(undefined);
    const leavingDate = parseUkDate(date.trim());
    if (leavingDate === null) return show([{ path: ['leavingDate'], message: 'Enter the last day on roll as dd/mm/yyyy' }]);
    if (destination === '') return show([{ path: ['leavingDestination'], message: 'Choose where the pupil went on leaving' }]);
    // The stored record's rules only: a leaver is recorded even when older details still need completing.
    const checked = pupilSchema.safeParse({ ...pupil, leavingDate, leavingDestination: destination, leavingDestinationDetail: detail });
    if (!checked.success) return show(issuesFromZodError(checked.error));
    let changes: PupilChange[];
    try {
      changes = pupilChangesBetween(pupil, checked.data, { effective: leavingDate, reason, changedBy: currentUser.email, schoolName });
    } catch (e) {
      if (e instanceof ZodError) return show(issuesFromZodError(e).map((i) => ({ ...i, path: ['reason'] })));
      throw e;
    }
    setErrors({});
    setSaving(true);
    try {
      onSaved(await pupilHistory.saveWithHistory(pupil, checked.data, changes), changes);
    } catch (e) {
      setFailure(errorText(e));
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  return (
    <form
      aria-label={`Record ${name} leaving`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <ErrorSummary ref={summary} messages={Object.values(errors).flat()} what="leaving date" />
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
            The leaving date was not saved: {failure}
          </MessageBar>
        )}
        <Text>
          {name} stays on the registers up to and including the leaving date, and is off them from the next day.{' '}
          {pupil.homeSchoolId !== undefined && rule.status === 'ready' && parseUkDate(date.trim()) !== null
            ? `${schoolName(pupil.homeSchoolId)} keeps read access to the records until ${formatUkDate(lastDayOfLeaverAccess(parseUkDate(date.trim()) as string, rule.value))} (${rule.value.leaverAccessDays} days after the leaving date, set in Settings).`
            : ''}
        </Text>
        <TextField label="Leaving date (last day on roll)" description="dd/mm/yyyy" required value={date} onChange={(_e, v) => setDate(v ?? '')} errorMessage={errorAt(errors, 'leavingDate')} styles={{ root: { maxWidth: 200 } }} />
        <Dropdown
          label="Destination"
          required
          placeholder="Choose…"
          options={LEAVING_DESTINATIONS.map((d) => ({ key: d, text: d }))}
          selectedKey={destination === '' ? null : destination}
          onChange={(_e, o) => o && setDestination(o.key as LeavingDestination)}
          errorMessage={errorAt(errors, 'leavingDestination')}
          styles={{ root: { maxWidth: 480 } }}
        />
        <TextField label="Destination detail" description="The school, college or provider, if known." value={detail} onChange={(_e, v) => setDetail(v ?? '')} errorMessage={errorAt(errors, 'leavingDestinationDetail')} styles={{ root: { maxWidth: 480 } }} />
        <TextField label="Reason for leaving" required multiline rows={3} value={reason} onChange={(_e, v) => setReason(v ?? '')} errorMessage={errorAt(errors, 'reason')} styles={{ root: { maxWidth: 480 } }} />
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text="Record leaving" disabled={saving} />
          <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
        </Stack>
        <div role="status">{saving && <Spinner label="Recording the leaver…" />}</div>
      </Stack>
    </form>
  );
};
