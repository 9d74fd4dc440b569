import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { sheet } from '../../../../ui/plain/sheet';
import { HIGH_CONTRAST } from '../../../../ui/plain/theme';
import { COMMON_CODES, findCode } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';

/** Short names of the one-click codes, for the buttons' accessible names ("Present, Amara Okafor"). */
const SHORT_NAMES: Record<string, string> = {
  '/': 'Present',
  '\\': 'Present',
  L: 'Late (L)',
  M: 'Medical appointment (M)',
  C2: 'C2 part-time timetable',
  I: 'Illness (I)',
  N: 'No reason yet (N)',
  O: 'Other unauthorised absence (O)',
  U: 'Late after the register closed (U)',
};

/** The one-click codes of a session: the session's present code, then the other common codes. */
export function buttonCodes(session: Session): string[] {
  const otherPresent = session === 'AM' ? '\\' : '/';
  return COMMON_CODES.filter((c) => c !== otherPresent);
}

export const shortName = (code: string): string => SHORT_NAMES[code] ?? `${code} ${findCode(code)?.meaning ?? ''}`.trim();

// Written over the plain default button's own rule (`&.pw-button-default`), which would otherwise size them as a button with words.
const classes = sheet('code-buttons', {
  code: { selectors: { '&.pw-button-default': { minWidth: 36, height: 32, minHeight: 32, padding: '0 6px', margin: '2px 4px 2px 0', fontWeight: 400 } } },
  touch: { selectors: { '&.pw-button-default': { minWidth: 44, height: 40, margin: '0 6px 6px 0' } } },
  // Chosen: dark blue with white text (7:1) and a bold label; aria-pressed and the code list say it too. In Windows
  // high contrast the chosen code takes the system's highlight colours (as Fluent's toggle buttons do).
  checked: {
    selectors: {
      '&.pw-button-default': { fontWeight: 700, backgroundColor: '#004e8c', borderColor: '#004e8c', color: '#ffffff' },
      '&.pw-button-default:hover:not(:disabled)': { backgroundColor: '#005a9e', borderColor: '#005a9e', color: '#ffffff' },
      '&.pw-button-default:active:not(:disabled)': { backgroundColor: '#004578', color: '#ffffff' },
      [HIGH_CONTRAST]: { selectors: { '&.pw-button-default': { forcedColorAdjust: 'none', backgroundColor: 'Highlight', borderColor: 'Highlight', color: 'HighlightText' } } },
    },
  },
});

export interface CodeButtonsProps {
  readonly session: Session;
  readonly code?: string;
  /** The pupil's name, as spoken. */
  readonly name: string;
  readonly disabled?: boolean;
  /** On a narrow screen: the buttons wrap onto more lines and are finger-sized (44 × 40 CSS px). */
  readonly wrap?: boolean;
  readonly onChoose: (code: string) => void;
}

const STEP: Record<string, (i: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(i + 1, last),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

/**
 * Toggle buttons for the common codes (aria-pressed shows the chosen one; it is also written in the code
 * list next to them, so nothing depends on colour). One Tab stop per pupil (the code last focused, else the chosen
 * one, else the first): Left and Right (Home, End) move between the codes.
 */
export const CodeButtons: React.FC<CodeButtonsProps> = ({ session, code, name, disabled, wrap, onChoose }) => {
  const codes = buttonCodes(session);
  const buttons = React.useRef<(HTMLButtonElement | null)[]>([]);
  const [focused, setFocused] = React.useState<number | undefined>();
  const chosen = codes.indexOf(code ?? '');
  const stop = focused ?? (chosen >= 0 ? chosen : 0);
  const className = [classes.code, wrap ? classes.touch : ''].join(' ');
  return (
    <div
      role="group"
      aria-label={`Common codes, ${name}`}
      style={{ display: 'flex', flexWrap: wrap ? 'wrap' : 'nowrap' }}
      onKeyDown={(e) => {
        const step = STEP[e.key];
        const from = buttons.current.indexOf(e.target as HTMLButtonElement);
        if (!step || from < 0) return;
        e.preventDefault();
        buttons.current[step(from, codes.length - 1)]?.focus();
      }}
    >
      {codes.map((c, i) => (
        <DefaultButton
          key={c}
          elementRef={(el) => {
            buttons.current[i] = el;
          }}
          text={c}
          aria-pressed={code === c}
          ariaLabel={`${shortName(c)}, ${name}`}
          title={`${c} – ${findCode(c)?.meaning ?? ''}`}
          disabled={disabled}
          tabIndex={i === stop ? 0 : -1}
          className={code === c ? `${className} ${classes.checked}` : className}
          onFocus={() => setFocused(i)}
          onClick={() => onChoose(c)}
        />
      ))}
    </div>
  );
};
