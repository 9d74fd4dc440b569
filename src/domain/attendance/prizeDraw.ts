import type { SchoolSettings } from '../settings/schoolSettings';

/**
 * Termly attendance prize draw (attendance policy, Stage 1): one ticket for a week with attendance above
 * settings.prizeDrawTicketAbovePercent (90%), and one more for a week at 100%. No possible sessions, no ticket.
 */
export function prizeDrawTickets(weekPercent: number | null, settings: Pick<SchoolSettings, 'prizeDrawTicketAbovePercent'>): number {
  if (weekPercent === null || Number.isNaN(weekPercent)) return 0;
  if (weekPercent <= settings.prizeDrawTicketAbovePercent) return 0;
  return weekPercent >= 100 ? 2 : 1;
}
