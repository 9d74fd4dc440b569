import * as React from 'react';
import { sheet } from './sheet';
import { palette, semanticColors, fonts, HIGH_CONTRAST } from './theme';

/**
 * Light form controls for first screens: native <select>, <input> and checkbox, labelled, keyboard operable by the
 * browser, styled with Fluent's theme tokens. They weigh nothing beyond Fluent's styling core, which every web part
 * loads anyway; Fluent's Dropdown, SearchBox, TextField, Checkbox and Toggle (with the Callout, Panel and focus
 * zones they bring) cost a first screen about 30 KB gzip. Use Fluent's controls where the browser's cannot do the
 * job (a searchable picker, a dd/mm/yyyy calendar).
 */
const control = {
  ...fonts.medium,
  boxSizing: 'border-box' as const,
  height: 32,
  padding: '0 8px',
  border: `1px solid ${semanticColors.inputBorder}`,
  borderRadius: 2,
  background: semanticColors.inputBackground,
  color: semanticColors.inputText,
  selectors: {
    ':hover': { borderColor: semanticColors.inputBorderHovered },
    ':focus': { outline: `2px solid ${semanticColors.inputFocusBorderAlt}`, outlineOffset: -1, borderColor: semanticColors.inputFocusBorderAlt },
    // As Fluent draws a disabled field (grey, no border to hover); in high contrast the system's GrayText.
    ':disabled': { background: semanticColors.disabledBackground, borderColor: semanticColors.disabledBackground, color: semanticColors.disabledText, cursor: 'default' },
    [HIGH_CONTRAST]: { selectors: { ':disabled': { borderColor: 'GrayText', color: 'GrayText' } } },
  },
};
export const plainClasses = sheet('fields', {
  field: { display: 'flex', flexDirection: 'column', gap: 4, maxWidth: '100%' },
  label: { ...fonts.medium, fontWeight: 600, color: semanticColors.bodyText, padding: '5px 0 0' },
  control,
  invalid: { borderColor: semanticColors.errorText },
  description: { ...fonts.small, color: semanticColors.bodySubtext },
  error: { ...fonts.small, color: semanticColors.errorText },
  check: { ...fonts.medium, display: 'inline-flex', alignItems: 'center', gap: 8, color: semanticColors.bodyText, cursor: 'pointer' },
  checkBox: { width: 18, height: 18, margin: 0, accentColor: palette.themePrimary, cursor: 'pointer' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 12 },
  column: { display: 'flex', flexDirection: 'column', gap: 12 },
  link: { color: palette.themePrimary, textDecoration: 'none', selectors: { ':hover': { textDecoration: 'underline', color: palette.themeDarker }, ':focus-visible': { outline: `1px solid ${palette.neutralSecondary}` } } },
});

let nextId = 0;
/** A stable id for a label, description or error (React 17 has no useId). */
export function usePlainId(prefix: string): string {
  const [id] = React.useState(() => `${prefix}-${++nextId}`);
  return id;
}

export interface PlainOption {
  readonly key: string;
  readonly text: string;
}

/** A labelled native <select>: its accessible name is its label, the browser gives it keyboard and touch. */
export const PlainSelect: React.FC<{
  label: string;
  options: readonly PlainOption[];
  value: string;
  onChange: (key: string) => void;
  width?: number;
  /** Marked as required (an asterisk, aria-required), as Fluent's controls mark it. */
  required?: boolean;
  /** Shown under it and tied to it (aria-describedby, aria-invalid). */
  errorMessage?: string;
  /** Not to be changed for now (e.g. while what it chose is being worked on). */
  disabled?: boolean;
}> = ({ label, options, value, onChange, width, required, errorMessage, disabled }) => {
  const id = usePlainId('select');
  return (
    <div className={plainClasses.field} style={width ? { width } : undefined}>
      <label htmlFor={id} className={plainClasses.label}>
        {label}
        {required && <RequiredMark />}
      </label>
      <select
        id={id}
        className={[plainClasses.control, errorMessage ? plainClasses.invalid : ''].join(' ')}
        value={value}
        disabled={disabled}
        aria-required={required ? true : undefined}
        aria-invalid={errorMessage ? true : undefined}
        aria-describedby={describedBy(id, undefined, errorMessage)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.text}
          </option>
        ))}
      </select>
      <FieldNotes id={id} errorMessage={errorMessage} />
    </div>
  );
};

/** A labelled native text input, with its description and error tied to it (aria-describedby, aria-invalid). */
export const PlainTextField: React.FC<{
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  errorMessage?: string;
  width?: number;
  type?: 'text' | 'search';
  placeholder?: string;
  /** Hide the label visually (a search box named by its placeholder and this label for screen readers). */
  ariaLabel?: string;
  required?: boolean;
  disabled?: boolean;
}> = ({ label, value, onChange, description, errorMessage, width, type = 'text', placeholder, ariaLabel, required, disabled }) => {
  const id = usePlainId('text');
  return (
    <div className={plainClasses.field} style={width ? { width } : undefined}>
      {!ariaLabel && (
        <label htmlFor={id} className={plainClasses.label}>
          {label}
          {required && <RequiredMark />}
        </label>
      )}
      <input
        id={id}
        type={type}
        className={[plainClasses.control, errorMessage ? plainClasses.invalid : ''].join(' ')}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-invalid={errorMessage ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(id, description, errorMessage)}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldNotes id={id} description={description} errorMessage={errorMessage} />
    </div>
  );
};

/** The asterisk after a required field's label (its input says aria-required; the asterisk is not read out). */
export const RequiredMark: React.FC = () => (
  <span aria-hidden="true" style={{ color: semanticColors.errorText, paddingLeft: 4 }}>
    *
  </span>
);

/** A native checkbox inside its label. */
export const PlainCheckbox: React.FC<{ label: string; checked: boolean; onChange: (checked: boolean) => void }> = ({ label, checked, onChange }) => (
  <label className={plainClasses.check}>
    <input type="checkbox" className={plainClasses.checkBox} checked={checked} onChange={(e) => onChange(e.target.checked)} />
    {label}
  </label>
);

/** What a field's aria-describedby names: its description and its error, when shown (undefined when neither is). */
export const describedBy = (id: string, description?: string, errorMessage?: string): string | undefined =>
  [description ? `${id}-description` : '', errorMessage ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A field's description and error under it, with the ids `describedBy` names; the error is an alert. */
export const FieldNotes: React.FC<{ id: string; description?: string; errorMessage?: string }> = ({ id, description, errorMessage }) => (
  <>
    {description && (
      <span id={`${id}-description`} className={plainClasses.description}>
        {description}
      </span>
    )}
    {errorMessage && (
      <span id={`${id}-error`} role="alert" className={plainClasses.error}>
        {errorMessage}
      </span>
    )}
  </>
);
