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
import { LEAVING_DESTINATIONS, REFERRAL_ROUTES, REGISTRATION_TYPES, SUPPORT_TIERS, YEAR_GROUPS } from '../vocabulary';
import { needCodeSchema, senProvisionCodeSchema } from '../send/censusCodes';
import { agencyContactSchema, carerSchema, emergencyContactSchema, MAX_AGENCY_CONTACTS, MAX_CARERS, MAX_EMERGENCY_CONTACTS } from './pupilContacts';
import { normaliseUpn, upnProblem } from './upn';

const upnSchema = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : normaliseUpn(v)) : v),
  z
    .string()
    .superRefine((v, ctx) => {
      const problem = upnProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
);

/** A repeating group (optional, so records written before it existed stay valid; absent means none). */
const listOf = <T extends z.ZodTypeAny>(item: T, max: number, what: string) => z.array(item).max(max, `Record at most ${max} ${what}`).optional();

/**
 * A pupil on the register of additional need. Rules:
 *   - a Dual-registered pupil needs a home school;
 *   - a need (primary or secondary) can only be recorded with SEN provision K or E;
 *   - a secondary need needs a primary need, and must differ from it;
 *   - dates: born before enrolment; leaving not before enrolment;
 *   - a leaving destination only with a leaving date; a UPN, when given, is a valid UPN (check letter).
 * The enrolment form adds the rules a new or edited record must meet (pupils/enrolment.ts); this schema is what every
 * stored item must meet, so older items stay readable.
 * Whether NSA is valid with E is unconfirmed ([U]): it is a warning (senNeedWarnings), not a rejection.
 */
export const pupilSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilRef: requiredText('the pupil reference', 20),
    /** Unique Pupil Number from the common transfer file (13 characters, check letter first). */
    upn: upnSchema,
    /** Legal names (as on the admission register and census). */
    firstName: requiredText('the first name'),
    lastName: requiredText('the last name'),
    /** The name the pupil prefers to be called, when different. */
    preferredName: optionalText(100),
    dateOfBirth: isoDateSchema,
    yearGroup: choiceOf(YEAR_GROUPS, 'the year group'),
    enrolmentDate: isoDateSchema,
    /** The last day on roll: the pupil is on the registers up to and including this date (onRoll.ts). */
    leavingDate: optionalIsoDateSchema,
    leavingDestination: choiceOf(LEAVING_DESTINATIONS, 'where the pupil went').optional(),
    /** The school, college or provider, or more about the destination. */
    leavingDestinationDetail: optionalText(255),
    registration: choiceOf(REGISTRATION_TYPES, 'Dual or Single registration'),
    homeSchoolId: itemIdSchema.optional(),
    namedContactIds: z.array(itemIdSchema).default([]),
    leadTutorEmail: optionalEmailSchema,
    /**
     * Read only: the person the lead tutor column (PwLeadTutorPerson, a person column written from leadTutorEmail
     * when the pupil is saved) names, with their name as the site's user list has it, read with the pupil. Absent:
     * not filled yet, or the address is not a person of the organisation. Never written from here (leadTutorName).
     */
    leadTutorPerson: z.object({ name: z.string(), email: z.string() }).optional(),
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
    /** The looked-after child's responsible local authority. */
    lacLocalAuthority: optionalText(255),
    socialWorkerName: optionalText(255),
    socialWorkerPhone: optionalPhoneSchema,
    socialWorkerEmail: optionalEmailSchema,
    otherAgencies: optionalText(),
    agencyContacts: listOf(agencyContactSchema, MAX_AGENCY_CONTACTS, 'agency workers'),
    /** The main parent/carer: letters and invitations are addressed to them, and first-day calls go to them first. */
    parentName: optionalText(255),
    parentRelationship: optionalText(100),
    parentHasResponsibility: z.boolean().optional(),
    parentAddress: optionalText(1000),
    parentEmail: optionalEmailSchema,
    parentPhone: optionalPhoneSchema,
    otherCarers: listOf(carerSchema, MAX_CARERS, 'other parents or carers'),
    emergencyContacts: listOf(emergencyContactSchema, MAX_EMERGENCY_CONTACTS, 'emergency contacts'),
    /** Where the individual healthcare plan is (its reference or location). */
    healthCarePlanRef: optionalText(255),
    referralRoute: choiceOf(REFERRAL_ROUTES, 'the referral route').optional(),
    referralDate: optionalIsoDateSchema,
    /** The commissioning document's reference (agreement, panel minute). */
    commissioningRef: optionalText(255),
    /** What was commissioned: hours, funding, length, review terms. */
    commissioningNotes: optionalText(4000),
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
    if (p.leavingDestination !== undefined && p.leavingDate === undefined)
      ctx.addIssue({ code: 'custom', path: ['leavingDate'], message: 'Enter the leaving date for the destination recorded' });
    if (p.referralDate !== undefined && p.referralDate <= p.dateOfBirth)
      ctx.addIssue({ code: 'custom', path: ['referralDate'], message: 'Referral date must be after the date of birth' });
    if (p.placementStart !== undefined && p.placementStart < p.enrolmentDate)
      ctx.addIssue({ code: 'custom', path: ['placementStart'], message: 'Placement start must not be before the enrolment date' });
  });
export type Pupil = z.infer<typeof pupilSchema>;

/** What a form or the data layer passes in (before defaults are applied). */
export type PupilInput = z.input<typeof pupilSchema>;
