import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { DayOfWeek } from '@fluentui/react/lib/Calendar';
import { DatePicker, defaultDatePickerStrings, type IDatePickerStrings } from '@fluentui/react/lib/DatePicker';
import { Stack } from '@fluentui/react/lib/Stack';
import { formatUkDate, isValidIsoDate, parseUkDate, pad2, type IsoDate } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';

/** en-GB wording for the calendar (month and day names are the same as the defaults). */
export const EN_GB_DATE_PICKER_STRINGS: IDatePickerStrings = {
  ...defaultDatePickerStrings,
  goToToday: 'Go to today',
  prevMonthAriaLabel: 'Previous month',
  nextMonthAriaLabel: 'Next month',
  prevYearAriaLabel: 'Previous year',
  nextYearAriaLabel: 'Next year',
  closeButtonAriaLabel: 'Close the calendar',
  isRequiredErrorMessage: 'Enter the date of the register',
  invalidInputErrorMessage: 'Enter the date as dd/mm/yyyy, for example 20/11/2026',
  isOutOfBoundsErrorMessage: 'Choose a date in the school year',
};

/** The calendar works in the browser's local dates: convert at the edge, the rest of the screen uses ISO dates. */
export const isoFromLocalDate = (d: Date): IsoDate => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
export const localDateFromIso = (iso: IsoDate): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

const formatDate = (d?: Date): string => (d ? formatUkDate(isoFromLocalDate(d)) : '');
const parseDate = (text: string): Date | null => {
  const iso = parseUkDate(text);
  return iso ? localDateFromIso(iso) : null;
};

const SESSION_OPTIONS: IChoiceGroupOption[] = [
  { key: 'AM', text: 'Morning (AM)' },
  { key: 'PM', text: 'Afternoon (PM)' },
];

export interface RegisterControlsProps {
  readonly date: IsoDate;
  readonly session: Session;
  /** Why no register is taken on the date (shown at the date field). */
  readonly dateError?: string;
  readonly onDate: (date: IsoDate) => void;
  readonly onSession: (session: Session) => void;
}

/** Which register: a date (dd/mm/yyyy, weeks from Monday) and a session. */
export const RegisterControls: React.FC<RegisterControlsProps> = ({ date, session, dateError, onDate, onSession }) => (
  <Stack horizontal wrap tokens={{ childrenGap: 24 }} verticalAlign="start">
    <DatePicker
      label="Date of the register"
      value={isValidIsoDate(date) ? localDateFromIso(date) : undefined}
      allowTextInput
      formatDate={formatDate}
      parseDateFromString={parseDate}
      firstDayOfWeek={DayOfWeek.Monday}
      strings={EN_GB_DATE_PICKER_STRINGS}
      placeholder="dd/mm/yyyy"
      ariaLabel="Date of the register, dd/mm/yyyy"
      showGoToToday
      textField={{ errorMessage: dateError }}
      styles={{ root: { width: 260 } }}
      onSelectDate={(d) => d && onDate(isoFromLocalDate(d))}
    />
    <ChoiceGroup
      label="Session"
      options={SESSION_OPTIONS}
      selectedKey={session}
      styles={{ flexContainer: { display: 'flex', gap: 16 } }}
      onChange={(_e, o) => o && onSession(o.key as Session)}
    />
  </Stack>
);
