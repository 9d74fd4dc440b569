import * as React from 'react';
import type { RegisterConflict, RegisterSaveRequest } from '../../../../data/ports';
import type { QueuedRegister } from './offlineQueue';

export type QueueStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending'; readonly message: string }
  /** Sent (or some of them): what was saved, what was not and why. */
  | { readonly kind: 'sent'; readonly message: string; readonly clean: boolean }
  /** Could not be sent yet for a reason other than the connection (kept; tried again later). */
  | { readonly kind: 'stopped'; readonly message: string };

/** Registers saved on this device while there was no connection, and sending them when it is back. */
export interface OfflineRegisters {
  /** This person's registers waiting to be sent, oldest first. */
  readonly waiting: readonly QueuedRegister[];
  /** Sent, but some marks met marks someone else saved meanwhile: kept until the person chooses. */
  readonly withConflicts: readonly QueuedRegister[];
  readonly status: QueueStatus;
  /** Goes up each time a waiting register was sent (an open register loads again to show what is stored). */
  readonly version: number;
  /** Keeps a save that could not reach SharePoint; false when the browser would not keep it. */
  readonly enqueue: (request: RegisterSaveRequest) => boolean;
  /** This register was saved by the person on screen: nothing of it is waiting any more. */
  readonly settled: (date: string, session: string) => void;
  readonly conflictsFor: (date: string, session: string) => readonly RegisterConflict[];
  readonly sendNow: () => void;
}

export const OfflineRegistersContext = React.createContext<OfflineRegisters | undefined>(undefined);

/** The browser says it has no connection (navigator.onLine is false only when it surely has none). */
export const browserOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

/** A failure that says nothing reached SharePoint or its answer did not come back: keep the register and send it later. */
export function isConnectionFailure(e: unknown): boolean {
  const kind = typeof e === 'object' && e !== null ? (e as { kind?: unknown }).kind : undefined;
  return kind === 'network' || kind === 'unknown-outcome' || browserOffline();
}
