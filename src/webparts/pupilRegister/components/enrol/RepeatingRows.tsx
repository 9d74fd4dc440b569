import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Label } from '@fluentui/react/lib/Label';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { errorAt, type FieldErrors } from '../../../../ui/form/fieldErrors';
import { FieldMessage } from '../../../../ui/form/FormBits';
import { FIELD_WIDTH } from './formKit';

export interface RowField<T> {
  readonly key: keyof T & string;
  readonly label: string;
  readonly required?: boolean;
  readonly kind?: 'text' | 'tel' | 'email' | 'multiline' | 'check';
}

/**
 * A repeating group (parents and carers, emergency contacts, agency workers): each row a labelled group of fields,
 * numbered ("Emergency contact 2"), with its own Remove button; Add appends a row up to `max`. Messages sit at the
 * field they belong to (`<group>.<row>.<field>`), and a message about the whole group below it.
 */
export function RepeatingRows<T extends Record<string, string | boolean>>(props: {
  readonly group: string;
  /** The name of one row, e.g. 'Emergency contact'. */
  readonly itemName: string;
  readonly rows: readonly T[];
  readonly fields: readonly RowField<T>[];
  readonly errors: FieldErrors;
  readonly max: number;
  readonly empty: () => T;
  readonly onChange: (rows: T[]) => void;
}): React.ReactElement {
  const { group, itemName, rows, fields, errors, max, empty, onChange } = props;
  const update = (i: number, patch: Partial<T>): void => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const groupMessage = errorAt(errors, group);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {rows.map((row, i) => {
        const name = `${itemName} ${i + 1}`;
        const legendId = `${group}-${i}-legend`;
        return (
          <fieldset key={i} style={{ border: '1px solid #c8c6c4', borderRadius: 4, padding: '8px 12px', margin: 0 }}>
            <legend id={legendId} style={{ fontWeight: 600, padding: '0 4px' }}>
              {name}
            </legend>
            <Stack tokens={{ childrenGap: 8 }}>
              {fields.map((f) =>
                f.kind === 'check' ? (
                  <Checkbox key={f.key} label={f.label} checked={row[f.key] === true} onChange={(_e, c) => update(i, { [f.key]: c === true } as Partial<T>)} />
                ) : (
                  <div key={f.key}>
                  <Label id={`${group}-${i}-${f.key}-label`} htmlFor={`${group}-${i}-${f.key}`} required={f.required}>
                    {f.label}
                  </Label>
                  <TextField
                    id={`${group}-${i}-${f.key}`}
                    aria-labelledby={`${legendId} ${group}-${i}-${f.key}-label`}
                    required={f.required}
                    type={f.kind === 'tel' || f.kind === 'email' ? f.kind : undefined}
                    multiline={f.kind === 'multiline'}
                    rows={f.kind === 'multiline' ? 2 : undefined}
                    value={String(row[f.key] ?? '')}
                    onChange={(_e, v) => update(i, { [f.key]: v ?? '' } as Partial<T>)}
                    errorMessage={errorAt(errors, `${group}.${i}.${f.key}`)}
                    styles={FIELD_WIDTH}
                  />
                  </div>
                ),
              )}
              <DefaultButton text={`Remove ${name.toLowerCase()}`} onClick={() => onChange(rows.filter((_r, j) => j !== i))} styles={{ root: { alignSelf: 'flex-start' } }} />
            </Stack>
          </fieldset>
        );
      })}
      {rows.length < max && (
        <DefaultButton
          text={`Add ${rows.length === 0 ? 'a' : 'another'} ${itemName.toLowerCase()}`}
          iconProps={{ iconName: 'Add' }}
          onClick={() => onChange([...rows, empty()])}
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      )}
      <FieldMessage id={`${group}-message`} message={groupMessage} />
    </Stack>
  );
}
