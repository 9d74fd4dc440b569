import * as React from 'react';
import { describedBy, FieldNotes, plainClasses, RequiredMark, usePlainId } from './PlainFields';

/**
 * A labelled native <textarea> styled like the other plain fields: its description and error tied to it
 * (aria-describedby, aria-invalid), read-only text to select and copy when `onChange` is left out.
 */
export const PlainTextArea: React.FC<{
  label: string;
  value: string;
  onChange?: (value: string) => void;
  rows?: number;
  required?: boolean;
  description?: string;
  errorMessage?: string;
}> = ({ label, value, onChange, rows = 3, required, description, errorMessage }) => {
  const id = usePlainId('textarea');
  return (
    <div className={plainClasses.field}>
      <label htmlFor={id} className={plainClasses.label}>
        {label}
        {required && <RequiredMark />}
      </label>
      <textarea
        id={id}
        rows={rows}
        className={[plainClasses.control, errorMessage ? plainClasses.invalid : ''].join(' ')}
        style={{ height: 'auto', padding: '6px 8px', resize: 'vertical', width: '100%' }}
        value={value}
        readOnly={onChange === undefined}
        aria-required={required ? true : undefined}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={describedBy(id, description, errorMessage)}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
      />
      <FieldNotes id={id} description={description} errorMessage={errorMessage} />
    </div>
  );
};
