import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  FOLLOW_UP_OUTCOMES,
  issuesFromZodError,
  londonClockTime,
  londonToday,
  londonWallTimeToIso,
  PARENT_CONTACT_KINDS,
  PARENT_CONTACT_OUTCOMES,
  parentContactDay,
  parentContactSchema,
  parseUkDate,
  type ParentContactKind,
  type ParentContactOutcome,
} from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../../../../ui/errorText';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { useMounted } from '../../../../ui/useMounted';

export interface ParentContactFormProps {
  readonly pupilId: number;
  readonly pupilRef: string;
  /** "Sam Carter", for the form's name. */
  readonly pupilName: string;
  /** The person to call first (the parent or carer on the record). */
  readonly defaultWithWhom?: string;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

/** Records one contact with home (who, when, the reason given, the expected return, the outcome, the follow-up). */
export const ParentContactForm: React.FC<ParentContactFormProps> = ({ pupilId, pupilRef, pupilName, defaultWithWhom, onSaved, onCancel }) => {
  const { parentContacts, currentUser, now } = useServices();
  const today = londonToday(now());
  const [kind, setKind] = React.useState<ParentContactKind>('We called');
  const [time, setTime] = React.useState(londonClockTime(now()));
  const [withWhom, setWithWhom] = React.useState(defaultWithWhom ?? '');
  const [outcome, setOutcome] = React.useState<ParentContactOutcome | undefined>();
  const [reason, setReason] = React.useState('');
  const [expectedReturn, setExpectedReturn] = React.useState('');
  const [followUpOn, setFollowUpOn] = React.useState('');
  const [notes, setNotes] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();

  const ukDate = (text: string, key: string, found: Record<string, string[]>): string | undefined => {
    if (text.trim() === '') return undefined;
    const d = parseUkDate(text.trim());
    if (d === null) found[key] = ['Enter the date as dd/mm/yyyy'];
    return d ?? undefined;
  };

  const save = async (): Promise<void> => {
    const found: Record<string, string[]> = {};
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time.trim())) found.at = ['Enter the time as HH:MM, for example 09:40'];
    if (outcome === undefined) found.outcome = ['Choose the outcome'];
    const candidate = {
      pupilId,
      at: found.at ? now().toISOString() : londonWallTimeToIso(today, time.trim()),
      kind,
      withWhom: withWhom.trim(),
      outcome,
      reason: reason.trim() || undefined,
      expectedReturn: ukDate(expectedReturn, 'expectedReturn', found),
      followUpOn: ukDate(followUpOn, 'followUpOn', found),
      notes: notes.trim() || undefined,
      recordedBy: currentUser.email,
    };
    const parsed = parentContactSchema.safeParse(parentContactDay(candidate));
    const all = { ...(parsed.success ? {} : byField(issuesFromZodError(parsed.error).filter((i) => found[i.path.join('.')] === undefined))), ...found };
    setErrors(all);
    if (!parsed.success || Object.keys(found).length > 0) {
      setFailure('The contact was not saved: correct the fields marked.');
      return;
    }
    setSaving(true);
    setFailure(undefined);
    try {
      await parentContacts.add(parsed.data, pupilRef);
      onSaved();
    } catch (e) {
      setFailure(`${errorText(e)} What you entered is still here: try again.`);
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  const needsFollowUp = outcome !== undefined && FOLLOW_UP_OUTCOMES.indexOf(outcome) >= 0;
  return (
    <form
      noValidate
      aria-label={`Contact with home about ${pupilName}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 480 } }}>
        <Dropdown label="How" selectedKey={kind} options={PARENT_CONTACT_KINDS.map((k) => ({ key: k, text: k }))} onChange={(_e, o) => o && setKind(o.key as ParentContactKind)} />
        <TextField label="Time (today)" required value={time} onChange={(_e, v) => setTime(v ?? '')} errorMessage={errorAt(errors, 'at')} styles={{ root: { width: 140 } }} />
        <TextField label="Spoke to (name and relationship)" required value={withWhom} onChange={(_e, v) => setWithWhom(v ?? '')} errorMessage={errorAt(errors, 'withWhom')} />
        <Dropdown
          label="Outcome"
          required
          selectedKey={outcome ?? null}
          options={PARENT_CONTACT_OUTCOMES.map((o) => ({ key: o, text: o }))}
          onChange={(_e, o) => o && setOutcome(o.key as ParentContactOutcome)}
          errorMessage={errorAt(errors, 'outcome')}
        />
        <TextField label="Reason given" multiline rows={2} value={reason} onChange={(_e, v) => setReason(v ?? '')} errorMessage={errorAt(errors, 'reason')} />
        <TextField label="Expected return (dd/mm/yyyy)" value={expectedReturn} onChange={(_e, v) => setExpectedReturn(v ?? '')} errorMessage={errorAt(errors, 'expectedReturn')} styles={{ root: { width: 220 } }} />
        <TextField
          label="Follow up on (dd/mm/yyyy)"
          required={needsFollowUp}
          value={followUpOn}
          onChange={(_e, v) => setFollowUpOn(v ?? '')}
          errorMessage={errorAt(errors, 'followUpOn')}
          styles={{ root: { width: 220 } }}
        />
        <TextField label="Notes" multiline rows={2} value={notes} onChange={(_e, v) => setNotes(v ?? '')} errorMessage={errorAt(errors, 'notes')} />
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
            {failure}
          </MessageBar>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text="Save the contact" disabled={saving} />
          <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
        </Stack>
      </Stack>
    </form>
  );
};
