import * as React from 'react';
import { Calendar, DayOfWeek, defaultCalendarStrings, type ICalendarStrings } from '@fluentui/react/lib/Calendar';
import { Callout, DirectionalHint } from '@fluentui/react/lib/Callout';
import { FocusTrapZone } from '@fluentui/react/lib/FocusTrapZone';
import { pad2, type IsoDate } from '../../domain';

/** en-GB wording for the calendar (month and day names are the same as the defaults). */
const EN_GB_CALENDAR_STRINGS: ICalendarStrings = {
  ...defaultCalendarStrings,
  goToToday: 'Go to today',
  prevMonthAriaLabel: 'Previous month',
  nextMonthAriaLabel: 'Next month',
  prevYearAriaLabel: 'Previous year',
  nextYearAriaLabel: 'Next year',
  closeButtonAriaLabel: 'Close the calendar',
};

/** The calendar works in the browser's local dates: convert at the edge, the rest of the screen uses ISO dates. */
const isoFromLocalDate = (d: Date): IsoDate => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
const localDateFromIso = (iso: IsoDate): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** DateField's month calendar (its own chunk): weeks from Monday, keyboard operable, Escape or a click outside closes it. */
export const CalendarPopup: React.FC<{
  id: string;
  label: string;
  target: React.RefObject<HTMLElement>;
  value?: IsoDate;
  onSelect: (date: IsoDate) => void;
  onDismiss: () => void;
}> = ({ id, label, target, value, onSelect, onDismiss }) => (
  <Callout id={id} role="dialog" ariaLabel={`${label}: calendar`} target={target} directionalHint={DirectionalHint.bottomLeftEdge} isBeakVisible={false} gapSpace={2} setInitialFocus onDismiss={onDismiss}>
    <FocusTrapZone isClickableOutsideFocusTrap>
      <Calendar
        value={value ? localDateFromIso(value) : undefined}
        firstDayOfWeek={DayOfWeek.Monday}
        strings={EN_GB_CALENDAR_STRINGS}
        showGoToToday
        showMonthPickerAsOverlay
        onSelectDate={(d) => onSelect(isoFromLocalDate(d))}
        onDismiss={onDismiss}
      />
    </FocusTrapZone>
  </Callout>
);
