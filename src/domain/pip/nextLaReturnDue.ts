import type { IsoDate } from '../dates/isoDates';
import { halfTermsOf } from './halfTerms';
import { laReturnsDue, type LaReturnDuePip, type LaReturnDueSettings, type LaReturnDue } from './laReturnDue';
import type { SentReturn } from './sentReturn';

/**
 * The next return to send, for the LA return tab: the earliest still due around today (laReturnsDue); failing
 * that, for half-termly returns, the first half-term ending after today with no return recorded. Returns due at
 * each agreement have no next one until a PIP is agreed (undefined).
 */
export function nextLaReturnDue(pips: readonly LaReturnDuePip[], today: IsoDate, settings: LaReturnDueSettings, sent: readonly SentReturn[]): LaReturnDue | undefined {
  const due = laReturnsDue(pips, today, settings, sent);
  if (due.length > 0) return due[0];
  if (settings.laPartTimeReturn.timing !== 'Half-termly') return undefined;
  const next = halfTermsOf(settings).find((h) => h.end > today && !sent.some((s) => s.period === h.label));
  return next ? { dueBy: next.end, halfTerm: next } : undefined;
}
