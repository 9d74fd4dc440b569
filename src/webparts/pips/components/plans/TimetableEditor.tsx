import * as React from 'react';
import { DefaultButton, IconButton } from '@fluentui/react/lib/Button';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { WEEKDAYS, weeklyHours, type Weekday } from '../../../../domain';
import { errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import type { SlotDraft } from './pipFormModel';

export interface TimetableEditorProps {
  /** What the sessions are for, in labels: 'PIP timetable', 'Timetable for the week commencing'. */
  readonly label: string;
  readonly slots: readonly SlotDraft[];
  readonly onChange: (slots: SlotDraft[]) => void;
  readonly fullTimeHours: number;
  readonly schoolDay: { readonly start: string; readonly end: string };
  /** Messages keyed 'slots' (the whole week) and 'slots.<i>.<field>'. */
  readonly errors: FieldErrors;
  readonly disabled?: boolean;
}

const validTime = (t: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(t);

/** Hours of the slots whose times are complete (the rest are not counted yet). */
export function draftHours(slots: readonly SlotDraft[]): number {
  return weeklyHours(slots.filter((s) => validTime(s.start) && validTime(s.end)));
}

/** The weekly timetable: one row per session (day, times, location, curriculum), with the hours against full time. */
export const TimetableEditor: React.FC<TimetableEditorProps> = ({ label, slots, onChange, fullTimeHours, schoolDay, errors, disabled }) => {
  const set = (i: number, change: Partial<SlotDraft>): void => onChange(slots.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const hours = draftHours(slots);
  const whole = errorAt(errors, 'slots');
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
      <legend>
        <Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>
          {label}
        </Text>
      </legend>
      <Text block>
        Sessions within the school day ({schoolDay.start} to {schoolDay.end}), with the time, location and curriculum accessed.
      </Text>
      {slots.length === 0 && <Text block>No sessions yet.</Text>}
      {slots.map((s, i) => {
        const n = i + 1;
        return (
          <Stack key={i} horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="start" styles={{ root: { marginTop: 8 } }} role="group" aria-label={`Session ${n}`}>
            <Dropdown
              label={`Day (session ${n})`}
              selectedKey={s.day}
              options={WEEKDAYS.map((d) => ({ key: d, text: d }))}
              onChange={(_e, o) => o && set(i, { day: o.key as Weekday })}
              styles={{ root: { width: 140 } }}
              disabled={disabled}
              errorMessage={errorAt(errors, `slots.${i}.day`)}
            />
            <TextField
              label={`Start (session ${n})`}
              value={s.start}
              placeholder="HH:MM"
              onChange={(_e, v) => set(i, { start: v ?? '' })}
              styles={{ root: { width: 110 } }}
              disabled={disabled}
              errorMessage={errorAt(errors, `slots.${i}.start`)}
            />
            <TextField
              label={`End (session ${n})`}
              value={s.end}
              placeholder="HH:MM"
              onChange={(_e, v) => set(i, { end: v ?? '' })}
              styles={{ root: { width: 110 } }}
              disabled={disabled}
              errorMessage={errorAt(errors, `slots.${i}.end`)}
            />
            <TextField
              label={`Location (session ${n})`}
              value={s.location}
              onChange={(_e, v) => set(i, { location: v ?? '' })}
              styles={{ root: { width: 200 } }}
              disabled={disabled}
              errorMessage={errorAt(errors, `slots.${i}.location`)}
            />
            <TextField
              label={`Curriculum (session ${n})`}
              value={s.curriculum}
              onChange={(_e, v) => set(i, { curriculum: v ?? '' })}
              styles={{ root: { width: 220 } }}
              disabled={disabled}
              errorMessage={errorAt(errors, `slots.${i}.curriculum`)}
            />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              title={`Remove session ${n}`}
              ariaLabel={`Remove session ${n}`}
              disabled={disabled}
              onClick={() => onChange(slots.filter((_s, j) => j !== i))}
              styles={{ root: { marginTop: 28 } }}
            />
          </Stack>
        );
      })}
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center" styles={{ root: { marginTop: 8 } }}>
        <DefaultButton
          text="Add a session"
          disabled={disabled}
          onClick={() => {
            const last = slots[slots.length - 1];
            onChange([...slots, { day: last?.day ?? 'Monday', start: '', end: '', location: last?.location ?? '', curriculum: '' }]);
          }}
        />
        <Text aria-live="polite">
          {hours} hours a week of the full-time {fullTimeHours} ({fullTimeHours > 0 ? Math.round((hours * 1000) / fullTimeHours) / 10 : 0}%)
        </Text>
      </Stack>
      {whole && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline styles={{ root: { marginTop: 8 } }}>
          {whole}
        </MessageBar>
      )}
    </fieldset>
  );
};
