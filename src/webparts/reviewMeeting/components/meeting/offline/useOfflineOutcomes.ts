import { useServices } from '../../../../../ui/ServicesContext';
import { useOfflineSender, type OfflineSender } from '../../../../../ui/offline/useOfflineSender';
import { OUTCOME_WORDS, outcomeCodec, type OutcomeConflict, type QueuedOutcome } from './outcomeQueue';

export type OfflineOutcomes = OfflineSender<QueuedOutcome, OutcomeConflict>;

/**
 * The review outcomes the person signed in recorded on this device with no connection: sent oldest first when
 * Review meetings opens, when the browser is back online, and by the backing-off retry. The sending code loads with
 * the first outcome to send (a chunk that cannot load yet is a failure that passes: the outcome waits, in order).
 */
export function useOfflineOutcomes(): OfflineOutcomes {
  const services = useServices();
  return useOfflineSender({
    codec: outcomeCodec,
    user: services.currentUser.email,
    now: services.now,
    words: OUTCOME_WORDS,
    send: async (item) => (await import(/* webpackChunkName: 'review-outcome-send' */ './sendQueuedOutcome')).sendQueuedOutcome(services, item),
  });
}
