import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  addDays,
  checkPipReview,
  CONTACT_METHODS,
  currentTimetable,
  formatUkDate,
  isoWeekday,
  londonToday,
  PIP_REVIEW_DECISIONS,
  reviewDayGrid,
  TARGET_OUTCOMES,
  type ContactMethod,
  type Pip,
  type PipReviewDecision,
  type Pupil,
  type SchoolSettings,
  type TargetOutcome,
  type ValidationIssue,
} from '../../../../domain';
import { ConcurrencyError } from '../../../../data/errors';
import type { Saved } from '../../../../data/ports';
import { PipValidationError } from '../../../../data/sp/pips/PipValidationError';
import { useServices } from '../../../../ui/ServicesContext';
import { draftHours, TimetableEditor } from '../plans/TimetableEditor';
import type { SignOffDraft, SlotDraft } from '../plans/pipFormModel';
import { errorText } from '../../../../ui/errorText';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { ErrorSummary, FieldMessage, Section } from '../../../../ui/form/FormBits';
import { DataTable } from '../../../../ui/DataTable';
import { pupilName } from '../usePipData';
import { PupilNameLink } from '../../../../ui/pupilRecord/PupilNameLink';
import { useMounted } from '../../../../ui/useMounted';

export interface ReviewFormProps {
  readonly pip: Saved<Pip>;
  readonly pupil: Saved<Pupil>;
  readonly settings: SchoolSettings;
  /** After the review is saved: the PIP as it now stands, and what happened to the review meeting arranged for it. */
  readonly onSaved: (pip: Saved<Pip>, meetingNote?: string) => void;
  readonly onCancel: () => void;
}

/** The Monday after a date. */
const nextMonday = (date: string): string => addDays(date, 8 - isoWeekday(date));

/** Review paths → form keys: the week's slots are 'slots…'. */
const keyOf = (path: readonly (string | number)[]): string =>
  path[0] === 'timetable' && path[1] === 'slots' ? ['slots', ...path.slice(2)].join('.') : path.join('.');

const SignOff: React.FC<{ who: string; k: string; value: SignOffDraft; errors: FieldErrors; onChange: (v: SignOffDraft) => void }> = ({ who, k, value, errors, onChange }) => (
  <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
    <TextField label={`${who}: signed by`} value={value.name} onChange={(_e, v) => onChange({ ...value, name: v ?? '' })} errorMessage={errorAt(errors, `${k}.name`)} styles={{ root: { width: 260 } }} />
    <TextField label={`${who}: date`} placeholder="dd/mm/yyyy" value={value.date} onChange={(_e, v) => onChange({ ...value, date: v ?? '' })} errorMessage={errorAt(errors, `${k}.date`)} styles={{ root: { width: 140 } }} />
  </Stack>
);

