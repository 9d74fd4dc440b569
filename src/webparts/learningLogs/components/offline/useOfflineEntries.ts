import { useServices } from '../../../../ui/ServicesContext';
import { useOfflineSender, type OfflineSender } from '../../../../ui/offline/useOfflineSender';
import { ENTRY_WORDS, entryCodec, sendQueuedEntry, type EntryRefusal, type QueuedEntry } from './entryQueue';

export type OfflineEntries = OfflineSender<QueuedEntry, EntryRefusal>;

/**
 * The learning-log entries the person signed in wrote on this device with no connection (every pupil's, wherever
 * they were written): sent oldest first when a learning log opens, when the browser is back online, and by the
 * backing-off retry.
 */
export function useOfflineEntries(): OfflineEntries {
  const { learningLogs, currentUser, now } = useServices();
  return useOfflineSender({ codec: entryCodec, user: currentUser.email, now, words: ENTRY_WORDS, send: (item) => sendQueuedEntry(learningLogs, item) });
}
