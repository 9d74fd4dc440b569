import * as React from 'react';
import { plainClasses, usePlainId, type PlainOption } from './PlainFields';

/**
 * A choice of one, as native radio buttons in a fieldset named by its legend (Fluent's ChoiceGroup without its code):
 * the browser gives them the arrow keys, Tab into and out of the group, and touch.
 */
export const PlainRadioGroup: React.FC<{
  label: string;
  options: readonly PlainOption[];
  value: string;
  onChange: (key: string) => void;
}> = ({ label, options, value, onChange }) => {
  const name = usePlainId('choice');
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}>
      <legend className={plainClasses.label}>{label}</legend>
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
