import { z } from 'zod';
import { isoDateSchema, itemIdSchema, requiredNote, requiredText } from '../common/fields';

/** A dated learning log entry for one subject, by the member of staff who teaches it. */
export const learningLogEntrySchema = z.object({
  id: itemIdSchema.optional(),
  logId: itemIdSchema,
  pupilId: itemIdSchema,
  subject: requiredText('the subject'),
  entryDate: isoDateSchema,
  teacher: requiredText('the teacher'),
  entry: requiredNote('what the pupil did'),
  highlight: z.boolean().default(false),
});
export type LearningLogEntry = z.infer<typeof learningLogEntrySchema>;
