import { z } from 'zod';
import {
  choiceOf,
  isoDateSchema,
  itemIdSchema,
  optionalEmailSchema,
  optionalIsoDateSchema,
  optionalPhoneSchema,
  optionalText,
  percentSchema,
  requiredText,
} from '../common/fields';
import { REGISTRATION_TYPES, SUPPORT_TIERS, YEAR_GROUPS } from '../vocabulary';
import { needCodeSchema, senProvisionCodeSchema } from '../send/censusCodes';

/**
 * A pupil on the register of additional need. Rules:
 *   - a Dual-registered pupil needs a home school;
 *   - a need (primary or secondary) can only be recorded with SEN provision K or E;
 *   - a secondary need needs a primary need, and must differ from it;
 *   - dates: born before enrolment; leaving not before enrolment.
 * Whether NSA is valid with E is unconfirmed ([U]): it is a warning (senNeedWarnings), not a rejection.
 */
export const pupilSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilRef: requiredText('the pupil reference', 20),
    firstName: requiredText('the first name'),
    lastName: requiredText('the last name'),
    dateOfBirth: isoDateSchema,
    yearGroup: choiceOf(YEAR_GROUPS, 'the year group'),
    enrolmentDate: isoDateSchema,
    leavingDate: optionalIsoDateSchema,
    registration: choiceOf(REGISTRATION_TYPES, 'Dual or Single registration'),
    homeSchoolId: itemIdSchema.optional(),
    namedContactIds: z.array(itemIdSchema).default([]),
    leadTutorEmail: optionalEmailSchema,
    supportTier: choiceOf(SUPPORT_TIERS, 'the support tier'),
    senProvision: senProvisionCodeSchema('the SEN provision (E, K or N)'),
    monitoring: z.boolean().default(false),
    primaryNeed: needCodeSchema('the primary need').optional(),
    secondaryNeed: needCodeSchema('the secondary need').optional(),
    fsm: z.boolean().default(false),
    pp: z.boolean().default(false),
    lac: z.boolean().default(false),
    cin: z.boolean().default(false),
    cp: z.boolean().default(false),
    yos: z.boolean().default(false),
    medical: z.boolean().default(false),
    otherAgencies: optionalText(),
    parentName: optionalText(255),
    parentAddress: optionalText(1000),
    parentEmail: optionalEmailSchema,
    parentPhone: optionalPhoneSchema,
    placementStart: optionalIsoDateSchema,
    lastPlacementReview: optionalIsoDateSchema,
    ehcpLastReview: optionalIsoDateSchema,
    lastYearAttendance: percentSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.registration === 'Dual' && p.homeSchoolId === undefined)
      ctx.addIssue({ code: 'custom', path: ['homeSchoolId'], message: 'Choose the home school: a dual-registered pupil must have one' });
    if (p.senProvision === 'N') {
      if (p.primaryNeed !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['primaryNeed'],
          message: 'A need can only be recorded for a pupil with SEN support (K) or an EHC plan (E)',
        });
      if (p.secondaryNeed !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['secondaryNeed'],
          message: 'A need can only be recorded for a pupil with SEN support (K) or an EHC plan (E)',
        });
    }
    if (p.secondaryNeed !== undefined && p.primaryNeed === undefined)
      ctx.addIssue({ code: 'custom', path: ['secondaryNeed'], message: 'Choose the primary need before a secondary need' });
    if (p.secondaryNeed !== undefined && p.secondaryNeed === p.primaryNeed)
      ctx.addIssue({ code: 'custom', path: ['secondaryNeed'], message: 'Secondary need must differ from the primary need' });
    if (p.enrolmentDate <= p.dateOfBirth)
      ctx.addIssue({ code: 'custom', path: ['enrolmentDate'], message: 'Enrolment date must be after the date of birth' });
    if (p.leavingDate !== undefined && p.leavingDate < p.enrolmentDate)
      ctx.addIssue({ code: 'custom', path: ['leavingDate'], message: 'Leaving date must not be before the enrolment date' });
    if (p.placementStart !== undefined && p.placementStart < p.enrolmentDate)
      ctx.addIssue({ code: 'custom', path: ['placementStart'], message: 'Placement start must not be before the enrolment date' });
  });
export type Pupil = z.infer<typeof pupilSchema>;
/** What a form or the data layer passes in (before defaults are applied). */
export type PupilInput = z.input<typeof pupilSchema>;
