import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../ui/plain/MessageBar';
import { Spinner } from '../../../ui/plain/Spinner';
import { Stack } from '../../../ui/plain/Stack';
import { londonToday, learningLogTermOf, type Pupil } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { useServices } from '../../../ui/ServicesContext';
import { useAsync } from '../../../ui/useAsync';
import { usePeopleNames } from '../../../ui/usePeopleNames';
import { onDemand } from '../../../ui/onDemand';
import { PlainSelect } from '../../../ui/plain/PlainFields';
import { HalfTermEntries } from './HalfTermEntries';
import { LearningLogHeader } from './LearningLogHeader';
import { errorText } from '../../../ui/errorText';
import { loadEntrySending, useEntrySending, type EntriesOffline } from './offline/useEntrySending';

// PRU staff's forms load after the log is shown (Fluent's text fields, dropdown and checkbox stay off the first screen).
const AddSubjectForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'learning-logs-forms' */ './AddSubjectForm').then((m) => m.AddSubjectForm));
// The entry form shows once the sending of entries kept on this device has loaded too: it keeps an entry when the
// connection drops, when no code could load any more.
const AddEntryForm = onDemand('Loading the entry form…', async () => {
  const [m] = await Promise.all([import(/* webpackChunkName: 'learning-logs-forms' */ './AddEntryForm'), loadEntrySending()]);
  return m.AddEntryForm;
});

interface Props {
  readonly pupil: Saved<Pupil>;
  readonly canEdit: boolean;
  /** Entries kept on this device, when the page around it sends them (the learning logs web part); else its own. */
  readonly offline?: EntriesOffline;
}

/** One pupil's learning logs (one per term): the Appendix 3 header, entries by half-term, and quick entry for PRU staff. */
export const PupilLearningLog: React.FC<Props> = ({ offline, ...props }) => (offline ? <LogView {...props} offline={offline} /> : <WithOwnQueue {...props} />);

/** On a page that does not send entries kept on this device (the pupil record): this view sends them and says so. */
const WithOwnQueue: React.FC<Omit<Props, 'offline'>> = (props) => {
  const { offline, banner } = useEntrySending();
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {banner}
      <LogView {...props} offline={offline} />
    </Stack>
  );
};

const LogView: React.FC<Omit<Props, 'offline'> & { readonly offline: EntriesOffline }> = ({ pupil, canEdit, offline }) => {
  const { learningLogs, settings, schools, now } = useServices();
  const today = londonToday(now());
  const [logId, setLogId] = React.useState<number | undefined>();
  const [message, setMessage] = React.useState<string | undefined>();
  const [state, reload] = useAsync(async () => {
    const [logs, s, visibleSchools, contacts] = await Promise.all([learningLogs.forPupil(pupil.id), settings.get(), schools.list(), schools.contacts(pupil.homeSchoolId)]);
    return { logs: logs.items, problems: logs.problems, settings: s, schools: visibleSchools.items, contacts: contacts.items };
  }, [learningLogs, settings, schools, pupil.id]);
  const log = state.status === 'ready' ? (state.value.logs.find((l) => l.id === logId) ?? state.value.logs[0]) : undefined;
  // Entries written on this device with no connection are sent when it is back; the entries load again once they are.
  const [entries, reloadEntries] = useAsync(async () => (log ? (await learningLogs.entries(log.id)).items : []), [learningLogs, log?.id, offline.version]);
  // The entry form may keep an entry on this device: the sending of kept entries loads with it.
  const entryForm = canEdit && log !== undefined && log.subjects.length > 0;
  const { need } = offline;
  React.useEffect(() => {
    if (entryForm) need();
  }, [entryForm, need]);
  // "By" shows the teacher's name (the entry keeps their address; someone outside the site's user list stays an address).
  const byName = usePeopleNames(entries.status === 'ready' ? entries.value.map((e) => e.teacher) : []);

  if (state.status === 'loading') return <Spinner label={`Loading the learning logs of ${pupil.firstName} ${pupil.lastName}…`} />;
  if (state.status === 'error')
    return (
      <MessageBar messageBarType={MessageBarType.error} actions={<DefaultButton onClick={reload} text="Try again" />}>
        {state.message}
      </MessageBar>
    );

  const current = learningLogTermOf(today, state.value.settings.terms);
  const hasCurrent = state.value.logs.some((l) => l.academicYear === current.academicYear && l.term === current.term);
  const startLog = async (): Promise<void> => {
    setMessage(undefined);
    try {
      const previous = state.value.logs[0];
      const created = await learningLogs.create({ pupilId: pupil.id, ...current, subjects: previous ? previous.subjects : [] }, pupil.pupilRef);
      setLogId(created.id);
      reload();
    } catch (e) {
      setMessage(errorText(e));
    }
  };
  const homeSchool = pupil.homeSchoolId === undefined ? '—' : (state.value.schools.find((s) => s.id === pupil.homeSchoolId)?.name ?? 'Not visible to you');
  const named = state.value.contacts.filter((c) => pupil.namedContactIds.includes(c.id)).map((c) => c.fullName);

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {!canEdit && <MessageBar messageBarType={MessageBarType.info}>Read only: you can read this log; PRU staff add the entries.</MessageBar>}
      {state.value.problems.length > 0 && <MessageBar messageBarType={MessageBarType.warning}>{state.value.problems[0].message}</MessageBar>}
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
        {state.value.logs.length > 0 && (
          <PlainSelect
            label="Term"
            options={state.value.logs.map((l) => ({ key: String(l.id), text: `${l.term} ${l.academicYear}` }))}
            value={String(log?.id ?? '')}
            onChange={(key) => setLogId(Number(key))}
            width={200}
          />
        )}
        {canEdit && !hasCurrent && <DefaultButton text={`Start the ${current.term} ${current.academicYear} log`} onClick={() => void startLog()} />}
      </Stack>
      <div role="status">{message && <MessageBar messageBarType={MessageBarType.error}>{message}</MessageBar>}</div>
      {log === undefined ? (
        <p>No learning log yet for {pupil.firstName}.</p>
      ) : (
        <>
          <h3>
            Learning log: {pupil.firstName} {pupil.lastName}, {log.term} term {log.academicYear}
          </h3>
          <LearningLogHeader log={log} pupil={pupil} homeSchool={homeSchool} homeSchoolContacts={named.join(', ') || '—'} settings={state.value.settings} />
          {canEdit && <AddSubjectForm log={log} onSaved={reload} />}
          {canEdit && log.subjects.length > 0 && (
            <AddEntryForm log={log} pupilRef={pupil.pupilRef} pupilName={`${pupil.firstName} ${pupil.lastName}`} today={today} onAdded={reloadEntries} offline={offline} />
          )}
          {entries.status === 'loading' && <Spinner label="Loading the entries…" />}
          {entries.status === 'error' && <MessageBar messageBarType={MessageBarType.error}>{entries.message}</MessageBar>}
          {entries.status === 'ready' && (
            <HalfTermEntries log={log} entries={entries.value} settings={state.value.settings} today={today} byName={(email) => byName(email) ?? email} />
          )}
        </>
      )}
    </Stack>
  );
};
