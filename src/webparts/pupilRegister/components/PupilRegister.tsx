import * as React from 'react';
import { PrimaryButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { Text } from '../../../ui/plain/Text';
import { REGISTER_DIMENSIONS, dimensionChoices, filterPupils, groupPupils, leadTutorName, londonToday, sortPupils, type RegisterContext, type RegisterDimension } from '../../../domain';
import { nextPupilRef } from '../../../domain/pupils/pupilRef';
import { DataTable, type DataColumn, type DataGroup } from '../../../ui/DataTable';
import { PlainCheckbox, plainClasses } from '../../../ui/plain/PlainFields';
import { pupilIdFromPage } from '../../../ui/pupilFromPage';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { CensusExport } from './CensusExport';
import { addressWithPupil } from './pupilAddress';
import { RegisterControls, type RegisterView } from './RegisterControls';
import { SenSupportFlag } from './SenSupportFlag';
import { registerContext, toRegisterRow, type RegisterRow } from './registerRows';
import { onDemand } from '../../../ui/onDemand';

// A pupil's record and the enrolment form open from the register: their code loads when first opened.
const PupilRecord = onDemand('Loading the pupil record…', () => import(/* webpackChunkName: 'pupil-record' */ './record/PupilRecord').then((m) => m.PupilRecord));
const PupilForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'register-enrol' */ './enrol/PupilForm').then((m) => m.PupilForm));

type Row = RegisterRow & { readonly key: string };

/**
 * The register of additional need: every pupil the signed-in user may see, filtered, sorted and grouped; a name
 * opens the pupil's record (?pupil=<id>); those SharePoint lets add pupils can enrol one.
 */
