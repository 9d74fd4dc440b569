import * as React from 'react';
import type { RegisterConflict, RegisterSaveRequest } from '../../../../data/ports';
import type { QueueStatus } from '../../../../ui/offline/useOfflineSender';
import type { QueuedRegister } from './offlineQueue';

export type { QueueStatus };

/** What the open register needs of keeping registers on this device with no connection, and of sending them. */
export interface RegisterKeeping {
  /** Goes up each time a waiting register was sent (an open register loads again to show what is stored). */
  readonly version: number;
  /** Keeps a save that could not reach SharePoint; false when the browser would not keep it. */
  readonly enqueue: (request: RegisterSaveRequest) => boolean;
  /** This register was saved by the person on screen: nothing of it is waiting any more. */
  readonly settled: (date: string, session: string) => void;
  readonly conflictsFor: (date: string, session: string) => readonly RegisterConflict[];
}

/** Registers saved on this device while there was no connection, and sending them when it is back (useOfflineRegisters). */
export interface OfflineRegisters extends RegisterKeeping {
  /** This person's registers waiting to be sent, oldest first. */
  readonly waiting: readonly QueuedRegister[];
  /** Sent, but some marks met marks someone else saved meanwhile: kept until the person chooses. */
  readonly withConflicts: readonly QueuedRegister[];
  readonly status: QueueStatus;
  readonly sendNow: () => void;
}

/** The open register's keeping: TakeRegister gives it, with `need` (a mark was entered: the sending code loads now). */
export const OfflineRegistersContext = React.createContext<(RegisterKeeping & { readonly need?: () => void }) | undefined>(undefined);

export { browserOffline, isConnectionFailure } from '../../../../ui/offline/connection';
