import * as React from 'react';
import type { Pupil } from '../../../../domain';
import type { RegisterSaveRequest, RegisterSaveResult, Saved } from '../../../../data/ports';
import { useServices } from '../../../../ui/ServicesContext';
import { errorText } from '../../../../ui/errorText';
import { followUpRegisterSave } from './afterSave';
import { changedPupils, enqueueRegister, readQueue, removeQueued, replaceQueued, sameRegister, type QueuedRegister } from './offlineQueue';
import { browserOffline, isConnectionFailure, type OfflineRegisters, type QueueStatus } from './offlineQueueContext';
import { draftAfterSave, formatLondonDateTime } from './registerModel';
import { registerTitle } from './SessionRegister';
import { draftKey, readDraft, writeDraft } from './useRegisterDraft';

/** First retry 30 s after a failed attempt, doubling to at most 5 minutes (and at once when the browser is back online). */
const FIRST_RETRY_MS = 30000;
const LAST_RETRY_MS = 300000;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "Sent the register for Friday 20/11/2026, morning (AM), taken on this device on 20/11/2026 at 09:05: 12 marks saved." */
export function sentMessage(entry: QueuedRegister, r: RegisterSaveResult, nameOf: (pupilId: number) => string): string {
  // Marks changed on that page but found stored already (an earlier attempt whose answer was lost had saved them).
  const changed = changedPupils(entry);
  const already = r.unchanged.filter((id) => changed.has(id)).length;
  const parts = [
    `Sent the register for ${registerTitle(entry.date, entry.session)}, taken on this device on ${formatLondonDateTime(entry.request.at)}: ${plural(r.saved.length, 'mark')} saved${already > 0 ? ` (${plural(already, 'mark was', 'marks were')} already saved)` : ''}.`,
  ];
  if (r.conflicts.length > 0)
    parts.push(
      `${plural(r.conflicts.length, 'mark was', 'marks were')} changed by someone else meanwhile (${r.conflicts.map((c) => nameOf(c.pupilId)).join(', ')}): nothing of theirs was overwritten. Open this register to choose what to keep.`,
    );
  if (r.failures.length > 0)
    parts.push(`${plural(r.failures.length, 'mark')} not saved: ${r.failures.map((f) => `${nameOf(f.pupilId)}: ${f.message}`).join(' ')} Open this register to correct ${r.failures.length === 1 ? 'it' : 'them'}.`);
  return parts.join(' ');
}

/**
 * The offline queue of the person signed in: registers they saved with no connection are sent, oldest first, when
 * the page opens, when the browser says it is back online, and again after a failed attempt (30 s, doubling to
 * 5 minutes). A register sent is taken out of the queue and its saved marks out of the draft kept on this device;
 * marks that met someone else's are kept, with those conflicts, until the person chooses in the register.
 */
