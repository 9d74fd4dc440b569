import * as React from 'react';
import { errorText } from '../errorText';
import { browserOffline, isConnectionFailure } from './connection';
import { putItem, readKind, removeItem, replaceItem, type Queued, type QueueCodec } from './offlineQueue';
import { plural } from './plural';

/** First retry 30 s after a failed attempt, doubling to at most 5 minutes (and at once when the browser is back online). */
export const FIRST_RETRY_MS = 30000;
export const LAST_RETRY_MS = 300000;

export { plural };

export type QueueStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending'; readonly message: string }
  /** Sent (or some of them): what was saved, what was not and why. */
  | { readonly kind: 'sent'; readonly message: string; readonly clean: boolean }
  /** Could not be sent yet (kept; tried again later). */
  | { readonly kind: 'stopped'; readonly message: string };

/** What sending one item came to. Throwing means it was not sent and stays waiting (sending stops there, in order). */
export interface SendOutcome<C> {
  readonly message: string;
  /** False when the message reports something the person should look at. */
  readonly clean: boolean;
  /** Refused or overtaken by someone else's change: kept with this, never sent again by itself. */
  readonly conflict?: C;
}

export interface SenderWords {
  /** "register", "learning-log entry". */
  readonly one: string;
  readonly many: string;
}

export interface OfflineSenderOptions<P, C> {
  readonly codec: QueueCodec<P, C>;
  readonly user: string;
  readonly now: () => Date;
  readonly words: SenderWords;
  /** Sends one item (its key and the state its page showed are in the payload); `note` adds to the message once sent. */
  readonly send: (item: Queued<P, C>, note: (text: string) => void) => Promise<SendOutcome<C>>;
}

export interface OfflineSender<P, C> {
  /** This person's items waiting to be sent, oldest first. */
  readonly waiting: readonly Queued<P, C>[];
  /** Sent and refused or overtaken: kept until the person deals with them. */
  readonly withConflicts: readonly Queued<P, C>[];
  readonly status: QueueStatus;
  /** Goes up each time an item was sent (a view of the records loads again). */
  readonly version: number;
  /** Keeps a save that could not reach SharePoint; false when the browser would not keep it. */
  readonly enqueue: (payload: P) => boolean;
  /** Takes this person's item out of the queue (saved by hand, or dealt with). */
  readonly remove: (id: string) => void;
  readonly sendNow: () => void;
}

/** Items of one kind being sent in this browser window (two views of the same kind never send one item twice at once). */
const inFlight = new Set<string>();

/**
 * Sends the person's queued items of one kind, oldest first, when the page opens, when the browser says it is back
 * online, and again after a failed attempt (30 s, doubling to 5 minutes). An item sent is taken out of the queue;
 * one that met a conflict stays with it. Sending stops at the first item that could not be sent (the order holds).
 */
export function useOfflineSender<P, C>({ codec, user, now, words, send: sendOne }: OfflineSenderOptions<P, C>): OfflineSender<P, C> {
  const mineOnly = React.useCallback(() => readKind(codec).filter((q) => q.user.toLowerCase() === user.toLowerCase()), [codec, user]);
  const [queue, setQueue] = React.useState<readonly Queued<P, C>[]>(mineOnly);
  const [status, setStatus] = React.useState<QueueStatus>({ kind: 'idle' });
  const [version, setVersion] = React.useState(0);
  const [failedAttempts, setFailedAttempts] = React.useState(0);
  const live = React.useRef(true);
  React.useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );
  const refresh = React.useCallback((): void => {
    if (live.current) setQueue(mineOnly());
  }, [mineOnly]);
  // The latest send and words, without sending again each time a caller passes new ones.
  const sendRef = React.useRef(sendOne);
  sendRef.current = sendOne;
  const wordsRef = React.useRef(words);
  wordsRef.current = words;

  const send = React.useCallback(async (): Promise<void> => {
    const lock = `${codec.kind}|${user.toLowerCase()}`;
    if (inFlight.has(lock)) return;
    const waiting = mineOnly().filter((q) => q.conflict === undefined);
    if (waiting.length === 0) return;
    inFlight.add(lock);
    const messages: string[] = [];
    const { one, many } = wordsRef.current;
    let clean = true;
    let sent = 0;
    try {
      for (const item of waiting) {
        if (live.current) setStatus({ kind: 'sending', message: `Sending ${plural(waiting.length, one, many)} saved on this device while offline…` });
        let outcome: SendOutcome<C>;
        try {
          outcome = await sendRef.current(item, (text) => {
            if (live.current) setStatus((s) => (s.kind === 'sent' ? { ...s, message: `${s.message} ${text}`, clean: false } : s));
          });
        } catch (e) {
          // Kept as they are: tried again when the connection is back, or after a while.
          const why = isConnectionFailure(e) ? 'SharePoint cannot be reached yet' : errorText(e).replace(/\.$/, '');
          const left = mineOnly().filter((q) => q.conflict === undefined).length;
          messages.push(`${plural(left, one, many)} still waiting to be saved (${why}); ${left === 1 ? 'it is' : 'they are'} kept on this device and sent again automatically.`);
          clean = false;
          if (live.current) setFailedAttempts((n) => n + 1);
          break;
        }
        sent++;
        if (outcome.conflict !== undefined) replaceItem(codec, { ...item, conflict: outcome.conflict });
        else removeItem(item);
        if (!outcome.clean) clean = false;
        messages.push(outcome.message);
      }
    } finally {
      inFlight.delete(lock);
    }
    if (!live.current) return;
    if (sent > 0) {
      setFailedAttempts(0);
      setVersion((v) => v + 1);
      setStatus({ kind: 'sent', message: messages.join(' '), clean });
    } else setStatus({ kind: 'stopped', message: messages.join(' ') });
    refresh();
  }, [codec, user, mineOnly, refresh]);

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
  const waitingCount = queue.filter((q) => q.conflict === undefined).length;
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
    (payload: P): boolean => {
      const ok = putItem(codec, { kind: codec.kind, id: codec.idOf(payload), user, queuedAt: now().toISOString(), payload });
      refresh();
      return ok;
    },
    [codec, user, now, refresh],
  );
  const remove = React.useCallback(
    (id: string): void => {
      if (!mineOnly().some((q) => q.id === id)) return;
      removeItem({ kind: codec.kind, id, user });
      refresh();
    },
    [codec, user, mineOnly, refresh],
  );
  return {
    waiting: queue.filter((q) => q.conflict === undefined),
    withConflicts: queue.filter((q) => q.conflict !== undefined),
    status,
    version,
    enqueue,
    remove,
    sendNow: () => void send(),
  };
}
