import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { formatUkDate, issuesFromZodError, londonToday, parseUkDate, semhProfileSchema, semhReviewDue, type SchoolSettings } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../../../../ui/errorText';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { useMounted } from '../../../../ui/useMounted';

interface NeedRow {
  need: string;
  strategy: string;
}

/** Starts a SEMH focus profile: the needs the pupil chose, how staff support each, the pupil's words; the review date follows from the settings. */
export const SemhProfileForm: React.FC<{ pupilId: number; pupilRef: string; pupilName: string; settings: SchoolSettings; onSaved: (message: string) => void; onCancel: () => void }> = ({
  pupilId,
  pupilRef,
  pupilName,
  settings,
  onSaved,
  onCancel,
}) => {
  const { semhProfiles, currentUser, now } = useServices();
  const [group, setGroup] = React.useState('');
  const [startsOn, setStartsOn] = React.useState(formatUkDate(londonToday(now())));
  const [needs, setNeeds] = React.useState<NeedRow[]>([{ need: '', strategy: '' }]);
  const [views, setViews] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();
  const weeks = settings.behaviourLog.focusProfileWeeks;
  const start = parseUkDate(startsOn.trim());

  const save = async (): Promise<void> => {
    const found: Record<string, string[]> = {};
    if (start === null) found.startsOn = ['Enter the start as dd/mm/yyyy'];
    const candidate = {
      pupilId,
      group: group.trim() || undefined,
      startsOn: start ?? '',
      reviewDueOn: start === null ? '' : semhReviewDue(start, weeks, settings),
      focus: needs.map((n) => ({ need: n.need, strategy: n.strategy })),
      pupilViews: views.trim() || undefined,
      createdBy: currentUser.email,
    };
    const parsed = semhProfileSchema.safeParse(candidate);
    setErrors({ ...(parsed.success ? {} : byField(issuesFromZodError(parsed.error))), ...found });
    if (!parsed.success || start === null) {
      setFailure('The profile was not saved: correct the fields marked.');
      return;
    }
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = await semhProfiles.create(parsed.data, pupilRef);
      onSaved(`SEMH focus profile started for ${pupilName}; review due ${formatUkDate(saved.reviewDueOn)}.`);
    } catch (e) {
      setFailure(`${errorText(e)} What you entered is still here.`);
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  return (
    <form
      noValidate
      aria-label={`Start a SEMH focus profile for ${pupilName}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 560 } }}>
        <TextField label="Group" description="For example the WPA group" value={group} onChange={(_e, v) => setGroup(v ?? '')} errorMessage={errorAt(errors, 'group')} />
        <TextField
          label="Starts on"
          required
          description={start ? `dd/mm/yyyy. Reviewed ${weeks} weeks on: ${formatUkDate(semhReviewDue(start, weeks, settings))}` : 'dd/mm/yyyy'}
          value={startsOn}
          onChange={(_e, v) => setStartsOn(v ?? '')}
          errorMessage={errorAt(errors, 'startsOn')}
          styles={{ root: { width: 320 } }}
        />
        {needs.map((n, i) => (
          <fieldset key={i} style={{ border: '1px solid #c8c6c4', padding: 8 }}>
            <legend>Need {i + 1}</legend>
            <TextField
              label="Need to focus on"
              required
              description={i === 0 ? `For example: ${settings.behaviourLog.semhIndicators.slice(0, 3).join(', ')}` : undefined}
              value={n.need}
              onChange={(_e, v) => setNeeds((all) => all.map((x, j) => (j === i ? { ...x, need: v ?? '' } : x)))}
              errorMessage={errorAt(errors, `focus.${i}.need`)}
            />
            <TextField
              label="How staff will support it"
              required
              multiline
              rows={2}
              value={n.strategy}
              onChange={(_e, v) => setNeeds((all) => all.map((x, j) => (j === i ? { ...x, strategy: v ?? '' } : x)))}
              errorMessage={errorAt(errors, `focus.${i}.strategy`)}
            />
            {needs.length > 1 && <DefaultButton text={`Remove need ${i + 1}`} onClick={() => setNeeds((all) => all.filter((_x, j) => j !== i))} />}
          </fieldset>
        ))}
        {errorAt(errors, 'focus') && <MessageBar messageBarType={MessageBarType.error}>{errorAt(errors, 'focus')}</MessageBar>}
        {needs.length < 6 && <DefaultButton text="Add another need" onClick={() => setNeeds((all) => [...all, { need: '', strategy: '' }])} />}
        <TextField label="What the pupil says about these needs" multiline rows={2} value={views} onChange={(_e, v) => setViews(v ?? '')} errorMessage={errorAt(errors, 'pupilViews')} />
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
            {failure}
          </MessageBar>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={saving ? 'Saving…' : 'Start the profile'} disabled={saving} />
          <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
        </Stack>
      </Stack>
    </form>
  );
};