/** The six-weekly review (Appendix 4). Recording it applies the decision to the PIP. */
export const ReviewForm: React.FC<ReviewFormProps> = ({ pip, pupil, settings, onSaved, onCancel }) => {
  const services = useServices();
  const today = londonToday(services.now());
  const current = currentTimetable(pip.timetables);
  const [reviewDate, setReviewDate] = React.useState(formatUkDate(today));
  const [weekCommencing, setWeek] = React.useState(formatUkDate(nextMonday(today)));
  const [outcomes, setOutcomes] = React.useState<{ outcome?: TargetOutcome; narrative: string }[]>(pip.targets.map(() => ({ narrative: '' })));
  const [slots, setSlots] = React.useState<SlotDraft[]>((current?.slots ?? []).map((s) => ({ ...s })));
  const [notes, setNotes] = React.useState('');
  const [contactMethod, setContact] = React.useState<ContactMethod | undefined>();
  const blank = { name: '', date: '' };
  const [staffSignOff, setStaff] = React.useState<SignOffDraft>({ name: services.currentUser.displayName, date: formatUkDate(today) });
  const [parentSignOff, setParent] = React.useState<SignOffDraft>(blank);
  const [studentSignOff, setStudent] = React.useState<SignOffDraft>(blank);
  const [decision, setDecision] = React.useState<PipReviewDecision | undefined>();
  const [newEndDate, setNewEnd] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [messages, setMessages] = React.useState<string[]>([]);
  const [saving, setSaving] = React.useState(false);
  const mounted = useMounted();
  const [failure, setFailure] = React.useState<string | undefined>();
  const summary = React.useRef<HTMLDivElement>(null);

  const increasing = decision === 'Increase hours';
  const weekSlots = increasing ? slots : decision === 'End (full-time)' ? [] : (current?.slots ?? []);
  const validSlots = weekSlots.filter((s) => /^\d\d:\d\d$/.test(s.start) && /^\d\d:\d\d$/.test(s.end));
  const grid = reviewDayGrid(validSlots, settings);

  const showIssues = (issues: readonly ValidationIssue[]): void => {
    setErrors(byField(issues.map((i) => ({ path: keyOf(i.path).split('.'), message: i.message }))));
    setMessages(issues.map((i) => i.message));
    window.setTimeout(() => summary.current?.focus(), 0);
  };

  const save = async (): Promise<void> => {
    setFailure(undefined);
    if (decision === undefined) {
      showIssues([{ path: ['decision'], message: 'Choose the decision: continue, increase hours, extend or end' }]);
      return;
    }
    const signOff = (s: SignOffDraft) => (s.name.trim() === '' && s.date.trim() === '' ? undefined : s);
    const input = {
      pipId: pip.id,
      pupilId: pip.pupilId,
      reviewDate,
      targetOutcomes: pip.targets.map((target, i) => ({ target, outcome: outcomes[i]?.outcome, narrative: outcomes[i]?.narrative })),
      weekCommencing,
      timetable: { days: grid, slots: weekSlots },
      meetingNotes: notes,
      contactMethod,
      staffSignOff: signOff(staffSignOff),
      parentSignOff: signOff(parentSignOff),
      studentSignOff: signOff(studentSignOff),
      decision,
      newEndDate: decision === 'Extend' ? newEndDate : undefined,
    };
    const check = checkPipReview(input, pip, settings, today);
    if (!check.review) {
      showIssues(check.issues);
      return;
    }
    setErrors({});
    setMessages([]);
    setSaving(true);
    try {
      const recorded = await services.pips.recordReview(check.review, pupil.pupilRef, pip.etag);
      onSaved(recorded.pip, recorded.meetingProblem ?? (recorded.meeting ? 'Its meeting in Review meetings is recorded as held.' : undefined));
    } catch (e) {
      if (e instanceof PipValidationError) showIssues(e.issues);
      else if (e instanceof ConcurrencyError) setFailure('Someone else changed this PIP after you opened it. Nothing was saved: go back, open the PIP again and record the review.');
      else setFailure(`The review was not saved: ${errorText(e)}`);
    } finally {
      if (mounted()) setSaving(false); // once saved, its owner may have closed the form
    }
  };

  return (
    <form
      aria-label="PIP review"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Text as="h2" variant="xLarge" block>
        PIP review for <PupilNameLink pupilId={pupil.id}>{pupilName(pupil)}</PupilNameLink> (year {pupil.yearGroup})
      </Text>
      <ErrorSummary ref={summary} messages={messages} what="review" />
      <Section title="Review">
        <TextField label="Review date" placeholder="dd/mm/yyyy" required value={reviewDate} onChange={(_e, v) => setReviewDate(v ?? '')} errorMessage={errorAt(errors, 'reviewDate')} styles={{ root: { width: 180 } }} />
      </Section>

      <Section title="Student outcomes" description="The targets agreed in the initial planning meeting: met, partially met or not achieved, with a narrative.">
        {pip.targets.map((target, i) => (
          <div key={i} style={{ marginBottom: 12 }}>
            <ChoiceGroup
              label={`${i + 1}. ${target}`}
              selectedKey={outcomes[i]?.outcome ?? null}
              options={TARGET_OUTCOMES.map((o) => ({ key: o, text: o }))}
              onChange={(_e, o) => setOutcomes((list) => list.map((x, j) => (j === i ? { ...x, outcome: o?.key as TargetOutcome } : x)))}
              styles={{ flexContainer: { display: 'flex', gap: 16, flexWrap: 'wrap' } }}
            />
            <FieldMessage id={`review-outcome-${i}`} message={errorAt(errors, `targetOutcomes.${i}.outcome`)} />
            <TextField
              label={`Narrative for target ${i + 1}`}
              multiline
              rows={2}
              value={outcomes[i]?.narrative ?? ''}
              onChange={(_e, v) => setOutcomes((list) => list.map((x, j) => (j === i ? { ...x, narrative: v ?? '' } : x)))}
            />
          </div>
        ))}
      </Section>

      <Section title="Decision">
        <ChoiceGroup
          label="Decision"
          selectedKey={decision ?? null}
          options={PIP_REVIEW_DECISIONS.map((d) => ({
            key: d,
            text:
              d === 'Continue'
                ? 'Continue on the same timetable'
                : d === 'Increase hours'
                  ? 'Increase hours (enter the new timetable below)'
                  : d === 'Extend'
                    ? 'Extend the plan to a new end date'
                    : 'End the plan: the pupil returns full-time',
          }))}
          onChange={(_e, o) => setDecision(o?.key as PipReviewDecision)}
        />
        <FieldMessage id="review-decision-error" message={errorAt(errors, 'decision')} />
        {decision === 'Extend' && (
          <TextField
            label={`New end date (now ${formatUkDate(pip.plannedEndDate)})`}
            placeholder="dd/mm/yyyy"
            value={newEndDate}
            onChange={(_e, v) => setNewEnd(v ?? '')}
            errorMessage={errorAt(errors, 'newEndDate')}
            styles={{ root: { width: 260 } }}
          />
        )}
      </Section>

      <Section title="Timetable">
        <TextField
          label="Week commencing"
          placeholder="dd/mm/yyyy (a Monday)"
          value={weekCommencing}
          onChange={(_e, v) => setWeek(v ?? '')}
          errorMessage={errorAt(errors, 'weekCommencing')}
          styles={{ root: { width: 220 } }}
        />
        {increasing ? (
          <TimetableEditor
            label="New timetable from the week commencing"
            slots={slots}
            onChange={setSlots}
            fullTimeHours={settings.fullTimeHours}
            schoolDay={settings.schoolDay}
            errors={errors}
          />
        ) : (
          <Text block styles={{ root: { marginTop: 8 } }}>
            {decision === 'End (full-time)' ? 'The pupil returns to the full-time timetable.' : 'The current timetable continues (choose "Increase hours" to change it).'}
          </Text>
        )}
        <DataTable
          caption={`Timetable for the week commencing ${weekCommencing || '…'}`}
          rows={grid}
          getKey={(d) => d.day}
          columns={[
            { key: 'day', header: 'Day', rowHeader: true, render: (d) => d.day },
            { key: 'am', header: 'AM', render: (d) => d.am ?? '' },
            { key: 'pm', header: 'PM', render: (d) => d.pm ?? '' },
          ]}
        />
        <Text block styles={{ root: { fontWeight: 600 } }}>
          Total hours: {draftHours(weekSlots)}
        </Text>
      </Section>

      <Section title="Meeting">
        <Dropdown
          label="Method of contact"
          placeholder="Choose"
          selectedKey={contactMethod ?? null}
          options={CONTACT_METHODS.map((m) => ({ key: m, text: m }))}
          onChange={(_e, o) => setContact(o ? (o.key as ContactMethod) : undefined)}
          errorMessage={errorAt(errors, 'contactMethod')}
          styles={{ root: { width: 220 } }}
        />
        <TextField label="Meeting notes" multiline rows={4} value={notes} onChange={(_e, v) => setNotes(v ?? '')} />
        <Text block styles={{ root: { margin: '8px 0' } }}>
          By agreeing to this plan the parent/carer confirms they understand their duty to ensure the child is not in a public place unaccompanied during school hours
          without reasonable justification, and their responsibility for the child&apos;s safeguarding outside the timetabled sessions.
        </Text>
        <SignOff who="Pathways staff" k="staffSignOff" value={staffSignOff} errors={errors} onChange={setStaff} />
        <SignOff who="Parent/carer" k="parentSignOff" value={parentSignOff} errors={errors} onChange={setParent} />
        <SignOff who="Student" k="studentSignOff" value={studentSignOff} errors={errors} onChange={setStudent} />
      </Section>

      {failure && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline styles={{ root: { marginTop: 12 } }}>
          {failure}
        </MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 12 }} styles={{ root: { marginTop: 16 } }} verticalAlign="center">
        <PrimaryButton type="submit" text="Record the review" disabled={saving} />
        <DefaultButton text="Cancel" onClick={onCancel} disabled={saving} />
        <div role="status">{saving && <Spinner label="Recording the review…" labelPosition="right" />}</div>
      </Stack>
    </form>
  );
};
