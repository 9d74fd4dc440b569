/**
 * Learning-log entries in the offline queue (src/ui/offline/offlineQueue.ts; kind 'learning-log-entry'): the entry
 * as it would have gone to SharePoint with the key made before the first attempt (PwClientKey: a re-send after a
 * lost answer finds the first copy), the pupil's reference for their folder, and the names shown while it waits.
 * Sending it once the connection is back either saves it or meets a refusal: the log was removed or moved to
 * another pupil, or the entry is refused by the repository's validation. A refusal is kept, with its reason and the
 * text for the person to copy, never dropped; a failure that may pass (no connection, SharePoint busy) waits.
 */
import { formatLondonDateTime, formatUkDate, learningLogEntrySchema, type LearningLogEntry } from '../../../../domain';
import type { ILearningLogRepository } from '../../../../data/ports';
import { plainErrorText } from '../../../../data/errors';
import { isPassingFailure } from '../../../../ui/offline/connection';
import type { Queued, QueueCodec } from '../../../../ui/offline/offlineQueue';
import type { SendOutcome } from '../../../../ui/offline/useOfflineSender';

export interface QueuedEntry {
  readonly entry: LearningLogEntry;
  readonly pupilRef: string;
  /** PwClientKey, made before the first attempt. */
  readonly clientKey: string;
  /** "Amara Okafor", "Autumn 2026/27": for the words shown while it waits. */
  readonly pupilName: string;
  readonly logName: string;
}

/** Why it was not saved once sent (kept with the text until the person has copied it). */
export interface EntryRefusal {
  readonly reason: string;
}

export const ENTRY_WORDS = { one: 'learning-log entry', many: 'learning-log entries' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';

export const entryCodec: QueueCodec<QueuedEntry, EntryRefusal> = {
  kind: 'learning-log-entry',
  idOf: (q) => q.clientKey,
  toStored: (q) => q,
  fromStored: (v) => {
    if (!isRecord(v) || !isText(v.pupilRef) || !isText(v.clientKey) || !isText(v.pupilName) || !isText(v.logName)) return undefined;
    const entry = learningLogEntrySchema.safeParse(v.entry);
    return entry.success ? { entry: entry.data, pupilRef: v.pupilRef, clientKey: v.clientKey, pupilName: v.pupilName, logName: v.logName } : undefined;
  },
  conflictToStored: (c) => c,
  conflictFromStored: (v) => (isRecord(v) && isText(v.reason) ? { reason: v.reason } : undefined),
};

/** "the Maths entry for Amara Okafor of 16/11/2026" */
export const entryTitle = (q: QueuedEntry): string => `the ${q.entry.subject} entry for ${q.pupilName} of ${formatUkDate(q.entry.entryDate)}`;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Sends one queued entry with its own key. Saved (or found saved by an earlier attempt whose answer was lost):
 * sent. Refused: a conflict with the reason. A failure that may pass is thrown: the entry waits, in order.
 */
export async function sendQueuedEntry(learningLogs: Pick<ILearningLogRepository, 'addEntry'>, item: Queued<QueuedEntry, EntryRefusal>): Promise<SendOutcome<EntryRefusal>> {
  const q = item.payload;
  const written = `written on this device on ${formatLondonDateTime(item.queuedAt)}`;
  try {
    await learningLogs.addEntry(q.entry, q.pupilRef, { clientKey: q.clientKey });
    return { message: `Sent ${entryTitle(q)}, ${written}: saved.`, clean: true };
  } catch (e) {
    const kind = typeof e === 'object' && e !== null ? (e as { kind?: unknown }).kind : undefined;
    // Stored, only not read back: nothing more to send (its words say so).
    if (kind === 'saved-unconfirmed') return { message: plainErrorText(e), clean: false };
    if (isPassingFailure(e)) throw e;
    const reason = plainErrorText(e);
    return {
      message: `${capital(entryTitle(q))}, ${written}, was not saved: ${reason} Its text is kept on this device for you to copy.`,
      clean: false,
      conflict: { reason },
    };
  }
}
