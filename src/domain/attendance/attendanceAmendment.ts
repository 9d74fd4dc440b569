import { z } from 'zod';
import { choiceOf, emailSchema, isoDateSchema, isoDateTimeSchema, itemIdSchema, requiredNote } from '../common/fields';
import { SESSIONS } from '../vocabulary';
import { attendanceCodeValueSchema } from './attendanceMark';

/** A change to a saved mark. The original code is kept; the reason is required (SAPR reg 6, facts §2). */
export const attendanceAmendmentSchema = z
  .object({
    pupilId: itemIdSchema,
    date: isoDateSchema,
    session: choiceOf(SESSIONS, 'AM or PM'),
    /** The code being replaced: may be a withdrawn code on an old entry, so any string is kept as it was. */
    originalCode: z.string().min(1, 'The original code is missing'),
    newCode: attendanceCodeValueSchema,
    reason: requiredNote('the reason for the change'),
    amendedBy: emailSchema,
    amendedAt: isoDateTimeSchema,
  })
  .superRefine((a, ctx) => {
    if (a.originalCode === a.newCode)
      ctx.addIssue({ code: 'custom', path: ['newCode'], message: 'The new code must be different from the original code' });
  });
export type AttendanceAmendment = z.infer<typeof attendanceAmendmentSchema>;
