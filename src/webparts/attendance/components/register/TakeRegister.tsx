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
import { RecordProblems } from '../../../../ui/RecordProblems';
import { RegisterControls } from './RegisterControls';
import { SessionRegister } from './SessionRegister';
import { defaultSession } from './registerModel';
import { OfflineRegistersBanner } from './OfflineRegistersBanner';
import { OfflineRegistersContext } from './offlineQueueContext';
import { useOfflineRegisters } from './useOfflineRegisters';
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

const RegisterForDay: React.FC<{ settings: SchoolSettings; pupils: readonly Saved<Pupil>[]; initialSession?: Session; initialDate?: string }> = ({
  settings,
  pupils,
  initialSession,
  initialDate,
}) => {
  const { now } = useServices();
  const [date, setDate] = React.useState(() => initialDate ?? londonToday(now()));
  const [session, setSession] = React.useState<Session>(() => initialSession ?? defaultSession(now(), settings));
  // Another date or session asks first while marks are unsaved (the controls show the register still open until then).
  const confirmLeave = useConfirmLeave();
  const check = validateRegisterDate(date, settings);
  const ahead = isAheadOf(date, londonToday(now()));
  // Registers saved here with no connection: sent when it is back; the open register loads again once they are.
  const offline = useOfflineRegisters(pupils);
  return (
    <OfflineRegistersContext.Provider value={offline}>
    <Stack tokens={{ childrenGap: 12 }}>
      <OfflineRegistersBanner
        queue={offline}
        onOpen={(d, s) => {
          setDate(d);
          setSession(s);
        }}
      />
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
        <SessionRegister key={`${date}|${session}|${offline.version}`} date={date} session={session} settings={settings} pupils={pupils} />
      ) : (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          No register for this date ({check.label}). Choose another date.
        </MessageBar>
      )}
    </Stack>
    </OfflineRegistersContext.Provider>
  );
};
