import * as React from 'react';
import { sheet } from './sheet';
import { palette, semanticColors, fonts, effects } from './theme';
import { plainClasses, usePlainId, type PlainOption } from './PlainFields';

export interface PlainComboboxProps {
  readonly label: string;
  readonly options: readonly PlainOption[];
  /** The chosen option's key; undefined when none is chosen. */
  readonly value: string | undefined;
  readonly onChange: (key: string | undefined) => void;
  readonly placeholder?: string;
  readonly maxWidth?: number;
  /** Said when nothing matches what was typed, e.g. 'No pupil matches'. */
  readonly noMatch?: string;
}

const classes = sheet('combobox', {
  root: { position: 'relative', width: '100%' },
  input: { width: '100%', paddingRight: 28 },
  caret: { position: 'absolute', right: 8, bottom: 0, height: 32, display: 'flex', alignItems: 'center', pointerEvents: 'none', color: semanticColors.bodySubtext },
  list: {
    position: 'absolute',
    zIndex: 1000,
    top: '100%',
    left: 0,
    right: 0,
    maxHeight: 320,
    overflowY: 'auto',
    margin: '2px 0 0',
    padding: '4px 0',
    listStyle: 'none',
    background: semanticColors.bodyBackground,
    border: `1px solid ${palette.neutralTertiaryAlt}`,
    boxShadow: effects.elevation8,
  },
  option: { ...fonts.medium, minHeight: 36, boxSizing: 'border-box', padding: '8px 12px', cursor: 'pointer', color: semanticColors.bodyText, overflowWrap: 'anywhere' },
  active: { background: palette.neutralLighter, outline: `1px solid ${palette.neutralSecondary}`, outlineOffset: -1 },
  selected: { fontWeight: 600, background: palette.neutralLight },
  none: { ...fonts.medium, padding: '8px 12px', color: semanticColors.bodySubtext },
});

/** Options whose text holds what was typed (case and surrounding spaces ignored), those that begin with it first. */
export function matchingOptions(options: readonly PlainOption[], typed: string): PlainOption[] {
  const t = typed.trim().toLocaleLowerCase('en-GB');
  if (t === '') return [...options];
  const starts: PlainOption[] = [];
  const holds: PlainOption[] = [];
  for (const o of options) {
    const text = o.text.toLocaleLowerCase('en-GB');
    if (text.startsWith(t)) starts.push(o);
    else if (text.includes(t)) holds.push(o);
  }
  return [...starts, ...holds];
}

/**
 * A searchable choice from a list (the ARIA combobox pattern with a listbox popup and list autocomplete), for first
 * screens: a labelled text input that opens the list on a click or tap, Alt+Down or Down; typing narrows the list to the
 * options holding the text, the first of them ready for Enter; Up and Down move through the list, Enter or a click
 * chooses, Escape closes it and puts back the chosen option's text. Leaving the field after typing takes the option
 * ready for Enter, or puts back the chosen option (nothing that is not an option is ever chosen), as Fluent's ComboBox
 * with autocomplete does; it weighs a few hundred bytes where Fluent's ComboBox, Callout and focus zones weigh ~25 KB gzip.
 */
export const PlainCombobox: React.FC<PlainComboboxProps> = ({ label, options, value, onChange, placeholder, maxWidth = 420, noMatch = 'Nothing matches' }) => {
  const id = usePlainId('combobox');
  const listId = `${id}-list`;
  const chosenText = options.find((o) => o.key === value)?.text ?? '';
  const [text, setText] = React.useState(chosenText);
  const [open, setOpen] = React.useState(false);
  // True once the person types: the list is narrowed to what they typed, else it shows every option.
  const [typing, setTyping] = React.useState(false);
  const [active, setActive] = React.useState(-1);
  React.useEffect(() => {
    setText(chosenText);
    setTyping(false);
  }, [chosenText]);

  const shown = typing ? matchingOptions(options, text) : options;
  const activeOption = open && active >= 0 && active < shown.length ? shown[active] : undefined;
  React.useEffect(() => {
    if (!activeOption) return;
    const el = document.getElementById(optionId(id, activeOption.key));
    // Not every browser engine has it (jsdom has not).
    if (typeof el?.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  }, [id, activeOption]);

  const openList = (): void => {
    setOpen(true);
    setTyping(false);
    setActive(options.findIndex((o) => o.key === value));
  };
  const close = (): void => {
    setOpen(false);
    setTyping(false);
    setText(chosenText);
  };
  const choose = (o: PlainOption): void => {
    setOpen(false);
    setTyping(false);
    setText(o.text);
    if (o.key !== value) onChange(o.key);
  };
  const move = (by: number): void => {
    if (!open) return openList();
    if (shown.length === 0) return;
    setActive((a) => Math.min(shown.length - 1, Math.max(0, a < 0 ? (by > 0 ? 0 : shown.length - 1) : a + by)));
  };

  return (
    <div className={plainClasses.field} style={{ maxWidth }}>
      <label htmlFor={id} className={plainClasses.label}>
        {label}
      </label>
      <div className={classes.root}>
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open && shown.length > 0 ? listId : undefined}
          aria-activedescendant={activeOption ? optionId(id, activeOption.key) : undefined}
          className={[plainClasses.control, classes.input].join(' ')}
          placeholder={placeholder}
          value={text}
          onClick={() => (open ? close() : openList())}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setTyping(true);
            setActive(matchingOptions(options, e.target.value).length > 0 ? 0 : -1);
          }}
          onBlur={() => {
            if (typing && text.trim() !== '' && activeOption) choose(activeOption);
            else close();
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              if (e.altKey) openList();
              else move(1);
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              if (e.altKey) close();
              else move(-1);
            } else if (e.key === 'Enter' && open) {
              e.preventDefault();
              if (activeOption) choose(activeOption);
            } else if (e.key === 'Escape' && (open || text !== chosenText)) {
              e.preventDefault();
              close();
            }
          }}
        />
        <span className={classes.caret} aria-hidden="true">
          <svg width="12" height="12" viewBox="0 0 12 12" focusable="false">
            <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
        </span>
        {open && shown.length > 0 && (
          // mousedown would take the focus from the field (and close the list) before the click chose.
          <ul id={listId} role="listbox" aria-label={label} className={classes.list} onMouseDown={(e) => e.preventDefault()}>
            {shown.map((o) => (
              <li
                key={o.key}
                id={optionId(id, o.key)}
                role="option"
                aria-selected={o.key === value}
                className={[classes.option, o.key === value ? classes.selected : '', o === activeOption ? classes.active : ''].join(' ')}
                onClick={() => choose(o)}
              >
                {o.text}
              </li>
            ))}
          </ul>
        )}
        {open && shown.length === 0 && (
          <div role="status" className={classes.list}>
            <div className={classes.none}>
              {noMatch} “{text.trim()}”.
            </div>
          </div>
        )}
      </div>
    </div>
  );
};

const optionId = (id: string, key: string): string => `${id}-option-${key.replace(/[^\w-]/g, '_')}`;
