import { z } from 'zod';
import { choiceOf, emailSchema, isoDateTimeSchema, itemIdSchema, optionalText, requiredText } from '../common/fields';
import { NOTIFICATION_OUTCOMES } from '../vocabulary';

/** A message the service sent, or tried to send: who, what, outcome. `dedupeKey` stops a second copy. */
export const notificationRecordSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema.optional(),
    kind: requiredText('the kind of notification'),
    recipients: z.array(emailSchema).min(1, 'Add at least one recipient'),
    subject: requiredText('the subject'),
    outcome: choiceOf(NOTIFICATION_OUTCOMES, 'the outcome'),
    attempts: z.number().int().min(0, 'Attempts cannot be negative').default(0),
    lastAttempt: isoDateTimeSchema.optional(),
    error: optionalText(),
    dedupeKey: requiredText('the de-duplication key'),
    /** The short message as sent (never pupil detail), kept so a failed message can be sent again. */
    message: optionalText(4000),
    /** The link to the record the message is about. */
    linkUrl: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.string().url('Enter the link as a web address').optional(),
    ),
    /** Who sent it (the signed-in member of staff whose mailbox it went from). */
    sentBy: optionalText(255),
  })
  .superRefine((n, ctx) => {
    if (n.outcome !== 'Pending' && n.attempts < 1)
      ctx.addIssue({ code: 'custom', path: ['attempts'], message: 'A sent or failed notification has at least one attempt' });
    if (n.outcome === 'Failed' && n.error === undefined)
      ctx.addIssue({ code: 'custom', path: ['error'], message: 'Record why the notification failed' });
  });
export type NotificationRecord = z.infer<typeof notificationRecordSchema>;
