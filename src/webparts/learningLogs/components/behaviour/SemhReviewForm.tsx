import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  formatUkDate,
  issuesFromZodError,
  londonToday,
  parseUkDate,
  SEMH_FOCUS_OUTCOMES,
  SEMH_NEXT_STEPS,
  semhProfileSchema,
  type SemhFocusOutcome,
  type SemhNextStep,
  type SemhProfile,
} from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../../../../ui/errorText';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { useMounted } from '../../../../ui/useMounted';

/** Reviews a SEMH focus profile: how each need went, who reviewed it, what follows. */
export const SemhReviewForm: React.FC<{ profile: Saved<SemhProfile>; pupilName: string; onSaved: (message: string) => void; onCancel: () => void }> = ({ profile, pupilName, onSaved, onCancel }) => {
  const { semhProfiles, currentUser, now } = useServices();
  const [reviewedOn, setReviewedOn] = React.useState(formatUkDate(londonToday(now())));
  const [reviewedBy, setReviewedBy] = React.useState(currentUser.displayName || currentUser.email);
  const [outcomes, setOutcomes] = React.useState<(SemhFocusOutcome | undefined)[]>(profile.focus.map((f) => f.outcome));
  const [comments, setComments] = React.useState<string[]>(profile.focus.map((f) => f.comment ?? ''));
  const [nextStep, setNextStep] = React.useState<SemhNextStep | undefined>();
  const [notes, setNotes] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();

  const save = async (): Promise<void> => {
    const day = parseUkDate(reviewedOn.trim());
    const candidate = {
      ...profile,
      reviewedOn: day ?? reviewedOn.trim(),
      reviewedBy: reviewedBy.trim() || undefined,
      nextStep,
      reviewNotes: notes.trim() || undefined,
      focus: profile.focus.map((f, i) => ({ ...f, outcome: outcomes[i], comment: comments[i].trim() || undefined })),
    };
    const parsed = semhProfileSchema.safeParse(candidate);
    setErrors(parsed.success ? {} : byField(issuesFromZodError(parsed.error)));
    if (!parsed.success) {
      setFailure('The review was not saved: correct the fields marked.');
      return;
    }
    setSaving(true);
    setFailure(undefined);
    try {
      await semhProfiles.update(profile.id, profile.etag, parsed.data);
      onSaved(`The SEMH focus profile of ${pupilName} is reviewed.`);
    } catch (e) {
      setFailure(`${errorText(e)} What you entered is still here.`);
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  return (
    <form
      noValidate
      aria-label={`Review the SEMH focus profile of ${pupilName}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 560 } }}>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <TextField label="Reviewed on" description="dd/mm/yyyy" required value={reviewedOn} onChange={(_e, v) => setReviewedOn(v ?? '')} errorMessage={errorAt(errors, 'reviewedOn')} styles={{ root: { width: 160 } }} />
          <TextField label="Reviewed by" required value={reviewedBy} onChange={(_e, v) => setReviewedBy(v ?? '')} errorMessage={errorAt(errors, 'reviewedBy')} />
        </Stack>
        {profile.focus.map((f, i) => (
          <fieldset key={i} style={{ border: '1px solid #c8c6c4', padding: 8 }}>
            <legend>{f.need}</legend>
            <Dropdown
              label={`How '${f.need}' went`}
              required
              selectedKey={outcomes[i] ?? null}
              options={SEMH_FOCUS_OUTCOMES.map((o) => ({ key: o, text: o }))}
              onChange={(_e, o) => o && setOutcomes((all) => all.map((x, j) => (j === i ? (o.key as SemhFocusOutcome) : x)))}
              errorMessage={errorAt(errors, `focus.${i}.outcome`)}
            />
            <TextField label="Comment" value={comments[i]} onChange={(_e, v) => setComments((all) => all.map((x, j) => (j === i ? (v ?? '') : x)))} />
          </fieldset>
        ))}
        <Dropdown
          label="What happens next"
          required
          selectedKey={nextStep ?? null}
          options={SEMH_NEXT_STEPS.map((s) => ({ key: s, text: s }))}
          onChange={(_e, o) => o && setNextStep(o.key as SemhNextStep)}
          errorMessage={errorAt(errors, 'nextStep')}
        />
        <TextField label="Review notes" multiline rows={2} value={notes} onChange={(_e, v) => setNotes(v ?? '')} />
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
            {failure}
          </MessageBar>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={saving ? 'Saving…' : 'Save the review'} disabled={saving} />
          <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
        </Stack>
      </Stack>
    </form>
  );
};
