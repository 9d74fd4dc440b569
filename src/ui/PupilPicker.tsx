import * as React from 'react';
import { ComboBox, type IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import type { Pupil } from '../domain';
import type { Saved } from '../data/ports';

/** The pupil a pupil's page is about: `?pupil=<item id>` in the page address, when there is one. */
export function pupilIdFromPage(search: string = typeof window === 'undefined' ? '' : window.location.search): number | undefined {
  const id = Number(new URLSearchParams(search).get('pupil'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

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
