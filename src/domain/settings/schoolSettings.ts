import { z } from 'zod';
import {
  clockTimeSchema,
  emailSchema,
  optionalEmailSchema,
  optionalPhoneSchema,
  optionalText,
  percentSchema,
  requiredText,
} from '../common/fields';
import { ALWAYS_NOT_POSSIBLE_CODES, SWITCHABLE_NOT_POSSIBLE_CODES, isKnownCode } from '../attendance/codes';
import { minutesOfDay } from '../dates/clockTime';
import { behaviourLogSettingsSchema, DEFAULT_BEHAVIOUR_LOG_SETTINGS } from './behaviourLogSettings';
import { DEFAULT_HOME_SCHOOL_SHARING_SETTINGS, homeSchoolSharingSchema } from './homeSchoolSharing';
import { laPartTimeReturnSchema } from './laPartTimeReturn';
import { DEFAULT_REPORT_SETTINGS, reportSettingsSchema } from './reportSettings';
import { MAX_REGISTER_WINDOW_MINUTES, registerWindowMinutes, sessionTimesSchema } from './sessionTimes';
import { closureSchema, termDatesSchema } from './termDates';

const wholeNumber = (what: string, min = 1) =>
  z
    .number({ invalid_type_error: `Enter ${what} as a number` })
    .int(`Enter ${what} as a whole number`)
    .min(min, `Enter ${what} of ${min} or more`);

const namedPersonSchema = z.object({
  name: requiredText('the name'),
  email: emailSchema,
});

/**
 * Attendance stage boundaries. The policy gives Stage 1 as 91–100%, Stage 2 as 81–90% and Stage 3 as
 * "below 80%", but its introduction says Stage 3 is for attendance that "falls to 80% or below", and the
 * prize draw rewards weeks "> 90%". Chosen reading (no gaps, no overlaps):
 *   Stage 1: percent >  stage1AbovePercent          (default 90: 90.5% is Stage 1, 90% is Stage 2)
 *   Stage 2: stage3AtOrBelowPercent < percent <= stage1AbovePercent
 *   Stage 3: percent <= stage3AtOrBelowPercent      (default 80: exactly 80% is Stage 3)
 * For whole percentages this is exactly 91–100 / 81–90 / 0–80.
 */
export const stageBoundariesSchema = z
  .object({
    stage1AbovePercent: percentSchema,
    stage3AtOrBelowPercent: percentSchema,
  })
  .superRefine((b, ctx) => {
    if (b.stage3AtOrBelowPercent >= b.stage1AbovePercent)
      ctx.addIssue({
        code: 'custom',
        path: ['stage3AtOrBelowPercent'],
        message: 'The Stage 3 boundary must be below the Stage 1 boundary',
      });
  });
export type StageBoundaries = z.infer<typeof stageBoundariesSchema>;

/** Statutory and policy periods used by reminders (facts sheet §6, §8). Configurable because LAs and guidance vary. */
export const statutoryPeriodsSchema = z.object({
  /** Review of the placement with the commissioning school, every N weeks (SEND policy: "6 weekly"). */
  placementReviewWeeks: wholeNumber('the placement review interval in weeks').default(6),
  ehcpAnnualReviewMonths: wholeNumber('the EHC plan review interval in months'),
  ehcpReviewInvitationWeeks: wholeNumber('the invitation notice in weeks'),
  ehcpReviewPapersWeeks: wholeNumber('the papers notice in weeks'),
  ehcpReviewReportWeeks: wholeNumber('the report deadline in weeks'),
  ehcpLaDecisionWeeks: wholeNumber('the LA decision deadline in weeks'),
  /** Phase transfer review deadline, as MM-DD in the calendar year of transfer (reg 18: 15 February). */
  phaseTransferDeadline: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Enter the day as MM-DD, like 02-15'),
  /** Secondary to post-16 transfer deadline, MM-DD (31 March). */
  post16TransferDeadline: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Enter the day as MM-DD, like 03-31'),
  /** PEP reviews each academic year (termly = 3). */
  pepReviewsPerYear: wholeNumber('the number of PEP reviews a year'),
  baselineAssessmentWeeks: wholeNumber('the baseline assessment period in weeks'),
  laInformationRequestWeeks: wholeNumber('the time to answer an LA request in weeks'),
  draftPlanCommentDays: wholeNumber('the draft plan comment period in days'),
  /** EHC needs assessment, from the LA's receipt of the request (facts §6.1): the decision whether to assess (reg 5: 6 weeks). */
  ehcAssessDecisionWeeks: wholeNumber('the weeks the LA has to decide whether to assess', 1).default(6),
  /** The draft plan, or notice that no plan will be issued (reg 10: 16 weeks). */
  ehcAfterAssessmentWeeks: wholeNumber('the weeks the LA has to send a draft plan or say it will not issue one', 1).default(16),
  /** The final EHC plan (reg 13(2): 20 weeks overall). */
  ehcFinalPlanWeeks: wholeNumber('the weeks the LA has to issue the final plan', 1).default(20),
});
export type StatutoryPeriods = z.infer<typeof statutoryPeriodsSchema>;

