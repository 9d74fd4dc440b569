import * as React from 'react';
import { MessageBar, MessageBarType } from './plain/MessageBar';
import { calendarWarning, calendarWarningText } from '../domain/settings/calendarWarning';
import { londonToday } from '../domain/dates/londonTime';
import type { CalendarSettings } from '../domain/dates/schoolCalendar';
import { useServices } from './ServicesContext';

/**
 * Says when the term dates need the next academic year: none entered, the last term day within a month, or
 * already past (calendarWarning). Nothing when the calendar runs on.
 */
export const CalendarWarningBanner: React.FC<{ settings: CalendarSettings }> = ({ settings }) => {
  const { now } = useServices();
  const warning = calendarWarning(settings, londonToday(now()));
  if (!warning) return null;
  return (
    <div role="status">
      <MessageBar messageBarType={warning.kind === 'runs-out' ? MessageBarType.warning : MessageBarType.severeWarning} isMultiline>
        {calendarWarningText(warning)}
      </MessageBar>
    </div>
  );
};
