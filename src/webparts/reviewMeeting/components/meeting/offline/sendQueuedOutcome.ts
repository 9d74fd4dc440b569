/**
 * Sends one queued review outcome by the rules in outcomeQueue.ts. Its own chunk (with the saving of the review,
 * saveOutcomes): loaded only when an outcome waits on this device.
 */
import type { IServices } from '../../../../../composition/IServices';
import { plainErrorText } from '../../../../../data/errors';
import { formatLondonDateTime } from '../../../../../domain';
import { isPassingFailure } from '../../../../../ui/offline/connection';
import type { Queued } from '../../../../../ui/offline/offlineQueue';
import type { SendOutcome } from '../../../../../ui/offline/useOfflineSender';
import { saveOutcomes } from '../saveOutcomes';
import { outcomeOf, outcomeTitle, sameOutcome, type OutcomeConflict, type QueuedOutcome } from './outcomeQueue';

const kindOf = (e: unknown): unknown => (typeof e === 'object' && e !== null ? (e as { kind?: unknown }).kind : undefined);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Sends one queued outcome by the rules above. A failure that may pass (no connection, SharePoint busy) is thrown:
 * the outcome waits, in order.
 */
export async function sendQueuedOutcome(services: IServices, item: Queued<QueuedOutcome, OutcomeConflict>): Promise<SendOutcome<OutcomeConflict>> {
  const q = item.payload;
  const recorded = `recorded on this device on ${formatLondonDateTime(item.queuedAt)}`;
  const mine = outcomeOf(q.held);
  try {
    // Twice at most: someone saving between the read and the write (412) is looked at again.
    for (let attempt = 0; ; attempt++) {
      const current = await services.meetings.get(q.meetingId);
      const theirs = outcomeOf(current);
      if (current.etag !== q.shown.etag && !sameOutcome(theirs, mine) && !sameOutcome(theirs, outcomeOf(q.shown))) {
        return {
          message: `${capital(outcomeTitle(q))}, ${recorded}, was not saved: someone else recorded an outcome for this meeting meanwhile. Neither was overwritten: compare them below.`,
          clean: false,
          conflict: { reason: 'Someone else recorded an outcome for this meeting meanwhile.', theirs },
        };
      }
      try {
        const [pupil, settings, pip] = await Promise.all([
          services.pupils.get(current.pupilId),
          services.settings.get(),
          q.pipId !== undefined ? services.pips.get(q.pipId) : Promise.resolve(undefined),
        ]);
        const r = await saveOutcomes(services, {
          held: { ...current, ...mine },
          saved: current,
          pupil,
          settings,
          ...(pip ? { pip } : {}),
          ...(q.pipDecision ? { pipDecision: q.pipDecision } : {}),
          ...(q.newEndDate ? { newEndDate: q.newEndDate } : {}),
        });
        return { message: `Sent ${outcomeTitle(q)}, ${recorded}: ${r.messages.join(' ')}`, clean: r.ok };
      } catch (e) {
        if (kindOf(e) === 'conflict' && attempt === 0) continue;
        throw e;
      }
    }
  } catch (e) {
    if (isPassingFailure(e)) throw e;
    const reason = plainErrorText(e);
    return {
      message: `${capital(outcomeTitle(q))}, ${recorded}, was not saved: ${reason} What you recorded is kept on this device for you to copy.`,
      clean: false,
      conflict: { reason },
    };
  }
}
