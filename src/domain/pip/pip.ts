import { z } from 'zod';
import {
  choiceOf,
  isoDateSchema,
  itemIdSchema,
  optionalIsoDateSchema,
  optionalText,
  percentSchema,
  requiredText,
  signOffSchema,
} from '../common/fields';
import { CONTACT_METHODS, PIP_INTERVENTIONS, PIP_REASONS, PIP_STATUSES } from '../vocabulary';
import { pipAgreementSchema } from './pipAgreement';
import { pipTimetableSchema } from './timetableSlot';

/** Appendix 1: an intervention, in place yes/no, with its date of completion. */
export const pipInterventionSchema = z.object({
  intervention: choiceOf(PIP_INTERVENTIONS, 'an intervention'),
  inPlace: z.boolean(),
  completedOn: optionalIsoDateSchema,
});
export type PipInterventionRecord = z.infer<typeof pipInterventionSchema>;

export const pipCommunicationSchema = z.object({
  method: choiceOf(CONTACT_METHODS, 'how the timetable was communicated'),
  date: isoDateSchema,
  staff: requiredText('the name of the member of staff'),
});
export type PipCommunication = z.infer<typeof pipCommunicationSchema>;

/**
 * A Phased Integration Plan (attendance policy Appendix 1): a temporary part-time timetable, code C2.
 * Rules here need no settings; validatePip adds the ones that do (school day, full-time hours).
 *   - planned end date after the start date (a clear end date is required: facts §5);
 *   - at least one reason; 1 to 3 targets; each intervention at most once;
 *   - timetables in date order, none before the start;
 *   - an Active PIP needs the parent/carer agreement (reg 11(6)) and a timetable; to BECOME active it needs the
 *     whole written agreement (pipActivationIssues, run on every write).
 */
export const pipSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    status: choiceOf(PIP_STATUSES, 'the status'),
    startDate: isoDateSchema,
    plannedEndDate: isoDateSchema,
    previousPipId: itemIdSchema.optional(),
    /** Appendix 1 "Has the student been on a PIP before?" (also yes when the earlier PIP was elsewhere, unlinked). */
    beenOnPipBefore: z.boolean().optional(),
    /** Appendix 1 "Overall attendance" when the plan was made (%), filled in from the attendance records. */
    attendanceAtStart: percentSchema.optional(),
    /** Staff confirm the plan is not a way of managing behaviour (policy; WT 2024). Required to make it Active. */
    notBehaviourManagement: z.boolean().optional(),
    /** When the PIP ended (the pupil went full-time or the plan was closed); only on an Ended PIP. */
    endedOn: optionalIsoDateSchema,
    /** When the Virtual School (looked-after pupil) and the LA SEND team (EHC plan) were told. */
    virtualSchoolToldOn: optionalIsoDateSchema,
    sendTeamToldOn: optionalIsoDateSchema,
    reasons: z.array(choiceOf(PIP_REASONS, 'a reason')).min(1, 'Choose at least one reason for the PIP'),
    furtherInfo: optionalText(),
    riskMedical: optionalText(),
    riskSafeguarding: optionalText(),
    riskHome: optionalText(),
    riskOnsite: optionalText(),
    riskRecommendations: optionalText(),
    interventions: z.array(pipInterventionSchema).default([]),
    targets: z
      .array(requiredText('the target', 1000))
      .min(1, 'Add at least one target')
      .max(3, 'A PIP has at most three targets'),
    timetables: z.array(pipTimetableSchema).default([]),
    exitStrategy: optionalText(),
    serviceSignOff: signOffSchema.optional(),
    /** The parent/carer's written agreement (pipAgreement.ts): who, relationship, date and how. */
    parentSignOff: pipAgreementSchema.optional(),
    studentSignOff: signOffSchema.optional(),
    communication: pipCommunicationSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.plannedEndDate <= p.startDate)
      ctx.addIssue({ code: 'custom', path: ['plannedEndDate'], message: 'Planned end date must be after the start date' });
    if (p.previousPipId !== undefined && p.previousPipId === p.id)
      ctx.addIssue({ code: 'custom', path: ['previousPipId'], message: 'A PIP cannot follow itself' });
    if (p.previousPipId !== undefined && p.beenOnPipBefore === false)
      ctx.addIssue({
        code: 'custom',
        path: ['beenOnPipBefore'],
        message: 'A previous PIP is linked: the pupil has been on a PIP before',
      });
    if (p.endedOn !== undefined && p.status !== 'Ended')
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'Only an ended PIP has an end date' });
    if (p.endedOn !== undefined && p.endedOn < p.startDate)
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: 'The PIP cannot end before its start date' });
    const seen: Record<string, true> = {};
    p.interventions.forEach((iv, i) => {
      if (seen[iv.intervention])
        ctx.addIssue({ code: 'custom', path: ['interventions', i, 'intervention'], message: `${iv.intervention} is listed twice` });
      seen[iv.intervention] = true;
      if (iv.completedOn !== undefined && !iv.inPlace)
        ctx.addIssue({
          code: 'custom',
          path: ['interventions', i, 'completedOn'],
          message: 'A completion date can only be given for an intervention that is in place',
        });
    });
    p.timetables.forEach((t, i) => {
      if (t.effectiveFrom < p.startDate)
        ctx.addIssue({
          code: 'custom',
          path: ['timetables', i, 'effectiveFrom'],
          message: 'A timetable cannot start before the PIP start date',
        });
      if (i > 0 && t.effectiveFrom <= p.timetables[i - 1].effectiveFrom)
        ctx.addIssue({
          code: 'custom',
          path: ['timetables', i, 'effectiveFrom'],
          message: 'Each new timetable must start after the previous one',
        });
    });
    if (p.status === 'Active') {
      if (p.parentSignOff === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['parentSignOff'],
          message: 'A PIP cannot be active until the parent/carer agreement is recorded (name and date)',
        });
      if (p.timetables.length === 0)
        ctx.addIssue({ code: 'custom', path: ['timetables'], message: 'Add the timetable before making the PIP active' });
    }
  });
export type Pip = z.infer<typeof pipSchema>;
export type PipInput = z.input<typeof pipSchema>;

/** The timetable in force on a date (the latest one starting on or before it), or undefined. */
export function timetableOn<T extends { effectiveFrom: string }>(timetables: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const t of timetables) if (t.effectiveFrom <= date && (!found || t.effectiveFrom > found.effectiveFrom)) found = t;
  return found;
}

/** The latest timetable of a PIP, or undefined. */
export function currentTimetable<T extends { effectiveFrom: string }>(timetables: readonly T[]): T | undefined {
  let found: T | undefined;
  for (const t of timetables) if (!found || t.effectiveFrom > found.effectiveFrom) found = t;
  return found;
}
