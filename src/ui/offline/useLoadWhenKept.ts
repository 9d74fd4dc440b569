import * as React from 'react';
import { hasQueued, QUEUE_KEY } from './queueKey';

/** The code that sends what the offline queue keeps, once loaded, and a way to say something was kept without it. */
export interface LoadWhenKept<T> {
  /** What `load` gave, once it has loaded. */
  readonly loaded: T | undefined;
  /** Something of the kind was kept on this device without the loaded code: load it now (or once the connection is back). */
  readonly markKept: () => void;
  /** Tries the load again now (the person asked to send; it is tried by itself when the browser is back online). */
  readonly retry: () => void;
}

/**
 * The code that sends what the offline queue keeps on this device (its own chunk), loaded only when needed: at once
 * when the person has something of `kind` kept here (`hasQueued`, a read of the queue's key without decoding) or
 * another tab keeps one meanwhile (the `storage` event), when `needed` (a screen that may keep one is shown), or after
 * `markKept`. Until then nothing is loaded for it. A load that fails (no connection) is tried again when the browser
 * is back online. `load` must be the same function at every render (a module-level loader).
 */
export function useLoadWhenKept<T>(kind: string, user: string, needed: boolean, load: () => Promise<T>): LoadWhenKept<T> {
  const [kept, setKept] = React.useState(() => hasQueued(kind, user));
  const [loaded, setLoaded] = React.useState<{ readonly value: T } | undefined>();
  const [attempt, setAttempt] = React.useState(0);
  const done = loaded !== undefined;

  React.useEffect(() => {
    if (done || kept) return undefined;
    const storage = (e: StorageEvent): void => {
      if (e.key === QUEUE_KEY && hasQueued(kind, user)) setKept(true);
    };
    window.addEventListener('storage', storage);
    return () => window.removeEventListener('storage', storage);
  }, [done, kept, kind, user]);

  React.useEffect(() => {
    if (done || !(kept || needed)) return undefined;
    let live = true;
    const tryLoad = (): void =>
      void load().then(
        (value) => live && setLoaded({ value }),
        () => undefined, // no connection: tried again when the browser is back online
      );
    tryLoad();
    window.addEventListener('online', tryLoad);
    return () => {
      live = false;
      window.removeEventListener('online', tryLoad);
    };
  }, [done, kept, needed, load, attempt]);

  const markKept = React.useCallback(() => setKept(true), []);
  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { loaded: loaded?.value, markKept, retry };
}
