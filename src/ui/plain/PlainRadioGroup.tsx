import * as React from 'react';
import { plainClasses, RequiredMark, usePlainId, type PlainOption } from './PlainFields';

/**
 * A choice of one, as native radio buttons in a fieldset named by its legend (Fluent's ChoiceGroup without its code):
 * the browser gives them the arrow keys, Tab into and out of the group, and touch. A radiogroup, as ChoiceGroup's is;
 * `required` marks it as Fluent's controls do (an asterisk, aria-required).
 */
export const PlainRadioGroup: React.FC<{
  label: string;
  options: readonly PlainOption[];
  value: string;
  onChange: (key: string) => void;
  required?: boolean;
}> = ({ label, options, value, onChange, required }) => {
  const name = usePlainId('choice');
  return (
    <fieldset role="radiogroup" aria-required={required ? true : undefined} style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}>
      <legend className={plainClasses.label}>
        {label}
        {required && <RequiredMark />}
      </legend>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, paddingTop: 8 }}>
        {options.map((o) => (
          <label key={o.key} className={plainClasses.check}>
            <input type="radio" className={plainClasses.checkBox} name={name} value={o.key} checked={value === o.key} onChange={() => onChange(o.key)} />
            {o.text}
          </label>
        ))}
      </div>
    </fieldset>
  );
};
