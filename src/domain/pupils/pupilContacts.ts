import { z } from 'zod';
import { optionalEmailSchema, optionalPhoneSchema, optionalText, phoneSchema, requiredText } from '../common/fields';

/**
 * The repeating people on a pupil's record, each stored as a JSON list in one column of the pupil item:
 * further parents/carers (beyond the main contact, who has their own columns because letters and invitations
 * are addressed to them), emergency contacts (rung in turn by the first-day calling procedure) and the other
 * agencies' workers.
 */

/** A parent or carer, and whether they hold parental responsibility. */
export const carerSchema = z.object({
  name: requiredText('the parent or carer’s name'),
  relationship: requiredText('how they are related to the pupil (for example Father, Foster carer)', 100),
  parentalResponsibility: z.boolean().default(false),
  phone: optionalPhoneSchema,
  email: optionalEmailSchema,
  address: optionalText(1000),
});
export type Carer = z.infer<typeof carerSchema>;

/** Someone to ring when the parents cannot be reached, in the order they are listed. */
export const emergencyContactSchema = z.object({
  name: requiredText('the emergency contact’s name'),
  relationship: requiredText('how they are related to the pupil (for example Aunt, Neighbour)', 100),
  phone: z
    .string({ required_error: 'Enter a phone number for the emergency contact', invalid_type_error: 'Enter a phone number for the emergency contact' })
    .trim()
    .min(1, 'Enter a phone number for the emergency contact')
    .pipe(phoneSchema),
  otherPhone: optionalPhoneSchema,
});
export type EmergencyContact = z.infer<typeof emergencyContactSchema>;

/** Another agency involved with the pupil (CAMHS, Early Help, Youth Offending Service …) and its named worker. */
export const agencyContactSchema = z.object({
  agency: requiredText('the agency'),
  worker: optionalText(255),
  role: optionalText(255),
  phone: optionalPhoneSchema,
  email: optionalEmailSchema,
});
export type AgencyContact = z.infer<typeof agencyContactSchema>;

/** At most this many of each: enough for any family, and a bound on what one list column holds. */
export const MAX_CARERS = 6;
export const MAX_EMERGENCY_CONTACTS = 5;
export const MAX_AGENCY_CONTACTS = 12;
