import * as React from 'react';
import type { IsoDate } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import { DateField } from '../../../../ui/plain/DateField';
import { plainClasses, usePlainId } from '../../../../ui/plain/PlainFields';

const SESSION_OPTIONS: readonly { key: Session; text: string }[] = [
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

/**
 * Which register: a date (dd/mm/yyyy, a calendar with weeks from Monday loaded when opened) and a session (native
 * radio buttons): the register's first screen needs neither Fluent's DatePicker nor its ChoiceGroup.
 */
export const RegisterControls: React.FC<RegisterControlsProps> = ({ date, session, dateError, onDate, onSession }) => {
  const name = usePlainId('session');
  return (
    <div className={plainClasses.row} style={{ gap: 24, alignItems: 'flex-start' }}>
      <DateField label="Date of the register" value={date} errorMessage={dateError} onDate={onDate} />
      <fieldset style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}>
        <legend className={plainClasses.label}>Session</legend>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, paddingTop: 8 }}>
          {SESSION_OPTIONS.map((o) => (
            <label key={o.key} className={plainClasses.check}>
              <input type="radio" className={plainClasses.checkBox} name={name} value={o.key} checked={session === o.key} onChange={() => onSession(o.key)} />
              {o.text}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
};
