import { putItem } from '../../../../../ui/offline/offlineQueue';
import { outcomeCodec, type QueuedOutcome } from './outcomeQueue';

/**
 * Keeps an outcome on this device as the sender's `enqueue` does (src/ui/offline/useOfflineSender.ts), for a first
 * screen whose outcome form must keep one with no connection before the sender has loaded (the Teams meeting panel):
 * the sender loads as soon as it can and sends it. False when the browser would not keep it.
 */
export function keepOutcome(user: string, at: Date, outcome: QueuedOutcome): boolean {
  return putItem(outcomeCodec, { kind: outcomeCodec.kind, id: outcomeCodec.idOf(outcome), user, queuedAt: at.toISOString(), payload: outcome });
}
