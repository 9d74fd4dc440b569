import { z } from 'zod';
import { formatUkDate } from '../dates/isoDates';
import { choiceOf, isoDateSchema, itemIdSchema, requiredText } from '../common/fields';
import { LA_RETURN_SENT_WAYS } from '../vocabulary';

/**
 * The record of a part-time-timetable return sent to the local authority, kept with the file as it was sent
 * (the 'Pathways LA Returns' library): the period it covers, when, how and to whom it went, who sent it, and the
 * PIPs it listed. Staff record it; the product never sends the return itself.
 */
export const laReturnSentSchema = z
  .object({
    /** The half-term's label, 'Autumn 1 2026/27'. */
    period: requiredText('the period the return covers'),
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    sentOn: isoDateSchema,
    how: choiceOf(LA_RETURN_SENT_WAYS, 'how the return was sent'),
    sentTo: requiredText('who the return was sent to (an address, a portal or a name)'),
    sentBy: requiredText('who sent the return'),
    nil: z.boolean(),
    pupilCount: z.number().int().min(0),
    /** The PIPs the return listed (a return due at each agreement is met by one that listed its PIP). */
    pipIds: z.array(itemIdSchema),
    fileName: requiredText('the file name', 250).refine((n) => /\.(csv|xlsx)$/i.test(n) && !/["*:<>?\\|/#%]/.test(n), 'File the return as a .csv or .xlsx file'),
  })
  .superRefine((r, ctx) => {
    if (r.periodEnd < r.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The period must end on or after the day it starts' });
    if (r.sentOn < r.periodStart)
      ctx.addIssue({ code: 'custom', path: ['sentOn'], message: `Enter a date sent on or after the period began (${formatUkDate(r.periodStart)})` });
  });
export type LaReturnSent = z.infer<typeof laReturnSentSchema>;

