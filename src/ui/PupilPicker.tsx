import * as React from 'react';
import { ComboBox, type IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import type { Pupil } from '../domain';
import type { Saved } from '../data/ports';

/** Chooses a pupil by name or reference; keyboard operable, labelled. */
export const PupilPicker: React.FC<{ pupils: readonly Saved<Pupil>[]; pupilId?: number; onChange: (id: number | undefined) => void }> = ({ pupils, pupilId, onChange }) => {
  const options: IComboBoxOption[] = React.useMemo(
    () => pupils.map((p) => ({ key: p.id, text: `${p.lastName}, ${p.firstName} (${p.pupilRef})` })),
    [pupils],
  );
  return (
    <ComboBox
      label="Pupil"
      placeholder="Type a name or reference"
      options={options}
      selectedKey={pupilId ?? null}
      allowFreeform={false}
      autoComplete="on"
      useComboBoxAsMenuWidth
      onChange={(_e, option) => onChange(option === undefined ? undefined : Number(option.key))}
      styles={{ root: { maxWidth: 420 } }}
    />
  );
};