export function useOfflineRegisters(pupils: readonly Saved<Pupil>[]): OfflineRegisters {
  const services = useServices();
  const { attendance, currentUser } = services;
  const user = currentUser.email;
  const mineOnly = React.useCallback(() => readQueue().filter((q) => q.user.toLowerCase() === user.toLowerCase()), [user]);
  const [queue, setQueue] = React.useState<readonly QueuedRegister[]>(mineOnly);
  const [status, setStatus] = React.useState<QueueStatus>({ kind: 'idle' });
  const [version, setVersion] = React.useState(0);
  const [failedAttempts, setFailedAttempts] = React.useState(0);
  const busy = React.useRef(false);
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );
  const names = React.useMemo(() => new Map(pupils.map((p) => [p.id, `${p.firstName} ${p.lastName}`])), [pupils]);
  const nameOf = React.useCallback((id: number) => names.get(id) ?? `pupil ${id}`, [names]);
  const refresh = React.useCallback((): void => {
    if (live.current) setQueue(mineOnly());
  }, [mineOnly]);

  const send = React.useCallback(async (): Promise<void> => {
    if (busy.current) return;
    const waiting = mineOnly().filter((q) => q.conflicts === undefined);
    if (waiting.length === 0) return;
    busy.current = true;
    const messages: string[] = [];
    let clean = true;
    let sent = 0;
    try {
      for (const entry of waiting) {
        if (live.current) setStatus({ kind: 'sending', message: `Sending ${plural(waiting.length, 'register')} saved on this device while offline…` });
        let r: RegisterSaveResult;
        try {
          r = await attendance.saveRegister(entry.request);
        } catch (e) {
          // Kept as they are: tried again when the connection is back, or after a while.
          const why = isConnectionFailure(e) ? 'SharePoint cannot be reached yet' : errorText(e).replace(/\.$/, '');
          messages.push(`${plural(mineOnly().filter((q) => q.conflicts === undefined).length, 'register')} still waiting to be saved (${why}); they are kept on this device and sent again automatically.`);
          clean = false;
          if (live.current) setFailedAttempts((n) => n + 1);
          break;
        }
        sent++;
        const key = draftKey(entry.user, entry.date, entry.session);
        writeDraft(key, draftAfterSave(readDraft(key), [...r.saved, ...r.unchanged]));
        if (r.conflicts.length > 0) replaceQueued({ ...entry, conflicts: r.conflicts });
        else removeQueued(entry);
        if (r.conflicts.length > 0 || r.failures.length > 0) clean = false;
        messages.push(sentMessage(entry, r, nameOf));
        followUpRegisterSave(services, entry.request, r, (note) => live.current && setStatus((s) => (s.kind === 'sent' ? { ...s, message: `${s.message} ${note}`, clean: false } : s)));
      }
    } finally {
      busy.current = false;
    }
    if (!live.current) return;
    if (sent > 0) {
      setFailedAttempts(0);
      setVersion((v) => v + 1);
      setStatus({ kind: 'sent', message: messages.join(' '), clean });
    } else setStatus({ kind: 'stopped', message: messages.join(' ') });
    refresh();
  }, [attendance, mineOnly, nameOf, refresh, services]);

  // At once when the page opens, and whenever the browser says the connection is back.
  React.useEffect(() => {
    if (!browserOffline()) void send();
    const online = (): void => void send();
    const storage = (): void => refresh(); // another tab changed the queue
    window.addEventListener('online', online);
    window.addEventListener('storage', storage);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('storage', storage);
    };
  }, [send, refresh]);

  // Again after a while, in case the browser never says it is online (a connection that came back quietly).
  const waitingCount = queue.filter((q) => q.conflicts === undefined).length;
  React.useEffect(() => {
    if (waitingCount === 0) return undefined;
    const delay = Math.min(FIRST_RETRY_MS * 2 ** failedAttempts, LAST_RETRY_MS);
    const timer = window.setTimeout(() => {
      if (!browserOffline()) void send();
      else setFailedAttempts((n) => n + 1);
    }, delay);
    return () => window.clearTimeout(timer);
  }, [waitingCount, failedAttempts, send]);

  const enqueue = React.useCallback(
    (request: RegisterSaveRequest): boolean => {
      const ok = enqueueRegister({ user, date: request.date, session: request.session, queuedAt: services.now().toISOString(), request });
      refresh();
      return ok;
    },
    [user, refresh, services],
  );
  const settled = React.useCallback(
    (date: string, session: string) => {
      if (!mineOnly().some((q) => sameRegister(q, { user, date, session }))) return;
      removeQueued({ user, date, session });
      refresh();
    },
    [user, mineOnly, refresh],
  );
  const conflictsFor = React.useCallback(
    (date: string, session: string) => queue.find((q) => q.date === date && q.session === session)?.conflicts ?? [],
    [queue],
  );
  return {
    waiting: queue.filter((q) => q.conflicts === undefined),
    withConflicts: queue.filter((q) => q.conflicts !== undefined),
    status,
    version,
    enqueue,
    settled,
    conflictsFor,
    sendNow: () => void send(),
  };
}
