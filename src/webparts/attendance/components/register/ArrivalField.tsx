import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { normaliseClockInput } from './registerModel';

export interface ArrivalFieldProps {
  readonly value?: string;
  readonly name: string;
  readonly minutesLate?: number;
  readonly errorMessage?: string;
  readonly disabled?: boolean;
  readonly onChange: (text: string) => void;
}

/** Arrival time (HH:MM). The code follows it; a format message waits until the field is left. */
export const ArrivalField: React.FC<ArrivalFieldProps> = ({ value, name, minutesLate, errorMessage, disabled, onChange }) => {
  const [editing, setEditing] = React.useState(false);
  const formatMessage = errorMessage?.startsWith('Enter the arrival time') ?? false;
  return (
    <TextField
      ariaLabel={`Arrival time, ${name}`}
      placeholder="HH:MM"
      value={value ?? ''}
      disabled={disabled}
      autoComplete="off"
      inputMode="numeric"
      styles={{ root: { width: 110 } }}
      description={minutesLate !== undefined && minutesLate > 0 ? `${minutesLate} min late` : undefined}
      errorMessage={editing && formatMessage ? undefined : errorMessage}
      onFocus={() => setEditing(true)}
      onBlur={(e) => {
        setEditing(false);
        const text = normaliseClockInput(e.currentTarget.value);
        if (text !== (value ?? '')) onChange(text);
      }}
      onChange={(_e, text) => onChange(text ?? '')}
    />
  );
};
