import * as React from 'react';
import { REGISTER_DIMENSIONS, REGISTER_DIMENSION_LABELS, type RegisterDimension, type RegisterFilter, type RegisterSortKey } from '../../../domain';
import { PlainSelect, PlainTextField, plainClasses, type PlainOption } from '../../../ui/plain/PlainFields';

export interface RegisterView {
  readonly query: string;
  readonly filter: RegisterFilter;
  readonly sortKey: RegisterSortKey;
  readonly ascending: boolean;
  readonly groupBy?: RegisterDimension;
}

const ALL = '';
const NO_GROUP = '';
const ASCENDING = 'ascending';

const sortOptions: PlainOption[] = [
  { key: 'name', text: 'Name' },
  { key: 'yearGroup', text: 'Year group' },
  ...REGISTER_DIMENSIONS.map((d) => ({ key: d, text: REGISTER_DIMENSION_LABELS[d] })),
];
const orderOptions: PlainOption[] = [
  { key: ASCENDING, text: 'A to Z (ascending)' },
  { key: 'descending', text: 'Z to A (descending)' },
];
const groupOptions: PlainOption[] = [{ key: NO_GROUP, text: 'No grouping' }, ...REGISTER_DIMENSIONS.map((d) => ({ key: d, text: REGISTER_DIMENSION_LABELS[d] }))];

/**
 * Search, a filter per dimension, sort and group: every control is labelled and keyboard operable (native inputs and
 * selects, src/ui/plain: the register's first screen needs no Fluent Dropdown).
 */
export const RegisterControls: React.FC<{
  view: RegisterView;
  choices: Readonly<Record<RegisterDimension, string[]>>;
  onChange: (view: RegisterView) => void;
}> = ({ view, choices, onChange }) => (
  <div className={plainClasses.column} style={{ gap: 8 }}>
    <div className={plainClasses.row}>
      <PlainTextField
        type="search"
        label="Search pupils"
        ariaLabel="Search pupils"
        placeholder="Search by name, reference, school or need"
        value={view.query}
        onChange={(query) => onChange({ ...view, query })}
        width={300}
      />
      <PlainSelect label="Sort by" options={sortOptions} value={view.sortKey} onChange={(key) => onChange({ ...view, sortKey: key as RegisterSortKey })} width={180} />
      <PlainSelect label="Order" options={orderOptions} value={view.ascending ? ASCENDING : 'descending'} onChange={(key) => onChange({ ...view, ascending: key === ASCENDING })} width={180} />
      <PlainSelect
        label="Group by"
        options={groupOptions}
        value={view.groupBy ?? NO_GROUP}
        onChange={(key) => onChange({ ...view, groupBy: key === NO_GROUP ? undefined : (key as RegisterDimension) })}
        width={180}
      />
    </div>
    <div className={plainClasses.row} role="group" aria-label="Filters">
      {REGISTER_DIMENSIONS.map((d) => (
        <PlainSelect
          key={d}
          label={REGISTER_DIMENSION_LABELS[d]}
          options={[{ key: ALL, text: 'All' }, ...choices[d].map((c) => ({ key: c, text: c }))]}
          value={view.filter[d] ?? ALL}
          onChange={(key) => onChange({ ...view, filter: { ...view.filter, [d]: key === ALL ? undefined : key } })}
          width={200}
        />
      ))}
    </div>
  </div>
);
