import * as React from 'react';
import { ComboBox, type IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import { ATTENDANCE_CODES, isKnownCode } from '../../../../domain';

/** Every code that may be entered today, as "I – Illness (not a medical or dental appointment)". */
export const CODE_OPTIONS: IComboBoxOption[] = ATTENDANCE_CODES.filter((c) => c.selectable).map((c) => ({
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

/** The full code list for one pupil. Typing a code (e.g. "C1") and pressing Enter picks it. */
export const CodeField: React.FC<CodeFieldProps> = ({ code, name, errorMessage, disabled, onChange }) => {
  const known = code !== undefined && isKnownCode(code);
  return (
    <ComboBox
      ariaLabel={`Code, ${name}`}
      placeholder="Choose a code"
      options={CODE_OPTIONS}
      selectedKey={known ? code : null}
      text={known ? undefined : code ?? ''}
      allowFreeform
      autoComplete="on"
      useComboBoxAsMenuWidth={false}
      errorMessage={errorMessage}
      disabled={disabled}
      styles={{ root: { minWidth: 150, maxWidth: 220 }, optionsContainerWrapper: { maxHeight: 320 } }}
      onChange={(_e, option, _index, value) => {
        if (option) onChange(String(option.key));
        else if (value !== undefined) {
          const typed = value.trim();
          const match = CODE_OPTIONS.find((o) => String(o.key).toUpperCase() === typed.toUpperCase() || o.text === typed);
          onChange(match ? String(match.key) : typed === '' ? undefined : typed.toUpperCase());
        }
      }}
    />
  );
};
