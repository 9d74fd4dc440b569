import * as React from 'react';
import { OfflineOutcomesBanner } from './OfflineOutcomesBanner';
import { useOfflineOutcomes, type OfflineOutcomes as Sender } from './useOfflineOutcomes';

export interface OfflineOutcomesProps {
  /** Open a meeting (from an outcome that met someone else's). */
  readonly onOpen: (meetingId: number) => void;
  /** The sender as it is now, for the outcome form to keep an outcome through (called after each render). */
  readonly bind: (sender: Sender) => void;
  /** Goes up each time an outcome was sent (an open meeting loads again). */
  readonly onVersion: (version: number) => void;
}

/**
 * The review outcomes kept on this device: their sending (oldest first, when the page opens, when the browser is back
 * online, and by the backing-off retry) and the banner that shows them. Review meetings loads this (chunk
 * `review-offline`) with the first meeting opened, whose form may keep an outcome, or at once when the person has
 * outcomes kept already (src/ui/offline/queueKey.ts); the Teams meeting panel, which opens on a meeting and keeps an
 * outcome without it (keepOutcome.ts), once it has kept one.
 */
export const OfflineOutcomes: React.FC<OfflineOutcomesProps> = ({ onOpen, bind, onVersion }) => {
  const queue = useOfflineOutcomes();
  React.useLayoutEffect(() => bind(queue));
  React.useEffect(() => onVersion(queue.version), [onVersion, queue.version]);
  return <OfflineOutcomesBanner queue={queue} onOpen={onOpen} />;
};
