import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn, type IGroup } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { REGISTER_DIMENSIONS, dimensionChoices, filterPupils, groupPupils, londonToday, sortPupils, type Pupil, type RegisterDimension } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import { CensusExport } from './CensusExport';
import { ChangeSupportPanel } from './ChangeSupportPanel';
import { RegisterControls, type RegisterView } from './RegisterControls';
import { registerContext, toRegisterRow, type RegisterRow } from './registerRows';

type Row = RegisterRow & { readonly key: string };

/** The register of additional need: every pupil the signed-in user may see, filtered, sorted and grouped. */
export const PupilRegister: React.FC = () => {
  const { pupils, schools, userAccess, now } = useServices();
  const [view, setView] = React.useState<RegisterView>({ query: '', filter: {}, sortKey: 'name', ascending: true });
  const [editing, setEditing] = React.useState<{ pupil: Saved<Pupil>; names: ReturnType<typeof registerContext> } | undefined>();
  const today = londonToday(now());
  const [state, reload] = useAsync(async () => {
    const [p, s, c, pru] = await Promise.all([pupils.list(), schools.list(), schools.contacts(), userAccess.isPruStaff()]);
    return { pupils: p.items, ctx: registerContext(s.items, c.items), problems: [...p.problems, ...s.problems, ...c.problems], pru };
  }, [pupils, schools, userAccess]);

  const columns: IColumn[] = React.useMemo(
    () => [
      {
        key: 'name',
        name: 'Pupil',
        fieldName: 'name',
        minWidth: 150,
        maxWidth: 200,
        isRowHeader: true,
        onRender: (row: Row) =>
          state.status === 'ready' && state.value.pru ? (
            <Link
              onClick={() => {
                const pupil = state.value.pupils.find((p) => p.id === row.id);
                if (pupil) setEditing({ pupil, names: state.value.ctx });
              }}
              aria-label={`Change support for ${row.name}`}
            >
              {row.name}
            </Link>
          ) : (
            row.name
          ),
      },
      { key: 'yearGroup', name: 'Year', fieldName: 'yearGroup', minWidth: 40, maxWidth: 50 },
      { key: 'homeSchool', name: 'Home school', fieldName: 'homeSchool', minWidth: 140, maxWidth: 220 },
      { key: 'registration', name: 'Registration', fieldName: 'registration', minWidth: 70, maxWidth: 90 },
      { key: 'tier', name: 'Support tier', fieldName: 'tier', minWidth: 150, maxWidth: 220 },
      { key: 'provision', name: 'SEN provision', fieldName: 'provision', minWidth: 110, maxWidth: 180 },
      { key: 'needs', name: 'Needs (ranked)', fieldName: 'needs', minWidth: 80, maxWidth: 120 },
      { key: 'flags', name: 'Flags', fieldName: 'flags', minWidth: 100 },
      { key: 'leadTutor', name: 'Lead tutor', fieldName: 'leadTutor', minWidth: 120 },
    ],
    [state],
  );

  const shown = React.useMemo(() => {
    if (state.status !== 'ready') return { rows: [] as Row[], groups: undefined as IGroup[] | undefined, count: 0 };
    const { ctx } = state.value;
    const visible = sortPupils(filterPupils(state.value.pupils, view.filter, view.query, ctx), view.sortKey, view.ascending, ctx);
    if (!view.groupBy) return { rows: visible.map((p) => ({ ...toRegisterRow(p, ctx), key: String(p.id) })), groups: undefined, count: visible.length };
    const rows: Row[] = [];
    const groups: IGroup[] = groupPupils(visible, view.groupBy, ctx).map((g) => {
      const startIndex = rows.length;
      g.pupils.forEach((p) => rows.push({ ...toRegisterRow(p, ctx), key: `${g.value}|${p.id}` }));
      return { key: g.value, name: `${g.value} (${g.pupils.length})`, startIndex, count: g.pupils.length };
    });
    return { rows, groups, count: visible.length };
  }, [state, view]);

  const choices = React.useMemo(() => {
    const out = {} as Record<RegisterDimension, string[]>;
    for (const d of REGISTER_DIMENSIONS) out[d] = state.status === 'ready' ? dimensionChoices(state.value.pupils, d, state.value.ctx) : [];
    return out;
  }, [state]);

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
            <RegisterControls view={view} choices={choices} onChange={setView} />
            <Text role="status">
              {shown.count} of {state.value.pupils.length} pupils shown
            </Text>
            <DetailsList
              items={shown.rows}
              groups={shown.groups}
              columns={columns}
              selectionMode={SelectionMode.none}
              layoutMode={DetailsListLayoutMode.justified}
              ariaLabelForGrid="Pupils on roll"
              getKey={(row: Row) => row.key}
            />
            {state.value.pru && <CensusExport pupils={state.value.pupils} today={today} />}
          </>
        )}
        {editing && (
          <ChangeSupportPanel
            pupil={editing.pupil}
            today={today}
            names={editing.names}
            onClose={() => setEditing(undefined)}
            onSaved={(saved) => {
              setEditing({ ...editing, pupil: saved });
              reload();
            }}
          />
        )}
      </Stack>
    </section>
  );
};