/** Retention periods (facts sheet §9.3); keys match the list schema's retention settingKey. */
export const retentionSchema = z.object({
  attendanceRegisterYears: wholeNumber('the register retention in years'),
  senFileYearsFromBirth: wholeNumber('the SEN file retention in years'),
  pupilRecordYearsFromBirth: wholeNumber('the pupil record retention in years'),
  childProtectionYearsFromBirth: wholeNumber('the child protection retention in years'),
});
export type RetentionSettings = z.infer<typeof retentionSchema>;

export const schoolSettingsSchema = z
  .object({
    service: z.object({
      name: requiredText('the service name'),
      address: requiredText('the address', 1000),
      phone: optionalPhoneSchema,
      email: emailSchema,
      /**
       * The service's DfE number (LAESTAB): 3-digit LA and 4-digit establishment number, like 999/1100. Names the
       * service as the source of the common transfer files it makes (domain/transfer).
       */
      dfeNumber: z.preprocess(
        (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.replace(/[\s/-]/g, '')) : v),
        z.string().regex(/^\d{7}$/, 'Enter the DfE number as 7 digits: the LA number then the establishment number, like 999/1100').optional(),
      ),
      /** The service's unique reference number (URN), 6 to 8 digits. */
      urn: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().regex(/^\d{6,8}$/, 'The URN must be 6 to 8 digits').optional()),
    }),
    sessions: z.object({ AM: sessionTimesSchema, PM: sessionTimesSchema }),
    /** The day a PIP timetable slot must fit inside. */
    schoolDay: z.object({ start: clockTimeSchema, end: clockTimeSchema }),
    stageBoundaries: stageBoundariesSchema,
    /** Prize draw: one ticket for a week above this %, one more for a week at 100%. */
    prizeDrawTicketAbovePercent: percentSchema,
    persistentAbsencePercent: percentSchema,
    severeAbsencePercent: percentSchema,
    penaltyThreshold: z.object({
      sessions: wholeNumber('the number of sessions'),
      schoolWeeks: wholeNumber('the number of school weeks'),
      codes: z.array(z.string()).min(1, 'Choose at least one code'),
    }),
    illnessReturnDays: wholeNumber('the number of days of illness'),
    /**
     * Days after a pupil's leaving date during which their home school can still read the pupil's records
     * (homeSchoolAccess.ts). Not set by statute ([U]): 0 ends access with the leaving day.
     */
    leaverAccessDays: wholeNumber('the number of days', 0).max(365, 'Enter 365 days or fewer').default(0),
    pipReviewIntervalWeeks: wholeNumber('the PIP review interval in weeks'),
    fullTimeHours: z
      .number({ invalid_type_error: 'Enter the full-time hours a week as a number' })
      .positive('Enter the full-time hours a week')
      .max(60, 'Enter 60 hours or fewer'),
    terms: z.array(termDatesSchema),
    closures: z.array(closureSchema),
    statutory: statutoryPeriodsSchema,
    /** Codes that are not possible sessions. D, X, Z, # always; Q and Y1–Y7 by default ([S/U], facts §1.2). */
    notPossibleCodes: z.array(z.string()),
    /** School days within which a provisional N should be replaced ([U] unconfirmed; default 5). */
    nReplacementSchoolDays: wholeNumber('the number of school days', 1),
    laPartTimeReturn: laPartTimeReturnSchema,
    /** The local authority the service works with (named on letters and returns). */
    localAuthorityName: optionalText(255),
    virtualSchoolEmail: optionalEmailSchema,
    laSendTeamEmail: optionalEmailSchema,
    designatedSafeguardingLead: namedPersonSchema,
    deputySafeguardingLeads: z.array(namedPersonSchema),
    /** High-needs cost threshold in pounds a year (element 2, facts §6.3). */
    highNeedsThreshold: z.number({ invalid_type_error: 'Enter the threshold in pounds as a number' }).min(0, 'Enter an amount of £0 or more'),
    retention: retentionSchema,
    /**
     * Who signs letters to parents and carers (the timetable letter, Appendix 2: "Headteacher"), with their role.
     * Unset: the member of staff writing the letter signs it and gives their own role.
     */
    letterSignatory: z.object({ name: requiredText('the name of the person who signs letters'), role: requiredText('their role') }).optional(),
    /**
     * Learning log entries expected for each subject of a pupil's log in each half-term (Appendix 3 keeps the log by
     * half-term and names no number): a half-term that ends short is flagged. 0 turns the check off.
     */
    learningLogEntriesPerHalfTerm: z
      .number({ invalid_type_error: 'Enter the number of entries as a number' })
      .int('Enter the number of entries as a whole number')
      .min(0, 'Enter 0 or more (0 turns the check off)')
      .max(50, 'Enter 50 entries or fewer')
      .default(1),
    /** Behaviour and engagement logs: the SEMH indicators staff tick, and how long a SEMH focus profile runs. */
    behaviourLog: behaviourLogSettingsSchema.default(DEFAULT_BEHAVIOUR_LOG_SETTINGS),
    /** What the home school reads beyond attendance, behaviour and lesson logs (homeSchoolSharing.ts). */
    homeSchoolSharing: homeSchoolSharingSchema.default(DEFAULT_HOME_SCHOOL_SHARING_SETTINGS),
    /** National figures to compare with, the PIP length flagged, and what governors see of pupils (reportSettings.ts). */
    reports: reportSettingsSchema.default(DEFAULT_REPORT_SETTINGS),
  })
  .superRefine((s, ctx) => {
    (['AM', 'PM'] as const).forEach((session) => {
      const window = registerWindowMinutes(s.sessions[session]);
      if (window > MAX_REGISTER_WINDOW_MINUTES)
        ctx.addIssue({
          code: 'custom',
          path: ['sessions', session, 'registerCloses'],
          message: `The register can stay open for at most ${MAX_REGISTER_WINDOW_MINUTES} minutes`,
        });
    });
    if (registerWindowMinutes(s.sessions.AM) !== registerWindowMinutes(s.sessions.PM))
      ctx.addIssue({
        code: 'custom',
        path: ['sessions', 'PM', 'registerCloses'],
        message: 'The register must stay open for the same length of time in every session',
      });
    if (minutesOfDay(s.sessions.PM.startsAt) < minutesOfDay(s.sessions.AM.endsAt))
      ctx.addIssue({ code: 'custom', path: ['sessions', 'PM', 'startsAt'], message: 'The afternoon must start after the morning ends' });
    if (minutesOfDay(s.schoolDay.end) <= minutesOfDay(s.schoolDay.start))
      ctx.addIssue({ code: 'custom', path: ['schoolDay', 'end'], message: 'The school day must end after it starts' });
    if (s.severeAbsencePercent <= s.persistentAbsencePercent)
      ctx.addIssue({
        code: 'custom',
        path: ['severeAbsencePercent'],
        message: 'Severe absence must be a higher percentage than persistent absence',
      });
    s.penaltyThreshold.codes.forEach((c, i) => {
      if (!isKnownCode(c))
        ctx.addIssue({ code: 'custom', path: ['penaltyThreshold', 'codes', i], message: `'${c}' is not an attendance code` });
    });
    ALWAYS_NOT_POSSIBLE_CODES.forEach((c) => {
      if (s.notPossibleCodes.indexOf(c) < 0)
        ctx.addIssue({
          code: 'custom',
          path: ['notPossibleCodes'],
          message: `Code ${c} is never a possible session and must stay in the list`,
        });
    });
    s.notPossibleCodes.forEach((c, i) => {
      if (ALWAYS_NOT_POSSIBLE_CODES.indexOf(c) < 0 && SWITCHABLE_NOT_POSSIBLE_CODES.indexOf(c) < 0)
        ctx.addIssue({
          code: 'custom',
          path: ['notPossibleCodes', i],
          message: `Only Q and Y1 to Y7 can be switched to not possible; '${c}' cannot`,
        });
    });
  });
export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;
