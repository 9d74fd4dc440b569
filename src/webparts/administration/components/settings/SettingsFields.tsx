import * as React from 'react';
import { formatUkDate, isValidIsoDate, parseUkDate } from '../../../../domain';
import { FieldMessage } from '../../../../ui/form/FormBits';
import { errorsUnder } from '../../../../ui/form/fieldErrors';
import { describedBy, FieldNotes, plainClasses } from '../../../../ui/plain/PlainFields';
import { sheet } from '../../../../ui/plain/sheet';
import { semanticColors } from '../../../../ui/plain/theme';
import { useField, useSettingsForm } from './SettingsFormContext';
import { numberFromText, type Path } from './settingsDraft';

interface FieldProps {
  readonly path: Path;
  readonly label: string;
  readonly description?: string;
  readonly required?: boolean;
}

// A required field's asterisk is drawn after its label (as Fluent's is), so the label's text is its name alone.
const classes = sheet('settings-fields', {
  required: { selectors: { '::after': { content: "' *'", color: semanticColors.errorText, paddingRight: 12 } } },
});

const fieldId = (path: Path): string => `settings-${path.join('-')}`;

const same = (a: unknown, b: unknown): boolean =>
  (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)) || JSON.stringify(a) === JSON.stringify(b);

/**
 * The text as typed, for a value kept in another form (a number, an ISO date, a list). When the value changes
 * from outside (a row above removed, the settings reloaded), the text follows it.
 */
