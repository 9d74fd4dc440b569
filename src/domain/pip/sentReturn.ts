import { z } from 'zod';
import { isoDateSchema, itemIdSchema, requiredText } from '../common/fields';

/**
 * What ends an LA return's reminder (laReturnsDue): the period a return recorded as sent covers, the day it was sent
 * and the PIPs it listed. Today reads only these of each record (the LA returns' `sent`); the whole record is
 * laReturnSent.ts. The same rules as the whole record's for these columns.
 */
export const sentReturnSchema = z.object({
  period: requiredText('the period the return covers'),
  sentOn: isoDateSchema,
  pipIds: z.array(itemIdSchema),
});
export type SentReturn = z.infer<typeof sentReturnSchema>;