export const PupilRegister: React.FC = () => {
  const { pupils, schools, userAccess, settings, now } = useServices();
  const [view, setView] = React.useState<RegisterView>({ query: '', filter: {}, sortKey: 'name', ascending: true });
  const [openId, setOpenId] = React.useState<number | undefined>(() => pupilIdFromPage());
  const [enrolling, setEnrolling] = React.useState(false);
  const [showLeavers, setShowLeavers] = React.useState(false);
  const [notice, setNotice] = React.useState<string | undefined>();
  const [fixed, setFixed] = React.useState<string | undefined>();
  const today = londonToday(now());
  const [state, reload] = useAsync(async () => {
    const [p, s, c, pru, rights] = await Promise.all([pupils.list(), schools.list(), schools.contacts(), userAccess.isPruStaff(), userAccess.pupilRights()]);
    // The lead tutors' names come with the pupils (the person column, expanded: each reader is sent the names of
    // their own pupils' tutors only, a home school's staff included); the addresses without one are asked after.
    const tutors = new Map<string, string>();
    for (const pupil of p.items) {
      const name = leadTutorName(pupil);
      if (name !== undefined && pupil.leadTutorEmail) tutors.set(pupil.leadTutorEmail.toLowerCase(), name);
    }
    return { pupils: p.items, schools: s.items, contacts: c.items, ctx: registerContext(s.items, c.items), problems: [...p.problems, ...s.problems, ...c.problems], pru, rights, tutors };
  }, [pupils, schools, userAccess]);

  React.useEffect(() => {
    const onPop = (): void => setOpenId(pupilIdFromPage());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const open = (id: number | undefined, message?: string): void => {
    window.history.pushState(null, '', addressWithPupil(window.location.href, id));
    setNotice(message);
    setEnrolling(false);
    setOpenId(id);
  };

  // A plain table (not Fluent's DetailsList, about 45 KB gzip more on the register's first load): a row header per
  // pupil, a header row per group.
  const columns: DataColumn<Row>[] = React.useMemo(
    () => [
      {
        key: 'name',
        header: 'Pupil',
        rowHeader: true,
        render: (row: Row) => (
          <a
            className={plainClasses.link}
            href={addressWithPupil(window.location.href, row.id)}
            onClick={(e) => {
              e.preventDefault();
              open(row.id);
            }}
          >
            {row.name}
          </a>
        ),
      },
      { key: 'yearGroup', header: 'Year', render: (row: Row) => row.yearGroup },
      { key: 'homeSchool', header: 'Home school', render: (row: Row) => row.homeSchool },
      { key: 'registration', header: 'Registration', render: (row: Row) => row.registration },
      { key: 'tier', header: 'Support tier', render: (row: Row) => row.tier },
      { key: 'provision', header: 'SEN provision', render: (row: Row) => row.provision },
      { key: 'needs', header: 'Needs (ranked)', render: (row: Row) => row.needs },
      { key: 'flags', header: 'Flags', render: (row: Row) => row.flags },
      { key: 'leadTutor', header: 'Lead tutor', render: (row: Row) => row.leadTutor },
    ],
    [state],
  );

  // Lead tutors by name (read with the pupils), not by e-mail address. A pupil whose person column is empty (its address
  // names no one of the organisation, or was changed by hand in SharePoint) has its tutor asked by address, after the
  // pupils: one batch, only then (a round trip more), the address shown until (or unless) a name is found.
  const tutors = state.status === 'ready' ? state.value.tutors : undefined;
  const askedName = usePeopleNames(state.status === 'ready' ? state.value.pupils.map((p) => p.leadTutorEmail).filter((e) => e !== undefined && !tutors?.has(e.toLowerCase())) : []);
  const ctxOf = React.useCallback(
    (base: RegisterContext): RegisterContext => ({ ...base, tutorName: (email: string) => tutors?.get(email.toLowerCase()) ?? askedName(email) ?? email }),
    [tutors, askedName],
  );

  const shown = React.useMemo(() => {
    if (state.status !== 'ready') return { rows: [] as Row[], groups: undefined as DataGroup[] | undefined, count: 0, of: 0 };
    const ctx = ctxOf(state.value.ctx);
    const current = showLeavers ? state.value.pupils : state.value.pupils.filter((p) => p.leavingDate === undefined || p.leavingDate >= today);
    const visible = sortPupils(filterPupils(current, view.filter, view.query, ctx), view.sortKey, view.ascending, ctx);
    if (!view.groupBy) return { rows: visible.map((p) => ({ ...toRegisterRow(p, ctx), key: String(p.id) })), groups: undefined, count: visible.length, of: current.length };
    const rows: Row[] = [];
    const groups: DataGroup[] = groupPupils(visible, view.groupBy, ctx).map((g) => {
      const startIndex = rows.length;
      g.pupils.forEach((p) => rows.push({ ...toRegisterRow(p, ctx), key: `${g.value}|${p.id}` }));
      return { key: g.value, name: `${g.value} (${g.pupils.length})`, startIndex, count: g.pupils.length };
    });
    return { rows, groups, count: visible.length, of: current.length };
  }, [state, view, showLeavers, today, ctxOf]);

  const choices = React.useMemo(() => {
    const out = {} as Record<RegisterDimension, string[]>;
    for (const d of REGISTER_DIMENSIONS) out[d] = state.status === 'ready' ? dimensionChoices(state.value.pupils, d, ctxOf(state.value.ctx)) : [];
    return out;
  }, [state, ctxOf]);

  if (openId !== undefined)
    return (
      <section aria-label="Pupil record">
        <PupilRecord key={openId} pupilId={openId} notice={notice} onBack={() => open(undefined)} onChanged={reload} />
      </section>
    );

  return (
    <section aria-labelledby="pupil-register-heading">
      <div className={plainClasses.column}>
        <Text as="h2" variant="xLarge" id="pupil-register-heading">
          {enrolling ? 'Enrol a pupil' : 'Pupil register'}
        </Text>
        {state.status === 'loading' && <Spinner label="Loading pupils…" />}
        {state.status === 'error' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<button onClick={reload}>Try again</button>}>
            {state.message}
          </MessageBar>
        )}
        {state.status === 'ready' && enrolling && (
          <PupilForm
            suggestedRef={nextPupilRef(state.value.pupils.map((p) => p.pupilRef))}
            today={today}
            schools={state.value.schools}
            contacts={state.value.contacts}
            onCancel={() => setEnrolling(false)}
            onSaved={(saved) => {
              reload();
              // What falls due first comes from the due calendar, loaded with the form (not on the register's first load).
              void Promise.all([settings.get(), import(/* webpackChunkName: 'register-enrol' */ './enrol/enrolledMessage')]).then(
                ([s, m]) => open(saved.id, m.enrolledMessage(saved, today, s, state.value.ctx.schoolName)),
                () => open(saved.id, `${saved.firstName} ${saved.lastName} was enrolled.`),
              );
            }}
          />
        )}
        {state.status === 'ready' && !enrolling && (
          <>
            {state.value.problems.length > 0 && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                {state.value.problems.length} record(s) could not be read and are not shown: {state.value.problems[0].message}
              </MessageBar>
            )}
            {state.value.pru && (
              <SenSupportFlag
                pupils={state.value.pupils}
                canEdit={state.value.rights.canEdit}
                schoolName={state.value.ctx.schoolName}
                onOpen={(id) => open(id)}
                onFixed={(message) => {
                  setFixed(message);
                  reload();
                }}
              />
            )}
            <div role="status">{fixed && <MessageBar messageBarType={MessageBarType.success}>{fixed}</MessageBar>}</div>
            {state.value.rights.canAdd && (
              <PrimaryButton text="Enrol a pupil" iconProps={{ iconName: 'AddFriend' }} onClick={() => setEnrolling(true)} style={{ alignSelf: 'flex-start' }} />
            )}
            <RegisterControls view={view} choices={choices} onChange={setView} />
            <PlainCheckbox label="Show pupils who have left" checked={showLeavers} onChange={setShowLeavers} />
            <Text role="status">
              {shown.count} of {shown.of} pupils shown
            </Text>
            <DataTable caption="Pupils on roll" hideCaption rows={shown.rows} groups={shown.groups} columns={columns} getKey={(row: Row) => row.key} empty="No pupils match." />
            {state.value.pru && <CensusExport pupils={state.value.pupils} today={today} />}
          </>
        )}
      </div>
    </section>
  );
};
