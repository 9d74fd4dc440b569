import * as React from 'react';
import { DefaultButton, type IButtonStyles } from '@fluentui/react/lib/Button';
import { FocusZone, FocusZoneDirection } from '@fluentui/react/lib/FocusZone';
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

const styles: IButtonStyles = {
  root: { minWidth: 36, height: 32, padding: '0 6px', margin: '2px 4px 2px 0' },
  // Chosen: dark blue with white text (7:1) and a bold label; aria-pressed and the code list say it too.
  rootChecked: { fontWeight: 700, backgroundColor: '#004e8c', borderColor: '#004e8c', color: '#ffffff' },
  rootCheckedHovered: { backgroundColor: '#005a9e', borderColor: '#005a9e', color: '#ffffff' },
  rootCheckedPressed: { backgroundColor: '#004578', color: '#ffffff' },
  label: { margin: 0 },
};

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

const touchStyles: IButtonStyles = { ...styles, root: { minWidth: 44, height: 40, padding: '0 6px', margin: '0 6px 6px 0' } };

/**
 * Toggle buttons for the common codes (aria-pressed shows the chosen one; it is also written in the code
 * list next to them, so nothing depends on colour). One Tab stop per pupil: the arrow keys move between codes.
 */
export const CodeButtons: React.FC<CodeButtonsProps> = ({ session, code, name, disabled, wrap, onChoose }) => (
  <FocusZone
    direction={FocusZoneDirection.horizontal}
    role="group"
    aria-label={`Common codes, ${name}`}
    style={{ display: 'flex', flexWrap: wrap ? 'wrap' : 'nowrap' }}
  >
    {buttonCodes(session).map((c) => (
      <DefaultButton
        key={c}
        text={c}
        toggle
        checked={code === c}
        aria-pressed={code === c}
        ariaLabel={`${shortName(c)}, ${name}`}
        title={`${c} – ${findCode(c)?.meaning ?? ''}`}
        disabled={disabled}
        styles={wrap ? touchStyles : styles}
        onClick={() => onChoose(c)}
      />
    ))}
  </FocusZone>
);
