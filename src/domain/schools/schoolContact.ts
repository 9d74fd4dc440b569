import { z } from 'zod';
import { choiceOf, emailSchema, itemIdSchema, optionalPhoneSchema, requiredText } from '../common/fields';
import { CONTACT_INVITATION_STATES, SCHOOL_CONTACT_ROLES } from '../vocabulary';

/** A named member of staff at a home school. */
export const schoolContactSchema = z.object({
  id: itemIdSchema.optional(),
  schoolId: itemIdSchema,
  fullName: requiredText('the full name'),
  role: choiceOf(SCHOOL_CONTACT_ROLES, 'the role'),
  email: emailSchema,
  phone: optionalPhoneSchema,
  notify: z.boolean().default(true),
  /** Set by the school repository when it puts the person in their school's staff group (never typed in). */
  invitation: choiceOf(CONTACT_INVITATION_STATES, 'the invitation state').optional(),
});
export type SchoolContact = z.infer<typeof schoolContactSchema>;
