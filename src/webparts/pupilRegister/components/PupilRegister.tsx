import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn } from '@fluentui/react/lib/DetailsList';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import { SUPPORT_TIERS } from '../../../domain/vocabulary';
import { toRegisterRows, filterRows, type RegisterRow } from './registerRows';

const columns: IColumn[] = [
  { key: 'name', name: 'Pupil', fieldName: 'name', minWidth: 140, maxWidth: 200, isRowHeader: true },
  { key: 'yearGroup', name: 'Year', fieldName: 'yearGroup', minWidth: 40, maxWidth: 50 },
  { key: 'homeSchool', name: 'Home school', fieldName: 'homeSchool', minWidth: 140, maxWidth: 220 },
  { key: 'registration', name: 'Registration', fieldName: 'registration', minWidth: 70, maxWidth: 90 },
  { key: 'tier', name: 'Support tier', fieldName: 'tier', minWidth: 150, maxWidth: 220 },
  { key: 'provision', name: 'SEN provision', fieldName: 'provision', minWidth: 110, maxWidth: 140 },
  { key: 'needs', name: 'Needs', fieldName: 'needs', minWidth: 80, maxWidth: 120 },
  { key: 'flags', name: 'Flags', fieldName: 'flags', minWidth: 100 },
];

const ALL = '';
const tierOptions: IDropdownOption[] = [{ key: ALL, text: 'All tiers' }, ...SUPPORT_TIERS.map((t) => ({ key: t, text: t }))];

/** The register of additional need: every pupil the signed-in user may see. */
export const PupilRegister: React.FC = () => {
  const { pupils, schools } = useServices();
  const [query, setQuery] = React.useState('');
  const [tier, setTier] = React.useState<string>(ALL);
  const [state, reload] = useAsync(async () => {
    const [p, s] = await Promise.all([pupils.list(), schools.list()]);
    return { rows: toRegisterRows(p.items, s.items), problems: [...p.problems, ...s.problems] };
  }, [pupils, schools]);

  const visible: RegisterRow[] = React.useMemo(
    () => (state.status === 'ready' ? filterRows(state.value.rows, { query, tier: tier === ALL ? undefined : tier }) : []),
    [state, query, tier],
  );

  return (
    <section aria-labelledby="pupil-register-heading">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="xLarge" id="pupil-register-heading">
          Pupil register
        </Text>
        {state.status === 'loading' && <Spinner label="Loading pupils…" />}
        {state.status === 'error' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<button onClick={reload}>Try again</button>}>
            {state.message}
          </MessageBar>
        )}
        {state.status === 'ready' && (
          <>
            {state.value.problems.length > 0 && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                {state.value.problems.length} record(s) could not be read and are not shown: {state.value.problems[0].message}
              </MessageBar>
            )}
            <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
              <SearchBox
                placeholder="Search by name, school or need"
                ariaLabel="Search pupils"
                value={query}
                onChange={(_e, v) => setQuery(v ?? '')}
                styles={{ root: { width: 280 } }}
              />
              <Dropdown
                label="Support tier"
                options={tierOptions}
                selectedKey={tier}
                onChange={(_e, o) => setTier(String(o?.key ?? ALL))}
                styles={{ root: { width: 260 } }}
              />
            </Stack>
            <Text role="status">
              {visible.length} of {state.value.rows.length} pupils shown
            </Text>
            <DetailsList
              items={visible}
              columns={columns}
              selectionMode={SelectionMode.none}
              layoutMode={DetailsListLayoutMode.justified}
              ariaLabelForGrid="Pupils on roll"
              getKey={(row: RegisterRow) => String(row.id)}
            />
          </>
        )}
      </Stack>
    </section>
  );
};

