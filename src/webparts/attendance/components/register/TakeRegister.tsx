import * as React from 'react';
import { DefaultButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner } from '../../../../ui/plain/Spinner';
import { Stack } from '../../../../ui/plain/Stack';
import { Text } from '../../../../ui/plain/Text';
import { formatUkDate, isAheadOf, londonToday, validateRegisterDate, type Pupil, type SchoolSettings } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import type { Saved } from '../../../../data/ports';
import { LeaveGuard, useConfirmLeave } from '../../../../ui/leaveGuard';
import { useServices } from '../../../../ui/ServicesContext';
import { useAsync } from '../../../../ui/useAsync';
import { RecordProblemsWhenAny as RecordProblems } from '../../../../ui/RecordProblemsWhenAny';
import { RegisterControls } from './RegisterControls';
import { SessionRegister } from './SessionRegister';
import { defaultSession } from './registerModel';
import { OfflineRegistersContext, type RegisterKeeping } from './offlineQueueContext';
import { useLoadWhenKept } from '../../../../ui/offline/useLoadWhenKept';
import { forgetKept, keepRegister, REGISTER_KIND, registerId, registersKept } from './keepRegister';
import { KeptRegistersBar } from './KeptRegistersBar';
import type { QueuedRegister } from './offlineQueue';
import { FirstReadsContext, startFirstReads } from './firstReads';

/** "Take the register": choose the date and session, then mark every pupil expected (today's session, or the one asked for). */
export const TakeRegister: React.FC<{ readonly initialSession?: Session; readonly initialDate?: string }> = ({ initialSession, initialDate }) => {
  const { settings, pupils, attendance, pips, parentContacts, now } = useServices();
  const [firstDate] = React.useState(() => initialDate ?? londonToday(now()));
  const [state, reload] = useAsync(async () => {
    // The first register's own reads need only its date: started beside the settings and pupils (one round trip).
    const first = startFirstReads({ attendance, pips, parentContacts }, firstDate);
    const [s, p] = await Promise.all([settings.get(), pupils.list()]);
    return { settings: s, pupils: p.items, problems: p.problems, first };
  }, [settings, pupils, attendance, pips, parentContacts, firstDate]);
  return (
    <section aria-labelledby="take-register-heading">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="large" id="take-register-heading">
          Take the register
        </Text>
        {state.status === 'loading' && <Spinner label="Loading pupils and settings…" />}
        {state.status === 'error' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline actions={<DefaultButton text="Try again" onClick={reload} />}>
            The register could not be opened: {state.message}
          </MessageBar>
        )}
        {state.status === 'ready' && (
          <>
            <RecordProblems problems={state.value.problems} effect="those pupils are not on this register" />
            <LeaveGuard>
              <FirstReadsContext.Provider value={state.value.first}>
                <RegisterForDay settings={state.value.settings} pupils={state.value.pupils} initialSession={initialSession} initialDate={firstDate} />
              </FirstReadsContext.Provider>
            </LeaveGuard>
          </>
        )}
      </Stack>
    </section>
  );
};

/** The sending of registers kept on this device and its banner (chunk `attendance-offline`). */
const loadOffline = (): Promise<typeof import('./OfflineRegisters')> => import(/* webpackChunkName: 'attendance-offline' */ './OfflineRegisters');

const NO_CONFLICTS: readonly never[] = [];

const RegisterForDay: React.FC<{ settings: SchoolSettings; pupils: readonly Saved<Pupil>[]; initialSession?: Session; initialDate?: string }> = ({
  settings,
  pupils,
  initialSession,
  initialDate,
}) => {
  const { now, currentUser } = useServices();
  const user = currentUser.email;
  const [date, setDate] = React.useState(() => initialDate ?? londonToday(now()));
  const [session, setSession] = React.useState<Session>(() => initialSession ?? defaultSession(now(), settings));
  // Another date or session asks first while marks are unsaved (the controls show the register still open until then).
  const confirmLeave = useConfirmLeave();
  const check = validateRegisterDate(date, settings);
  const ahead = isAheadOf(date, londonToday(now()));
  // Registers saved here with no connection: sent when it is back; the open register loads again once they are. The
  // code that sends them and their banner loads with the first mark entered (so a save that finds no connection is
  // shown waiting), or at once when registers are kept here; until then a save with no connection is kept by
  // keepRegister and shown below, and the sending code loads when the connection is back.
  const [keptAtOpen] = React.useState(() => registersKept(user));
  const [entered, setEntered] = React.useState(false);
  const { loaded, markKept, retry } = useLoadWhenKept(REGISTER_KIND, user, entered || keptAtOpen, loadOffline);
  const [sender, setSender] = React.useState<RegisterKeeping | undefined>();
  const [keptHere, setKeptHere] = React.useState<readonly QueuedRegister[]>([]);
  const need = React.useCallback(() => setEntered(true), []);
  const keeping = React.useMemo(
    () =>
      sender
        ? { ...sender, need }
        : {
            version: 0,
            need,
            enqueue: (request: Parameters<RegisterKeeping['enqueue']>[0]): boolean => {
              const kept = keepRegister(user, now(), request);
              if (!kept) return false;
              setKeptHere((k) => [...k.filter((q) => registerId(q) !== registerId(kept)), kept]);
              markKept();
              return true;
            },
            settled: (d: string, s: string): void => {
              forgetKept(user, d, s);
              setKeptHere((k) => k.filter((q) => registerId(q) !== registerId({ date: d, session: s })));
            },
            conflictsFor: (): readonly never[] => NO_CONFLICTS,
          },
    [sender, need, user, now, markKept],
  );
  const Sender = loaded?.OfflineRegisters;
  const onOpen = (d: string, s: Session): void => {
    setDate(d);
    setSession(s);
  };
  return (
    <OfflineRegistersContext.Provider value={keeping}>
    <Stack tokens={{ childrenGap: 12 }}>
      {Sender ? (
        <Sender pupils={pupils} onOpen={onOpen} onChange={setSender} />
      ) : (
        <KeptRegistersBar waiting={keptHere} sending={false} onSendNow={retry} />
      )}
      <RegisterControls
        date={date}
        session={session}
        dateError={check.ok ? undefined : check.message}
        onDate={(d) => confirmLeave(() => setDate(d))}
        onSession={(s) => confirmLeave(() => setSession(s))}
      />
      {check.ok && ahead && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {formatUkDate(date)} has not happened yet. The register records what happened, so only what is known ahead can be entered now, each with the
          reason: a planned closure (#), leave already agreed (C, C1, C2, J1, M, R, S), an arranged activity (B, K, P, V, W), D or X.
        </MessageBar>
      )}
      {check.ok ? (
        <SessionRegister key={`${date}|${session}|${keeping.version}`} date={date} session={session} settings={settings} pupils={pupils} />
      ) : (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          No register for this date ({check.label}). Choose another date.
        </MessageBar>
      )}
    </Stack>
    </OfflineRegistersContext.Provider>
  );
};
