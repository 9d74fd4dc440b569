import * as React from 'react';
import { DefaultButton, PrimaryButton } from '../../../../ui/plain/buttons';
import { MessageBar, MessageBarType } from '../../../../ui/plain/MessageBar';
import { Spinner, SpinnerSize } from '../../../../ui/plain/Spinner';
import { Stack } from '../../../../ui/plain/Stack';
import { Text } from '../../../../ui/plain/Text';
import { londonToday, type Pupil, type SchoolSettings } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import type { RegisterSnapshot, Saved } from '../../../../data/ports';
import { useUnsavedWork } from '../../../../ui/leaveGuard';
import { onDemand } from '../../../../ui/onDemand';
import { useServices } from '../../../../ui/ServicesContext';
import type { ConflictChoice } from './ConflictPanel';
import { prefillFor, type Prefill } from './prefill';
import { RegisterTable } from './RegisterTable';
import {
  buildRows,
  draftCount,
  markAllUnmarkedPresent,
  registerHasClosed,
  withArrival,
  withCode,
  withoutPupil,
  withReason,
  type AdvanceIssue,
  type Draft,
} from './registerModel';
import { takenText } from './registerWording';
import { draftKey, useRegisterDraft } from './useRegisterDraft';
import { loadAfterSave, loadSaving, useRegisterSave } from './useRegisterSave';
import { OfflineRegistersContext } from './offlineQueueContext';

/** The fire register loads when asked for (its own chunk, with its print styles). */
const FireRegisterView = onDemand('Loading the fire register…', () =>
  import(/* webpackChunkName: 'attendance-fire-register' */ './FireRegisterView').then((m) => m.FireRegisterView),
);

/**
 * First-day calling shows once the register has closed (not while it is being taken): its code, with the calls home
 * and the contact details of each pupil to call, loads then (its own chunk).
 */
const FirstDayCalling = onDemand('Loading first-day calling…', () =>
  import(/* webpackChunkName: 'attendance-first-day-calling' */ './FirstDayCalling').then((m) => m.FirstDayCalling),
);

/** Shown only when someone else changed a mark meanwhile: its code (ChoiceGroup, TextField) loads then. */
const ConflictPanel = onDemand('Loading the changes to compare…', () => import(/* webpackChunkName: 'attendance-conflicts' */ './ConflictPanel').then((m) => m.ConflictPanel));

export interface RegisterEditorProps {
  readonly snapshot: RegisterSnapshot;
  readonly settings: SchoolSettings;
  readonly pupils: readonly Saved<Pupil>[];
  readonly caption: string;
  /** The code a register entry starts with (C2 outside a PIP's timetable); default none. */
  readonly prefill?: Prefill;
  /** Pupils with a PIP in force that day (flagged beside their name). */
  readonly pipPupilIds?: ReadonlySet<number>;
  /** The rules of a register ahead of today, loaded with such a register (SessionRegister). */
  readonly advanceIssue?: AdvanceIssue;
}

