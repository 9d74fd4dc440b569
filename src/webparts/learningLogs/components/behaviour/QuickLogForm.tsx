import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup } from '@fluentui/react/lib/ChoiceGroup';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  behaviourLogDay,
  behaviourLogEntrySchema,
  ENGAGEMENT_LEVELS,
  formatUkDate,
  issuesFromZodError,
  LESSON_KINDS,
  londonClockTime,
  londonToday,
  londonWallTimeToIso,
  parseUkDate,
  type BehaviourLogKind,
  type LessonKind,
} from '../../../../domain';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../../../../ui/errorText';
import { byField, errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';

export interface QuickLogFormProps {
  readonly pupilId: number;
  readonly pupilRef: string;
  /** "Sam Carter", for the form's name. */
  readonly pupilName: string;
  /** The SEMH indicators from the settings, in their order. */
  readonly indicators: readonly string[];
  readonly onSaved: (message: string) => void;
}

const TOUCH = { root: { minHeight: 44 } };

/**
 * Logs a lesson's engagement or an incident in a few taps, on a phone too: the time is now, the lesson is
 * remembered between entries, engagement is one of five large choices, the SEMH indicators are tick boxes; an
 * incident adds what, where, who, the action and the outcome. Everything typed stays when a save fails.
 */
export const QuickLogForm: React.FC<QuickLogFormProps> = ({ pupilId, pupilRef, pupilName, indicators, onSaved }) => {
  const { behaviourLog, currentUser, now } = useServices();
  const [kind, setKind] = React.useState<BehaviourLogKind>('Engagement');
  const [lessonKind, setLessonKind] = React.useState<LessonKind>('Group lesson');
  const [lesson, setLesson] = React.useState('');
  const [date, setDate] = React.useState(formatUkDate(londonToday(now())));
  const [time, setTime] = React.useState(londonClockTime(now()));
  const [engagement, setEngagement] = React.useState<number | undefined>();
  const [seen, setSeen] = React.useState<readonly string[]>([]);
  const [incident, setIncident] = React.useState({ what: '', where: '', involved: '', action: '', outcome: '' });
  const [notes, setNotes] = React.useState('');
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [failure, setFailure] = React.useState<string | undefined>();
  const [saving, setSaving] = React.useState(false);

  const toggle = (indicator: string, on: boolean): void => setSeen((s) => (on ? [...s.filter((x) => x !== indicator), indicator] : s.filter((x) => x !== indicator)));
  const clear = (): void => {
    setEngagement(undefined);
    setSeen([]);
    setIncident({ what: '', where: '', involved: '', action: '', outcome: '' });
    setNotes('');
    setErrors({});
  };

  const save = async (): Promise<void> => {
    const found: Record<string, string[]> = {};
    const day = parseUkDate(date.trim());
    if (day === null) found.at = ['Enter the date as dd/mm/yyyy'];
    else if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time.trim())) found.at = ['Enter the time as HH:MM, for example 10:15'];
    const text = (v: string): string | undefined => v.trim() || undefined;
    const candidate = {
      pupilId,
      kind,
      at: found.at || day === null ? now().toISOString() : londonWallTimeToIso(day, time.trim()),
      lessonKind,
      lesson: lesson.trim(),
      engagement,
      indicators: indicators.filter((i) => seen.includes(i)),
      ...(kind === 'Incident'
        ? { what: text(incident.what), where: text(incident.where), involved: text(incident.involved), action: text(incident.action), outcome: text(incident.outcome) }
        : {}),
      notes: text(notes),
      recordedBy: currentUser.email,
    };
    const parsed = behaviourLogEntrySchema.safeParse(behaviourLogDay(candidate));
    const all = { ...(parsed.success ? {} : byField(issuesFromZodError(parsed.error))), ...found };
    setErrors(all);
    if (!parsed.success || Object.keys(found).length > 0) {
      setFailure('Nothing was logged: correct the fields marked.');
      return;
    }
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = await behaviourLog.add(parsed.data, pupilRef);
      clear();
      onSaved(`${saved.kind === 'Incident' ? 'Incident' : 'Engagement'} logged for ${pupilName}: ${saved.lesson}, ${formatUkDate(saved.day)} at ${time.trim()}.`);
    } catch (e) {
      setFailure(`${errorText(e)} What you entered is still here: try again.`);
    } finally {
      setSaving(false);
    }
  };

  const incidentField = (key: keyof typeof incident, label: string, multiline = true): React.ReactElement => (
    <TextField
      label={label}
      required
      multiline={multiline}
      rows={multiline ? 2 : undefined}
      value={incident[key]}
      onChange={(_e, v) => setIncident((s) => ({ ...s, [key]: v ?? '' }))}
      errorMessage={errorAt(errors, key)}
    />
  );

  return (
    <form
      noValidate
      aria-label={`Log a lesson or an incident for ${pupilName}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 560 } }}>
        <ChoiceGroup
          label="What to log"
          selectedKey={kind}
          options={[
            { key: 'Engagement', text: 'Engagement in a lesson', styles: TOUCH },
            { key: 'Incident', text: 'An incident', styles: TOUCH },
          ]}
          onChange={(_e, o) => o && setKind(o.key as BehaviourLogKind)}
        />
        <ChoiceGroup
          label="Where"
          selectedKey={lessonKind}
          options={LESSON_KINDS.map((k) => ({ key: k, text: k, styles: TOUCH }))}
          onChange={(_e, o) => o && setLessonKind(o.key as LessonKind)}
        />
        <TextField label="Lesson or activity" required value={lesson} onChange={(_e, v) => setLesson(v ?? '')} errorMessage={errorAt(errors, 'lesson')} />
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <TextField label="Date" description="dd/mm/yyyy" required value={date} onChange={(_e, v) => setDate(v ?? '')} styles={{ root: { width: 140 } }} />
          <TextField label="Time" description="HH:MM" required value={time} onChange={(_e, v) => setTime(v ?? '')} errorMessage={errorAt(errors, 'at')} styles={{ root: { width: 110 } }} />
        </Stack>
        <ChoiceGroup
          label={kind === 'Engagement' ? 'How engaged' : 'How engaged (if it was a lesson)'}
          required={kind === 'Engagement'}
          selectedKey={engagement === undefined ? null : String(engagement)}
          options={ENGAGEMENT_LEVELS.map((words, i) => ({ key: String(i + 1), text: `${i + 1} – ${words}`, styles: TOUCH }))}
          onChange={(_e, o) => o && setEngagement(Number(o.key))}
        />
        {errorAt(errors, 'engagement') && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {errorAt(errors, 'engagement')}
          </MessageBar>
        )}
        <fieldset style={{ border: 'none', margin: 0, padding: 0 }}>
          <legend style={{ fontWeight: 600, padding: '5px 0' }}>SEMH indicators seen</legend>
          <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
            {indicators.map((i) => (
              <Checkbox key={i} label={i} checked={seen.includes(i)} onChange={(_e, c) => toggle(i, c === true)} styles={{ root: { minHeight: 32, alignItems: 'center' } }} />
            ))}
          </Stack>
        </fieldset>
        {kind === 'Incident' && (
          <>
            {incidentField('what', 'What happened')}
            {incidentField('where', 'Where it happened', false)}
            {incidentField('involved', 'Who was involved (roles or initials)')}
            {incidentField('action', 'Action taken')}
            {incidentField('outcome', 'Outcome')}
          </>
        )}
        <TextField label="Notes" multiline rows={2} value={notes} onChange={(_e, v) => setNotes(v ?? '')} errorMessage={errorAt(errors, 'notes')} />
        {failure && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
            {failure}
          </MessageBar>
        )}
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={saving ? 'Logging…' : kind === 'Incident' ? 'Log the incident' : 'Log engagement'} disabled={saving} styles={TOUCH} />
          <DefaultButton text="Clear" onClick={clear} disabled={saving} styles={TOUCH} />
        </Stack>
      </Stack>
    </form>
  );
};