function useTypedText(value: unknown, toText: (v: unknown) => string, fromText: (t: string) => unknown): [string, (t: string) => void] {
  const [text, setText] = React.useState(() => toText(value));
  React.useEffect(() => {
    if (!same(fromText(text), value)) setText(toText(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return [text, setText];
}

const numberText = (v: unknown): string => (typeof v === 'number' && !Number.isNaN(v) ? String(v) : '');
const dateText = (v: unknown): string => (typeof v === 'string' ? (isValidIsoDate(v) ? formatUkDate(v) : v) : '');
const dateValue = (t: string): string => parseUkDate(t) ?? t;
const codesText = (v: unknown): string => (Array.isArray(v) ? (v as string[]).join(', ') : '');
const codesValue = (t: string): string[] =>
  t
    .split(/[,\s]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');

interface TextControlProps {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly required?: boolean;
  readonly multiline?: boolean;
  readonly type?: string;
  readonly suffix?: string;
  readonly placeholder?: string;
  readonly inputMode?: 'decimal' | 'text';
  readonly maxWidth?: number;
  readonly value: string;
  readonly error?: string;
  /** Called with the text as typed; must be stable (the control re-renders only when its own props change). */
  readonly onText: (text: string) => void;
}

/**
 * One labelled native text box (a <textarea> when multiline), re-rendered only when its own value or message changes
 * (the settings form has a hundred). Its description and error are tied to it (aria-describedby, aria-invalid); a
 * suffix (a unit) is shown after it and read as part of its description.
 */
export const TextControl = React.memo<TextControlProps>(({ id, label, description, required, multiline, type, suffix, placeholder, inputMode, maxWidth, value, error, onText }) => {
  const suffixId = `${id}-suffix`;
  const described = [describedBy(id, description, error), suffix ? suffixId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    className: [plainClasses.control, error ? plainClasses.invalid : ''].join(' '),
    value,
    placeholder,
    'aria-required': required ? true : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
  };
  return (
    <div className={plainClasses.field} style={{ maxWidth: maxWidth ?? '100%', flex: maxWidth ? `1 1 ${maxWidth}px` : '1 1 240px', minWidth: 0 }}>
      <label htmlFor={id} className={[plainClasses.label, required ? classes.required : ''].join(' ')}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} style={{ height: 'auto', padding: '6px 8px', resize: 'vertical', width: '100%' }} onChange={(e) => onText(e.target.value)} />
      ) : (
        <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
          <input {...common} type={type ?? 'text'} inputMode={inputMode} style={{ width: '100%', minWidth: 0 }} onChange={(e) => onText(e.target.value)} />
          {suffix && (
            <span id={suffixId} className={plainClasses.description} style={{ whiteSpace: 'nowrap' }}>
              {suffix}
            </span>
          )}
        </span>
      )}
      <FieldNotes id={id} description={description} errorMessage={error} />
    </div>
  );
});
TextControl.displayName = 'TextControl';

/** Text (a name, an address, an e-mail). Blank optional text is saved as nothing. */
export const TextSetting: React.FC<FieldProps & { multiline?: boolean; type?: string; width?: number }> = ({ path, label, description, required, multiline, type, width }) => {
  const f = useField(path);
  const onText = React.useCallback((v: string) => f.set(v === '' && !required ? undefined : v), [f.set, required]);
  return (
    <TextControl
      id={fieldId(path)}
      label={label}
      description={description}
      required={required}
      multiline={multiline}
      type={type}
      maxWidth={width}
      value={typeof f.value === 'string' ? f.value : ''}
      error={f.error}
      onText={onText}
    />
  );
};

/** A value typed as text and kept in another form (a number, an ISO date, a list of codes). */
const TypedSetting: React.FC<
  FieldProps & { toText: (v: unknown) => string; fromText: (t: string) => unknown; error?: string } & Pick<TextControlProps, 'suffix' | 'placeholder' | 'inputMode' | 'maxWidth' | 'multiline'>
> = ({ path, label, description, toText, fromText, error, ...control }) => {
  const f = useField(path);
  const [text, setText] = useTypedText(f.value, toText, fromText);
  const onText = React.useCallback(
    (v: string) => {
      setText(v);
      f.set(fromText(v));
    },
    // fromText is a module-level function or depends only on `optional`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [f.set, setText],
  );
  return <TextControl id={fieldId(path)} label={label} description={description} value={text} error={error ?? f.error} onText={onText} {...control} />;
};

/** A number as typed; a word where a number is wanted is reported at the field. */
export const NumberSetting: React.FC<FieldProps & { suffix?: string; optional?: boolean }> = ({ suffix, optional, ...field }) => (
  <TypedSetting {...field} suffix={suffix} inputMode="decimal" maxWidth={260} toText={numberText} fromText={optional ? optionalNumberValue : numberFromText} />
);

const optionalNumberValue = (t: string): number | undefined => (t.trim() === '' ? undefined : numberFromText(t));

/** A date typed as dd/mm/yyyy, kept as an ISO date once it is one. */
export const DateSetting: React.FC<FieldProps> = (field) => (
  <TypedSetting {...field} placeholder="dd/mm/yyyy" maxWidth={200} toText={dateText} fromText={dateValue} />
);

/** A clock time, HH:MM. */
export const TimeSetting: React.FC<FieldProps> = (field) => (
  <TypedSetting {...field} placeholder="HH:MM" maxWidth={160} toText={timeText} fromText={timeValue} />
);

const timeText = (v: unknown): string => (typeof v === 'string' ? v : '');
const timeValue = (t: string): string => t.trim();

/** One of a fixed list, as a labelled native select. */
export const ChoiceSetting: React.FC<FieldProps & { options: readonly string[] }> = ({ path, label, options }) => {
  const f = useField(path);
  const id = fieldId(path);
  const value = typeof f.value === 'string' ? f.value : '';
  return (
    <div className={plainClasses.field} style={{ maxWidth: 300 }}>
      <label htmlFor={id} className={plainClasses.label}>
        {label}
      </label>
      <select
        id={id}
        className={[plainClasses.control, f.error ? plainClasses.invalid : ''].join(' ')}
        value={value}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={describedBy(id, undefined, f.error)}
        onChange={(e) => f.set(e.target.value)}
      >
        {!options.includes(value) && <option value={value}>{value === '' ? 'Choose one' : value}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      <FieldNotes id={id} errorMessage={f.error} />
    </div>
  );
};

/** A native checkbox inside its label, disabled when fixed; `describedBy` names the message about it. */
const CheckControl: React.FC<{ id: string; label: string; checked: boolean; disabled?: boolean; describedBy?: string; invalid?: boolean; onChange: (on: boolean) => void }> = ({
  id,
  label,
  checked,
  disabled,
  describedBy: described,
  invalid,
  onChange,
}) => (
  <label htmlFor={id} className={plainClasses.check} style={{ marginTop: 6, minHeight: 24, cursor: disabled ? 'default' : undefined }}>
    <input
      id={id}
      type="checkbox"
      className={plainClasses.checkBox}
      checked={checked}
      disabled={disabled}
      aria-describedby={described}
      aria-invalid={invalid ? true : undefined}
      onChange={(e) => onChange(e.target.checked)}
    />
    {label}
  </label>
);

/** Several of a fixed list, as checkboxes in a labelled group; the message for the list is shown under it. */
export const ManySetting: React.FC<FieldProps & { options: readonly string[]; fixed?: readonly string[]; labels?: Readonly<Record<string, string>> }> = ({
  path,
  label,
  description,
  options,
  fixed = [],
  labels = {},
}) => {
  const f = useField(path);
  const error = errorsUnder(useSettingsForm().errors, path.join('.')).join(' ') || undefined;
  const chosen = Array.isArray(f.value) ? (f.value as string[]) : [];
  const messageId = `${fieldId(path)}-message`;
  const toggle = (o: string, on: boolean): void => f.set(on ? [...chosen.filter((c) => c !== o), o] : chosen.filter((c) => c !== o));
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: '8px 0' }} aria-describedby={error ? messageId : undefined}>
      <legend style={{ fontWeight: 600, padding: 0, marginBottom: 4 }}>{label}</legend>
      {description && <p style={{ margin: '0 0 4px' }}>{description}</p>}
      {options.map((o, i) => (
        <div key={o}>
          <CheckControl id={`${fieldId(path)}-${i}`} label={labels[o] ?? o} checked={fixed.includes(o) || chosen.includes(o)} disabled={fixed.includes(o)} onChange={(on) => toggle(o, on)} />
        </div>
      ))}
      <FieldMessage id={messageId} message={error} />
    </fieldset>
  );
};

