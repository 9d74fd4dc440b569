import * as React from 'react';
import { useServices } from '../../../../ui/ServicesContext';
import { useLoadWhenKept } from '../../../../ui/offline/useLoadWhenKept';
import type { QueuedEntry } from './entryQueue';

/** What the log view and the entry form need of the sending of entries kept on this device. */
export interface EntriesOffline {
  /** Goes up each time an entry kept here was sent (the entries load again). */
  readonly version: number;
  /** Keeps an entry that could not reach SharePoint; undefined until the sending has loaded (then nothing is kept). */
  readonly enqueue?: (payload: QueuedEntry) => boolean;
  /** The entry form is shown: the sending loads now, so an entry written when the connection drops can be kept. */
  readonly need: () => void;
}

type Sending = typeof import('./OfflineEntriesSending');

/** The sending and its banner (their own chunk): loaded once, by whichever asks first. */
export const loadEntrySending = (): Promise<Sending> => import(/* webpackChunkName: 'learning-logs-offline' */ './OfflineEntriesSending');

/** The offline queue's kind for learning-log entries. */
const ENTRY_KIND = 'learning-log-entry';

/**
 * Entries the person wrote on this device with no connection: their sending and banner (useOfflineEntries,
 * OfflineEntriesBanner) load at once when some are kept here (or, meanwhile, in another tab), or when the entry form
 * is shown (it may keep one); until then nothing is loaded for them. A load that fails (no connection) is tried
 * again when the browser is back online.
 */
export function useEntrySending(): { readonly offline: EntriesOffline; readonly banner: React.ReactNode } {
  const { currentUser } = useServices();
  const user = currentUser.email;
  const [wanted, setWanted] = React.useState(false);
  const Loaded = useLoadWhenKept(ENTRY_KIND, user, wanted, loadEntrySending).loaded?.OfflineEntriesSending;
  const [state, setState] = React.useState<{ readonly version: number; readonly enqueue?: (payload: QueuedEntry) => boolean }>({ version: 0 });

  const need = React.useCallback(() => setWanted(true), []);
  const offline = React.useMemo<EntriesOffline>(() => ({ ...state, need }), [state, need]);
  return { offline, banner: Loaded ? <Loaded onChange={setState} /> : null };
}
