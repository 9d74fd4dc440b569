import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalText, requiredText } from '../common/fields';
import { ATTENDANCE_ACTIONS } from '../vocabulary';

/** A Stage 2 or 3 action taken, or planned, for a pupil on the attendance worklist. */
export const attendanceActionRecordSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    action: choiceOf(ATTENDANCE_ACTIONS, 'the action'),
    date: isoDateSchema,
    planned: z.boolean().default(false),
    notes: optionalText(),
    recordedBy: requiredText('who recorded the action'),
  })
  .superRefine((a, ctx) => {
    if (a.action === 'Other' && a.notes === undefined)
      ctx.addIssue({ code: 'custom', path: ['notes'], message: 'Describe the action in the notes' });
  });
export type AttendanceActionRecord = z.infer<typeof attendanceActionRecordSchema>;
