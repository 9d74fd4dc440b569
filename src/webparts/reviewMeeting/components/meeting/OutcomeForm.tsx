import * as React from 'react';
import { DefaultButton, IconButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Text } from '../../../../ui/plain/Text';
import { formatUkDate, meetingDay, TARGET_OUTCOMES, type TargetOutcome } from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { PlainTextField } from '../../../../ui/plain/PlainFields';
import { PlainRadioGroup } from '../../../../ui/plain/PlainRadioGroup';
import { PlainTextArea } from '../../../../ui/plain/PlainTextArea';
import { errorText, type Notice } from '../shared';
import type { MeetingContext } from './loadMeeting';
import { buildHeldMeeting, targetRows, type ActionRow, type OutcomeErrors, type OutcomeFormValues, type PipDecisionChoice } from './outcomeModel';
import { DataError } from '../../../../data/errors';
import { browserOffline, isConnectionFailure } from '../../../../ui/offline/connection';
import { OutcomeKeeperContext } from './offline/outcomeKeeper';
import { keepOutcome } from './offline/keepOutcome';

/**
 * The saving steps (with the calendar that plans the next review) are their own chunk, asked for as the form opens
 * rather than with the meeting. If it cannot load, the connection is down: the outcome is kept on this device like
 * any other save that could not reach SharePoint.
 */
const loadSaving = (): Promise<typeof import('./saveOutcomes')> =>
  import(/* webpackChunkName: 'review-outcome-save' */ './saveOutcomes').catch(() => {
    throw new DataError('network', 'The code that saves the review could not be loaded: the connection may be down.');
  });

export const QUEUED_OUTCOME_MESSAGE =
  'No connection: this review is kept on this device and will be sent when you are back online (reloading the page loses nothing). ' +
  'An outcome someone else records meanwhile is never overwritten: you will be shown both.';

const PIP_CHOICES: readonly PipDecisionChoice[] = ['Continue', 'Extend', 'End (full-time)'];
const iso2uk = (d: string | undefined): string => (d ? formatUkDate(d) : '');

export interface OutcomeFormProps {
  readonly context: MeetingContext;
  readonly onSaved: (notice: Notice) => void;
  /** Opened by the person (MeetingView): the focus moves to the form's heading, where the button was. */
  readonly focusOnOpen?: boolean;
}

