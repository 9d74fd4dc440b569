import * as React from 'react';
import { IconButton } from './buttons';
import { formatUkDate, isValidIsoDate, parseUkDate, type IsoDate } from '../../domain';
import { onDemand } from '../onDemand';
import { plainClasses, usePlainId } from './PlainFields';

/** The month calendar (Fluent's Calendar in a Callout) loads the first time someone opens it. */
const CalendarPopup = onDemand('Loading the calendar…', () => import(/* webpackChunkName: 'ondemand-calendar' */ './CalendarPopup').then((m) => m.CalendarPopup));

export const INVALID_DATE_MESSAGE = 'Enter the date as dd/mm/yyyy, for example 20/11/2026';

export interface DateFieldProps {
  readonly label: string;
  /** The date shown (ISO); an invalid or missing one shows an empty field. */
  readonly value?: IsoDate;
  /** A date typed (Enter or leaving the field) or picked from the calendar. */
  readonly onDate: (date: IsoDate) => void;
  /** Why the date cannot be used (shown under the field, tied to it). */
  readonly errorMessage?: string;
  readonly width?: number;
}

/**
 * A date typed as dd/mm/yyyy, whatever the browser's language (a native date input shows the browser's own format),
 * with a button that opens a month calendar (weeks from Monday). Like Fluent's DatePicker with text input, the field is
 * a combobox that opens a dialog (Alt+Down or the button), Enter or leaving the field takes the typed date, and a
 * date that cannot be read says how to write it. Only the field is on a first screen: Fluent's DatePicker
 * and Calendar (about 20 KB gzip) load when the calendar is first opened.
 */
export const DateField: React.FC<DateFieldProps> = ({ label, value, onDate, errorMessage, width = 260 }) => {
  const id = usePlainId('date');
  const shown = value !== undefined && isValidIsoDate(value) ? formatUkDate(value) : '';
  const [text, setText] = React.useState(shown);
  const [invalid, setInvalid] = React.useState<string | undefined>();
  const [open, setOpen] = React.useState(false);
  const anchor = React.useRef<HTMLDivElement>(null);
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    setText(shown);
    setInvalid(undefined);
  }, [shown]);

  const commit = (): void => {
    const typed = text.trim();
    if (typed === shown) return setInvalid(undefined);
    const iso = parseUkDate(typed);
    if (typed === '' || iso === null) {
      setInvalid(typed === '' ? undefined : INVALID_DATE_MESSAGE);
      if (typed === '') setText(shown);
      return;
    }
    setInvalid(undefined);
    // Show the date in use until the new one is taken (a screen may ask first, and keep its date).
    setText(shown);
    onDate(iso);
  };
  const close = (): void => {
    setOpen(false);
    input.current?.focus();
  };
  const error = invalid ?? errorMessage;
  const popupId = `${id}-calendar`;
  return (
    <div className={plainClasses.field} style={{ width }}>
      <label htmlFor={id} className={plainClasses.label}>
        {label}
      </label>
      <div ref={anchor} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
        <input
          id={id}
          ref={input}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          role="combobox"
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? popupId : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-format${error ? ` ${id}-error` : ''}`}
          placeholder="dd/mm/yyyy"
          className={[plainClasses.control, error ? plainClasses.invalid : ''].join(' ')}
          style={{ flex: 1, minWidth: 0 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'ArrowDown' && e.altKey) {
              e.preventDefault();
              setOpen(true);
            } else if (e.key === 'Escape' && open) {
              e.preventDefault();
              close();
            }
          }}
        />
        <IconButton iconProps={{ iconName: 'Calendar' }} title="Choose the date from a calendar" ariaLabel={`${label}: choose from a calendar`} aria-expanded={open} onClick={() => setOpen((o) => !o)} />
      </div>
      <span id={`${id}-format`} className={plainClasses.description}>
        dd/mm/yyyy
      </span>
      {error && (
        <span id={`${id}-error`} role="alert" className={plainClasses.error}>
          {error}
        </span>
      )}
      {open && (
        <CalendarPopup
          id={popupId}
          label={label}
          target={anchor}
          value={value !== undefined && isValidIsoDate(value) ? value : undefined}
          onSelect={(iso) => {
            close();
            if (iso !== value) onDate(iso);
          }}
          onDismiss={close}
        />
      )}
    </div>
  );
};
