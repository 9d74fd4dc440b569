import * as React from 'react';
import type { QueuedOutcome } from './outcomeQueue';

/** Keeps an outcome on this device without the sender (keepOutcome.ts, loaded with the outcome form). */
export type KeepHere = (user: string, at: Date, outcome: QueuedOutcome) => boolean;

/**
 * What the outcome form asks of Review meetings when SharePoint cannot be reached: keep the outcome on this device
 * (false when the browser would not keep it). Review meetings keeps it through the sender of outcomes kept on this
 * device (OfflineOutcomes.tsx) once that has loaded; before, with `keepHere`, which the form brings with it, so an
 * open form keeps an outcome when no code could load any more; the sender then loads (at once, or once the
 * connection is back) and sends it.
 */
export interface OutcomeKeeper {
  readonly keep: (outcome: QueuedOutcome, keepHere: KeepHere) => boolean;
}

export const OutcomeKeeperContext = React.createContext<OutcomeKeeper | undefined>(undefined);