/** Recording the meeting: each target's outcome, decisions, actions; then the record is saved and the next review planned. */
export const OutcomeForm: React.FC<OutcomeFormProps> = ({ context, onSaved, focusOnOpen }) => {
  const services = useServices();
  const formRef = React.useRef<HTMLFormElement>(null);
  // Only as it opens.
  React.useEffect(() => {
    if (focusOnOpen) formRef.current?.querySelector<HTMLElement>('#outcomes-heading')?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const { meeting, agenda } = context;
  const [values, setValues] = React.useState<OutcomeFormValues>(() => ({
    targets: targetRows(agenda, meeting.targetOutcomes),
    decisions: meeting.outcomes.length > 0 ? [...meeting.outcomes] : [''],
    actions: meeting.actions.length > 0 ? meeting.actions.map((a) => ({ text: a.text, owner: a.owner, due: iso2uk(a.due) })) : [{ text: '', owner: '', due: '' }],
    notes: meeting.notes ?? '',
    newEndDate: '',
    papersSentOn: iso2uk(meeting.papersSentOn),
    reportSentOn: iso2uk(meeting.reportSentOn),
    laDecisionOn: iso2uk(meeting.laDecisionOn),
  }));
  const [errors, setErrors] = React.useState<OutcomeErrors>({});
  const [saving, setSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<string | undefined>();
  const [queued, setQueued] = React.useState(false);
  const offline = React.useContext(OutcomeKeeperContext);
  // The saving code loads while the review is being recorded (a failure now is left to the save, which asks again).
  React.useEffect(() => void loadSaving().catch(() => undefined), []);
  const set = (change: Partial<OutcomeFormValues>): void => setValues((v) => ({ ...v, ...change }));
  const setTarget = (i: number, change: { outcome?: TargetOutcome; note?: string }): void =>
    set({ targets: values.targets.map((t, j) => (j === i ? { ...t, ...change } : t)) });
  const setAction = (i: number, change: Partial<ActionRow>): void => set({ actions: values.actions.map((a, j) => (j === i ? { ...a, ...change } : a)) });
  const isPip = meeting.kind === 'PIP review' && context.pip !== undefined && meeting.pipReviewId === undefined;
  const isAnnual = meeting.kind === 'EHCP annual review';

  const save = async (): Promise<void> => {
    const built = buildHeldMeeting(meeting, isPip ? values : { ...values, pipDecision: undefined }, {
      meetingDay: meetingDay(meeting),
      ...(context.pip ? { pipEndDate: context.pip.plannedEndDate } : {}),
    });
    setErrors(built.errors);
    if (!built.meeting) {
      setFailure('The review was not saved: correct the fields marked.');
      return;
    }
    setFailure(undefined);
    setQueued(false);
    const newEnd = values.newEndDate.trim() ? values.newEndDate.trim().split('/').reverse().join('-') : undefined;
    const held = built.meeting;
    // Kept on this device with the meeting as shown (its ETag and outcome): sent when the connection is back.
    const keep = (): boolean => {
      const kept =
        offline?.keep(
          {
            meetingId: meeting.id,
            pupilName: `${context.pupil.firstName} ${context.pupil.lastName}`,
            shown: meeting,
            held,
            ...(isPip && context.pip ? { pipId: context.pip.id } : {}),
            ...(isPip && values.pipDecision ? { pipDecision: values.pipDecision } : {}),
            ...(newEnd ? { newEndDate: newEnd } : {}),
          },
          keepOutcome,
        ) === true;
      setQueued(kept);
      return kept;
    };
    if (browserOffline() && keep()) return;
    setSaving(true);
    try {
      const { saveOutcomes } = await loadSaving();
      const r = await saveOutcomes(services, {
        held,
        saved: meeting,
        pupil: context.pupil,
        settings: context.settings,
        ...(context.pip ? { pip: context.pip } : {}),
        ...(isPip && values.pipDecision ? { pipDecision: values.pipDecision } : {}),
        ...(newEnd ? { newEndDate: newEnd } : {}),
      });
      // Saved: the meeting closes this form and reads the meeting again (no state of the form to set any more).
      onSaved({ ok: r.ok, text: r.messages.join(' ') });
    } catch (e) {
      // SharePoint could not be reached (or its answer was lost): kept, and sent (or found saved) when it is back.
      if (!(isConnectionFailure(e) && keep())) setFailure(`The review was not saved (${errorText(e)}). What you entered is still here: try again.`);
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby="outcomes-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Text as="h3" variant="large" id="outcomes-heading" block tabIndex={-1}>
        Record the review
      </Text>
      {values.targets.length > 0 && (
        <fieldset style={{ border: 'none', padding: 0 }}>
          <legend>
            <Text variant="mediumPlus">Outcome of each target</Text>
          </legend>
          {values.targets.map((t, i) => (
            <div key={`${t.source}-${t.targetId ?? t.target}`} style={{ borderLeft: '3px solid #c8c6c4', paddingLeft: 8, marginBottom: 8 }} data-target-row={i}>
              <PlainRadioGroup
                label={`${t.source === 'PIP' ? 'PIP target' : 'SMART target'}: ${t.target}`}
                value={t.outcome ?? ''}
                options={TARGET_OUTCOMES.map((o) => ({ key: o, text: o }))}
                onChange={(key) => setTarget(i, { outcome: key as TargetOutcome })}
                required
              />
              {errors[`target.${i}`] && (
                <Text role="alert" block style={{ color: '#a4262c' }}>
                  {errors[`target.${i}`]}
                </Text>
              )}
              <PlainTextField label={`Note on "${t.target}" (optional)`} value={t.note} onChange={(v) => setTarget(i, { note: v })} />
            </div>
          ))}
        </fieldset>
      )}
      {isPip && (
        <>
          <PlainRadioGroup
            label="Decision on the PIP"
            value={values.pipDecision ?? ''}
            options={PIP_CHOICES.map((c) => ({ key: c, text: c === 'Continue' ? 'Continue on the current timetable' : c === 'Extend' ? 'Extend the PIP' : 'End the PIP: back to full-time' }))}
            onChange={(key) => set({ pipDecision: key as PipDecisionChoice })}
            required
          />
          {errors.pipDecision && <Text role="alert" block style={{ color: '#a4262c' }}>{errors.pipDecision}</Text>}
          <Text block variant="small">
            To increase the hours, record this review in the PIP web part with the new timetable.
          </Text>
          {values.pipDecision === 'Extend' && (
            <PlainTextField label="New end date (dd/mm/yyyy)" value={values.newEndDate} onChange={(v) => set({ newEndDate: v })} errorMessage={errors.newEndDate} required />
          )}
        </>
      )}
      <fieldset style={{ border: 'none', padding: 0 }}>
        <legend>
          <Text variant="mediumPlus">Decisions</Text>
        </legend>
        {errors.decisions && <Text role="alert" block style={{ color: '#a4262c' }}>{errors.decisions}</Text>}
        {values.decisions.map((d, i) => (
          <div key={i} style={{ display: 'flex', gap: 4, alignItems: 'flex-end' }}>
            <div style={{ flexGrow: 1 }}>
              <PlainTextField label={`Decision ${i + 1}`} value={d} onChange={(v) => set({ decisions: values.decisions.map((x, j) => (j === i ? v : x)) })} />
            </div>
            <IconButton iconProps={{ iconName: 'Delete' }} title={`Remove decision ${i + 1}`} ariaLabel={`Remove decision ${i + 1}`} onClick={() => set({ decisions: values.decisions.filter((_x, j) => j !== i) })} />
          </div>
        ))}
        <DefaultButton onClick={() => set({ decisions: [...values.decisions, ''] })} style={{ marginTop: 4 }}>
          Add a decision
        </DefaultButton>
      </fieldset>
      <fieldset style={{ border: 'none', padding: 0, marginTop: 8 }}>
        <legend>
          <Text variant="mediumPlus">Actions</Text>
        </legend>
        {values.actions.map((a, i) => (
          <div key={i} style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'flex-start' }}>
            <div style={{ minWidth: 260 }}>
              <PlainTextField label={`Action ${i + 1}`} value={a.text} onChange={(v) => setAction(i, { text: v })} errorMessage={errors[`action.${i}.text`]} />
            </div>
            <PlainTextField label={`Who, action ${i + 1}`} value={a.owner} onChange={(v) => setAction(i, { owner: v })} errorMessage={errors[`action.${i}.owner`]} />
            <PlainTextField label={`By when, action ${i + 1} (dd/mm/yyyy)`} value={a.due} onChange={(v) => setAction(i, { due: v })} errorMessage={errors[`action.${i}.due`]} />
          </div>
        ))}
        <DefaultButton onClick={() => set({ actions: [...values.actions, { text: '', owner: '', due: '' }] })} style={{ marginTop: 4 }}>
          Add an action
        </DefaultButton>
      </fieldset>
      {isAnnual && (
        <fieldset style={{ border: 'none', padding: 0, marginTop: 8 }}>
          <legend>
            <Text variant="mediumPlus">Annual review steps (dd/mm/yyyy)</Text>
          </legend>
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            <PlainTextField label="Papers circulated on" value={values.papersSentOn} onChange={(v) => set({ papersSentOn: v })} errorMessage={errors.papersSentOn} />
            <PlainTextField label="Report sent on" value={values.reportSentOn} onChange={(v) => set({ reportSentOn: v })} errorMessage={errors.reportSentOn} />
            <PlainTextField label="LA decision received on" value={values.laDecisionOn} onChange={(v) => set({ laDecisionOn: v })} errorMessage={errors.laDecisionOn} />
          </div>
        </fieldset>
      )}
      <PlainTextArea label="Notes (kept on the record, never sent by e-mail)" rows={3} value={values.notes} onChange={(v) => set({ notes: v })} />
      <div role="status" aria-live="polite">
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {failure}
          </MessageBar>
        )}
        {queued && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline>
            {QUEUED_OUTCOME_MESSAGE}
          </MessageBar>
        )}
        {saving && <Spinner label="Saving the review…" />}
      </div>
      <PrimaryButton type="submit" disabled={saving} style={{ marginTop: 12 }}>
        Save the review
      </PrimaryButton>
    </form>
  );
};
