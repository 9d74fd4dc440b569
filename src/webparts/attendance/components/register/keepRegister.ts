import type { AttendanceMark } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';
import type { RegisterConflict, RegisterEntry, RegisterSaveRequest } from '../../../../data/ports';
import { putItem, removeItem, type QueueWriter } from '../../../../ui/offline/queueWrite';
import { hasQueued } from '../../../../ui/offline/queueKey';
import type { QueuedRegister } from './offlineQueue';

/**
 * Keeping a register on this device with no connection, without the code that reads the queue back and sends it
 * (offlineQueue.ts, useOfflineRegisters.ts: chunk `attendance-offline`, loaded with the first mark entered, or at once
 * when registers are kept here). The register's first screen keeps a save with this when that code has not loaded
 * (the connection went before the first mark); the sender then loads when the connection is back and sends it.
 */

/** The offline queue's kind for registers. */
export const REGISTER_KIND = 'register';

/** Where registers were kept before the queue was shared by every kind: read once and moved into it. */
export const LEGACY_REGISTER_KEY = 'pathwaysHub.registerQueue.v1';

export interface StoredRequest {
  date: string;
  session: Session;
  marks: AttendanceMark[];
  reasons: [number, string][];
  overwrite: number[];
  baseline: { date: string; session: Session; entries: RegisterEntry[]; takenBy?: string; takenAt?: string };
  takenBy: string;
  at: string;
}

/** The request as JSON: Maps and Sets as arrays; the baseline without what only the repository reads (ETags). */
export function toStored(request: RegisterSaveRequest): StoredRequest {
  const b = request.baseline;
  return {
    date: request.date,
    session: request.session,
    marks: [...request.marks],
    reasons: [...request.reasons.entries()],
    overwrite: [...(request.overwrite ?? [])],
    baseline: { date: b.date, session: b.session, entries: b.entries.map((e) => ({ pupilId: e.pupilId, ...(e.mark ? { mark: e.mark } : {}) })), takenBy: b.takenBy, takenAt: b.takenAt },
    takenBy: request.takenBy,
    at: request.at,
  };
}

export const registerId = (r: { date: string; session: string }): string => `${r.date}|${r.session}`;

/** The writing half of the register codec (offlineQueue.ts `registerCodec` adds reading back and the former key). */
const registerWriter: QueueWriter<RegisterSaveRequest, readonly RegisterConflict[]> = { kind: REGISTER_KIND, toStored, conflictToStored: (c) => c };

/**
 * Keeps the save as the sender's `enqueue` does (src/ui/offline/useOfflineSender.ts): one entry per person, date and
 * session, a later one replacing it. False when the browser would not keep it.
 */
export function keepRegister(user: string, at: Date, request: RegisterSaveRequest): QueuedRegister | undefined {
  const queuedAt = at.toISOString();
  const ok = putItem(registerWriter, { kind: REGISTER_KIND, id: registerId(request), user, queuedAt, payload: request });
  return ok ? { user, date: request.date, session: request.session, queuedAt, request } : undefined;
}

/** This register was saved by hand: nothing of it is waiting any more. */
export function forgetKept(user: string, date: string, session: string): void {
  removeItem({ kind: REGISTER_KIND, id: registerId({ date, session }), user });
}

/** Whether this browser keeps registers of the person (or any under the former key), without decoding them. */
export function registersKept(user: string): boolean {
  if (hasQueued(REGISTER_KIND, user)) return true;
  try {
    return typeof window !== 'undefined' && window.localStorage.getItem(LEGACY_REGISTER_KEY) !== null;
  } catch {
    return false;
  }
}

/** The pupils whose marks the person entered or changed (the request also carries the marks they left as they were). */
export function changedPupils(entry: Pick<QueuedRegister, 'request'>): ReadonlySet<number> {
  const loaded = new Map(entry.request.baseline.entries.map((e) => [e.pupilId, e.mark]));
  const changed = entry.request.marks.filter((m) => {
    const before = loaded.get(m.pupilId);
    return before === undefined || before.code !== m.code || before.minutesLate !== m.minutesLate || (before.note ?? '') !== (m.note ?? '');
  });
  return new Set(changed.map((m) => m.pupilId));
}
