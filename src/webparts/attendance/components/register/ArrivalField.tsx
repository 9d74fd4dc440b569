import * as React from 'react';
import { describedBy, FieldNotes, plainClasses, usePlainId } from '../../../../ui/plain/PlainFields';
import { normaliseClockInput } from './registerModel';

export interface ArrivalFieldProps {
  readonly value?: string;
  readonly name: string;
  readonly minutesLate?: number;
  readonly errorMessage?: string;
  readonly disabled?: boolean;
  readonly onChange: (text: string) => void;
}

/** Arrival time (HH:MM), a native input named "Arrival time, <pupil>". The code follows it; a format message waits until the field is left. */
export const ArrivalField: React.FC<ArrivalFieldProps> = ({ value, name, minutesLate, errorMessage, disabled, onChange }) => {
  const id = usePlainId('arrival');
  const [editing, setEditing] = React.useState(false);
  const formatMessage = errorMessage?.startsWith('Enter the arrival time') ?? false;
  const description = minutesLate !== undefined && minutesLate > 0 ? `${minutesLate} min late` : undefined;
  const error = editing && formatMessage ? undefined : errorMessage;
  return (
    <div className={plainClasses.field} style={{ width: 110 }}>
      <input
        id={id}
        type="text"
        aria-label={`Arrival time, ${name}`}
        placeholder="HH:MM"
        className={[plainClasses.control, error ? plainClasses.invalid : ''].join(' ')}
        value={value ?? ''}
        disabled={disabled}
        autoComplete="off"
        inputMode="numeric"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        onFocus={() => setEditing(true)}
        onBlur={(e) => {
          setEditing(false);
          const text = normaliseClockInput(e.currentTarget.value);
          if (text !== (value ?? '')) onChange(text);
        }}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldNotes id={id} description={description} errorMessage={error} />
    </div>
  );
};
