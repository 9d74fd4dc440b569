import { putItem } from '../../../../../ui/offline/offlineQueue';
import { outcomeCodec, type QueuedOutcome } from './outcomeQueue';

/**
 * Keeps an outcome on this device as the sender's `enqueue` does (src/ui/offline/useOfflineSender.ts), for the outcome
 * form, which loads with it (chunk `review-outcome-form`): an open form keeps an outcome with no connection before the
 * sender has loaded, and the sender loads as soon as it can and sends it. False when the browser would not keep it.
 */
export function keepOutcome(user: string, at: Date, outcome: QueuedOutcome): boolean {
  return putItem(outcomeCodec, { kind: outcomeCodec.kind, id: outcomeCodec.idOf(outcome), user, queuedAt: at.toISOString(), payload: outcome });
}
