import { z } from 'zod';
import { choiceOf, emailSchema, itemIdSchema, optionalPhoneSchema, optionalText, requiredText } from '../common/fields';
import { SCHOOL_PHASES } from '../vocabulary';

/** A home (commissioning) school. URN: the DfE unique reference number, 6 to 8 digits. */
export const schoolSchema = z.object({
  id: itemIdSchema.optional(),
  name: requiredText('the school name'),
  urn: z
    .string({ required_error: 'Enter the URN' })
    .trim()
    .regex(/^\d{6,8}$/, 'The URN must be 6 to 8 digits'),
  phase: choiceOf(SCHOOL_PHASES, 'the phase'),
  localAuthority: optionalText(255),
  address: optionalText(1000),
  phone: optionalPhoneSchema,
  email: emailSchema,
  staffGroupId: itemIdSchema.optional(),
  active: z.boolean().default(true),
});
export type School = z.infer<typeof schoolSchema>;