/** One loaded register: the rows, saving, conflicts and first-day calling. */
export const RegisterEditor: React.FC<RegisterEditorProps> = ({ snapshot, settings, pupils, caption, prefill = prefillFor, pipPupilIds, advanceIssue }) => {
  const { attendance, currentUser, now } = useServices();
  const { date } = snapshot;
  const session: Session = snapshot.session;
  const { draft, update, restored } = useRegisterDraft(draftKey(currentUser.email, date, session));
  const saver = useRegisterSave(attendance, snapshot, currentUser, now, update);
  const [choices, setChoices] = React.useState<Record<number, ConflictChoice>>({});
  const [showRestored, setShowRestored] = React.useState(restored > 0);
  const [fire, setFire] = React.useState(false);

  const rowsFor = (d: Draft) => buildRows({ pupils, snapshot: saver.baseline, draft: d, settings, prefill, pipPupilIds, today: londonToday(now()), advanceIssue });
  const rows = React.useMemo(() => rowsFor(draft), [pupils, saver.baseline, draft, settings, pipPupilIds, advanceIssue]); // eslint-disable-line react-hooks/exhaustive-deps
  const busy = saver.status.kind === 'saving';
  const conflictIds = new Set(saver.conflicts.map((c) => c.pupilId));
  const unmarked = rows.filter((r) => r.onRoll && r.code === undefined).length;
  const unsaved = rows.filter((r) => r.changed).length;
  // Leaving asks first about the marks the person entered (the draft), not the C2 a PIP prefills, which comes back by itself.
  const entered = draftCount(draft);
  useUnsavedWork(entered > 0 ? `${entered} mark${entered === 1 ? '' : 's'} on the ${caption.replace(/^Register/, 'register')}` : undefined);
  // The save's own code (awaited at Save if it has not loaded by then), what follows a save, and the sending of registers kept on this device with no connection, load with the first
  // mark entered, so saving never waits for them (a failure is said after the save; a register kept meanwhile is sent
  // once the connection is back).
  const hasEntered = entered > 0;
  const needOffline = React.useContext(OfflineRegistersContext)?.need;
  React.useEffect(() => {
    if (!hasEntered) return;
    loadSaving().catch(() => undefined);
    loadAfterSave().catch(() => undefined);
    needOffline?.();
  }, [hasEntered, needOffline]);
  useMinuteTick(); // so first-day calling appears when the register closes while the page is open
  const closed = registerHasClosed(date, session, now(), settings);

  const onCode = (pupilId: number, code: string | undefined): void => {
    const row = rows.find((r) => r.pupilId === pupilId);
    if (row && code !== undefined && row.code === code && row.changed) update((d) => withoutPupil(d, pupilId));
    else update((d) => withCode(d, pupilId, code));
  };

  const applyChoices = (): void => {
    let next = draft;
    const overwrite = new Set<number>();
    const hold = new Set<number>();
    for (const c of saver.conflicts) {
      const choice = choices[c.pupilId];
      if (choice === 'theirs') next = withoutPupil(next, c.pupilId);
      else if (choice === 'mine') {
        overwrite.add(c.pupilId);
        if (next[String(c.pupilId)]?.code === undefined) next = withCode(next, c.pupilId, c.mine.code);
      } else hold.add(c.pupilId);
    }
    update(() => next);
    setChoices({});
    void saver.save({ rows: rowsFor(next), overwrite, hold });
  };

  const status = saver.status;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center">
        <Text block>{takenText(saver.baseline, currentUser)}</Text>
        {!fire && <DefaultButton text="Fire register: who is on site" onClick={() => setFire(true)} />}
      </Stack>
      {fire && <FireRegisterView date={date} session={session} pupils={pupils} unsaved={entered} onClose={() => setFire(false)} />}
      {showRestored && saver.status.kind === 'idle' && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline onDismiss={() => setShowRestored(false)} dismissButtonAriaLabel="Close">
          Restored {restored} unsaved mark{restored === 1 ? '' : 's'} from your last visit. Check them, then save the register.
        </MessageBar>
      )}
      <RegisterTable
        rows={rows}
        session={session}
        caption={caption}
        disabled={busy}
        failures={saver.failures}
        conflictIds={conflictIds}
        onCode={onCode}
        onArrival={(id, text) => update((d) => withArrival(d, id, text, session, settings))}
        onReason={(id, reason) => update((d) => withReason(d, id, reason))}
        onUndo={(id) => update((d) => withoutPupil(d, id))}
      />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="center">
        <DefaultButton
          text={`Mark all unmarked present (${unmarked})`}
          disabled={busy || unmarked === 0}
          onClick={() => update((d) => markAllUnmarkedPresent(d, rows, session))}
        />
        <PrimaryButton text="Save register" disabled={busy} onClick={() => void saver.save({ rows, hold: conflictIds })} />
        <Text>
          {unsaved === 0 ? 'No unsaved changes.' : `${unsaved} unsaved change${unsaved === 1 ? '' : 's'}.`} {unmarked} not marked.
        </Text>
      </Stack>
      <div role="status" aria-live="polite">
        {status.kind === 'saving' && <Spinner size={SpinnerSize.medium} label={status.message} ariaLive="off" labelPosition="right" />}
        {status.kind === 'done' && (
          <MessageBar role="none" messageBarType={status.clean ? MessageBarType.success : MessageBarType.warning} isMultiline>
            {status.message}
          </MessageBar>
        )}
        {status.kind === 'queued' && (
          <MessageBar role="none" messageBarType={MessageBarType.warning} isMultiline>
            {status.message}
          </MessageBar>
        )}
      </div>
      {status.kind === 'error' && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={<DefaultButton text="Try again" onClick={() => void saver.save({ rows, hold: conflictIds })} />}
        >
          {status.message}
        </MessageBar>
      )}
      {saver.conflicts.length > 0 && (
        <ConflictPanel
          conflicts={saver.conflicts}
          rows={rows}
          date={date}
          currentUser={currentUser}
          choices={choices}
          busy={busy}
          onChoose={(id, choice) => setChoices((c) => ({ ...c, [id]: choice }))}
          onReason={(id, reason) => update((d) => withReason(d, id, reason))}
          onApply={applyChoices}
        />
      )}
      {closed && (
        <FirstDayCalling rows={rows} date={date} closedAt={settings.sessions[session].registerCloses} sessionLabel={session === 'AM' ? 'morning' : 'afternoon'} />
      )}
    </Stack>
  );
};

/** Re-renders once a minute (time-dependent parts of the screen read the injected clock). */
function useMinuteTick(): void {
  const [, setTick] = React.useState(0);
  React.useEffect(() => {
    const timer = window.setInterval(() => setTick((t) => t + 1), 60000);
    return () => window.clearInterval(timer);
  }, []);
}
