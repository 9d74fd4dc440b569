import * as React from 'react';
import { ATTENDANCE_CODES, isKnownCode } from '../../../../domain';
import { plainClasses, usePlainId } from '../../../../ui/plain/PlainFields';

/** Every code that may be entered today, as "I – Illness (not a medical or dental appointment)". */
export const CODE_OPTIONS: readonly { readonly key: string; readonly text: string }[] = ATTENDANCE_CODES.filter((c) => c.selectable).map((c) => ({
  key: c.code,
  text: `${c.code} – ${c.meaning}`,
}));

export interface CodeFieldProps {
  readonly code?: string;
  readonly name: string;
  readonly errorMessage?: string;
  readonly disabled?: boolean;
  readonly onChange: (code: string | undefined) => void;
}

/**
 * The full code list for one pupil, a native select (on a phone, the system's own list): typing a code (e.g. "C1")
 * picks it. A code read from the register that may no longer be entered stays shown, as itself, with its message.
 */
export const CodeField: React.FC<CodeFieldProps> = ({ code, name, errorMessage, disabled, onChange }) => {
  const id = usePlainId('code');
  const other = code !== undefined && code !== '' && !CODE_OPTIONS.some((o) => o.key === code);
  return (
    <div className={plainClasses.field} style={{ minWidth: 150, maxWidth: 220 }}>
      <select
        aria-label={`Code, ${name}`}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={errorMessage ? `${id}-error` : undefined}
        className={[plainClasses.control, errorMessage ? plainClasses.invalid : ''].join(' ')}
        value={code ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">Choose a code</option>
        {other && <option value={code}>{isKnownCode(code) ? code : `${code} (not a code that may be entered)`}</option>}
        {CODE_OPTIONS.map((o) => (
          <option key={o.key} value={o.key}>
            {o.text}
          </option>
        ))}
      </select>
      {errorMessage && (
        <span id={`${id}-error`} role="alert" className={plainClasses.error}>
          {errorMessage}
        </span>
      )}
    </div>
  );
};
