import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Stack } from '@fluentui/react/lib/Stack';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { REGISTER_DIMENSIONS, REGISTER_DIMENSION_LABELS, type RegisterDimension, type RegisterFilter, type RegisterSortKey } from '../../../domain';

export interface RegisterView {
  readonly query: string;
  readonly filter: RegisterFilter;
  readonly sortKey: RegisterSortKey;
  readonly ascending: boolean;
  readonly groupBy?: RegisterDimension;
}

const ALL = '';
const NO_GROUP = '';

const sortOptions: IDropdownOption[] = [
  { key: 'name', text: 'Name' },
  { key: 'yearGroup', text: 'Year group' },
  ...REGISTER_DIMENSIONS.map((d) => ({ key: d, text: REGISTER_DIMENSION_LABELS[d] })),
];
const groupOptions: IDropdownOption[] = [{ key: NO_GROUP, text: 'No grouping' }, ...REGISTER_DIMENSIONS.map((d) => ({ key: d, text: REGISTER_DIMENSION_LABELS[d] }))];

/** Search, a filter per dimension, sort and group: every control is labelled and keyboard operable. */
export const RegisterControls: React.FC<{
  view: RegisterView;
  choices: Readonly<Record<RegisterDimension, string[]>>;
  onChange: (view: RegisterView) => void;
}> = ({ view, choices, onChange }) => (
  <Stack tokens={{ childrenGap: 8 }}>
    <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
      <SearchBox
        placeholder="Search by name, reference, school or need"
        ariaLabel="Search pupils"
        value={view.query}
        onChange={(_e, v) => onChange({ ...view, query: v ?? '' })}
        styles={{ root: { width: 300 } }}
      />
      <Dropdown
        label="Sort by"
        options={sortOptions}
        selectedKey={view.sortKey}
        onChange={(_e, o) => onChange({ ...view, sortKey: (o?.key ?? 'name') as RegisterSortKey })}
        styles={{ root: { width: 180 } }}
      />
      <Toggle label="Order" onText="A to Z (ascending)" offText="Z to A (descending)" checked={view.ascending} onChange={(_e, c) => onChange({ ...view, ascending: c === true })} />
      <Dropdown
        label="Group by"
        options={groupOptions}
        selectedKey={view.groupBy ?? NO_GROUP}
        onChange={(_e, o) => onChange({ ...view, groupBy: o?.key === NO_GROUP || o === undefined ? undefined : (o.key as RegisterDimension) })}
        styles={{ root: { width: 180 } }}
      />
    </Stack>
    <Stack horizontal wrap tokens={{ childrenGap: 12 }} role="group" aria-label="Filters">
      {REGISTER_DIMENSIONS.map((d) => (
        <Dropdown
          key={d}
          label={REGISTER_DIMENSION_LABELS[d]}
          options={[{ key: ALL, text: 'All' }, ...choices[d].map((c) => ({ key: c, text: c }))]}
          selectedKey={view.filter[d] ?? ALL}
          onChange={(_e, o) => onChange({ ...view, filter: { ...view.filter, [d]: o?.key === ALL || o === undefined ? undefined : String(o.key) } })}
          styles={{ root: { width: 200 } }}
        />
      ))}
    </Stack>
  </Stack>
);
