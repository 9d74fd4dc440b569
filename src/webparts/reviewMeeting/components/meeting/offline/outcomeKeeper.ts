import * as React from 'react';
import type { QueuedOutcome } from './outcomeQueue';

/**
 * What the outcome form asks of Review meetings when SharePoint cannot be reached: keep the outcome on this device
 * (false when the browser would not keep it). Review meetings keeps it through the sender of outcomes kept on this
 * device (OfflineOutcomes.tsx), which loads with the first meeting opened, or at once when some are kept already.
 */
export interface OutcomeKeeper {
  readonly keep: (outcome: QueuedOutcome) => boolean;
}

export const OutcomeKeeperContext = React.createContext<OutcomeKeeper | undefined>(undefined);