/** A list of codes typed with commas ('G, N, O, U'); a message about any one of them is shown at the field. */
export const CodesSetting: React.FC<FieldProps> = (field) => {
  const error = errorsUnder(useSettingsForm().errors, field.path.join('.')).join(' ') || undefined;
  return <TypedSetting {...field} maxWidth={300} toText={codesText} fromText={codesValue} error={error} />;
};

const linesText = (v: unknown): string => (Array.isArray(v) ? (v as string[]).join('\n') : '');
const linesValue = (t: string): string[] =>
  t
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A list of short phrases, one a line; a message about any one of them is shown at the field. */
export const LinesSetting: React.FC<FieldProps> = (field) => {
  const error = errorsUnder(useSettingsForm().errors, field.path.join('.')).join(' ') || undefined;
  return <TypedSetting {...field} maxWidth={420} toText={linesText} fromText={linesValue} error={error} multiline />;
};

/** A yes/no switch, as one checkbox with its label (and a message under it when the value is refused). */
export const YesNoSetting: React.FC<FieldProps> = ({ path, label }) => {
  const f = useField(path);
  const id = fieldId(path);
  return (
    <div>
      <CheckControl id={id} label={label} checked={f.value === true} describedBy={f.error ? `${id}-error` : undefined} invalid={!!f.error} onChange={(on) => f.set(on)} />
      <FieldMessage id={`${id}-error`} message={f.error} />
    </div>
  );
};
