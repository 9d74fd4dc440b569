import { z } from 'zod';
import { requiredText } from '../common/fields';

/**
 * What Today shows of a message that failed (the notifications log's `failed`): its subject and how many attempts
 * were made; the rest of the entry (notificationRecord.ts: recipients, the message, the link…) is neither asked of
 * SharePoint nor loaded. The same rules as the whole entry's for these columns.
 */
export const failedNotificationSchema = z
  .object({
    subject: requiredText('the subject'),
    outcome: z.literal('Failed'),
    attempts: z.number().int().min(0, 'Attempts cannot be negative').default(0),
  })
  .superRefine((n, ctx) => {
    if (n.attempts < 1) ctx.addIssue({ code: 'custom', path: ['attempts'], message: 'A sent or failed notification has at least one attempt' });
  });
export type FailedNotification = z.infer<typeof failedNotificationSchema>;
