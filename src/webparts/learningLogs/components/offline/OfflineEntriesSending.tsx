import * as React from 'react';
import { OfflineEntriesBanner } from './OfflineEntriesBanner';
import type { QueuedEntry } from './entryQueue';
import { useOfflineEntries } from './useOfflineEntries';

/**
 * Sends the entries kept on this device (oldest first, when loaded, when the browser is back online, and by the
 * backing-off retry) and shows them (OfflineEntriesBanner); tells the page when one was sent and how to keep one.
 * Loaded by useEntrySending (chunk `learning-logs-offline`) only when there is something kept or the entry form shows.
 */
export const OfflineEntriesSending: React.FC<{ readonly onChange: (state: { readonly version: number; readonly enqueue: (payload: QueuedEntry) => boolean }) => void }> = ({
  onChange,
}) => {
  const queue = useOfflineEntries();
  const { version, enqueue } = queue;
  React.useEffect(() => onChange({ version, enqueue }), [onChange, version, enqueue]);
  return <OfflineEntriesBanner queue={queue} />;
};
