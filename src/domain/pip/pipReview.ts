import { z } from 'zod';
import {
  choiceOf,
  isoDateSchema,
  itemIdSchema,
  optionalIsoDateSchema,
  optionalText,
  requiredText,
  signOffSchema,
} from '../common/fields';
import type { ValidationIssue } from '../common/validationIssue';
import { isMonday } from '../dates/isoDates';
import type { SchoolSettings } from '../settings/schoolSettings';
import { CONTACT_METHODS, PIP_REVIEW_DECISIONS, TARGET_OUTCOMES, WEEKDAYS } from '../vocabulary';
import { currentTimetable, type Pip } from './pip';
import { timetableSettingsIssues, weeklyHours } from './timetable';
import { weekSlotsSchema } from './timetableSlot';

/** Appendix 4: the outcome of one PIP target. */
export const targetOutcomeRecordSchema = z.object({
  target: requiredText('the target', 1000),
  outcome: choiceOf(TARGET_OUTCOMES, 'Met, Partially met or Not achieved'),
  narrative: optionalText(),
});
export type TargetOutcomeRecord = z.infer<typeof targetOutcomeRecordSchema>;

/** Appendix 4 timetable: AM/PM text per day, and the slots the hours are counted from. */
export const reviewTimetableSchema = z.object({
  days: z
    .array(z.object({ day: choiceOf(WEEKDAYS, 'a day'), am: optionalText(1000), pm: optionalText(1000) }))
    .default([]),
  slots: weekSlotsSchema,
});

/**
 * A six-weekly PIP review (attendance policy Appendix 4). `totalHours` is always computed from the slots.
 * Decision rules that need no other record:
 *   - Increase hours: a new timetable is needed;
 *   - Extend: a new end date is needed.
 * validatePipReview checks the rest against the PIP (review not before the start, more hours, later end).
 */
export const pipReviewSchema = z
  .object({
    id: itemIdSchema.optional(),
    pipId: itemIdSchema,
    pupilId: itemIdSchema,
    reviewDate: isoDateSchema,
    targetOutcomes: z.array(targetOutcomeRecordSchema).max(3, 'A PIP has at most three targets').default([]),
    weekCommencing: optionalIsoDateSchema,
    timetable: reviewTimetableSchema.default({ days: [], slots: [] }),
    meetingNotes: optionalText(),
    contactMethod: choiceOf(CONTACT_METHODS, 'the method of contact').optional(),
    staffSignOff: signOffSchema.optional(),
    parentSignOff: signOffSchema.optional(),
    studentSignOff: signOffSchema.optional(),
    decision: choiceOf(PIP_REVIEW_DECISIONS, 'the decision'),
    newEndDate: optionalIsoDateSchema,
  })
  .superRefine((r, ctx) => {
    if (r.weekCommencing !== undefined && !isMonday(r.weekCommencing))
      ctx.addIssue({ code: 'custom', path: ['weekCommencing'], message: 'Week commencing must be a Monday' });
    if (r.decision === 'Increase hours' && r.timetable.slots.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['timetable', 'slots'],
        message: 'To increase hours, enter the new timetable',
      });
    if (r.decision === 'Extend' && r.newEndDate === undefined)
      ctx.addIssue({ code: 'custom', path: ['newEndDate'], message: 'To extend the PIP, enter the new end date' });
    if (r.decision !== 'Extend' && r.newEndDate !== undefined)
      ctx.addIssue({ code: 'custom', path: ['newEndDate'], message: 'A new end date is only given when the PIP is extended' });
  })
  .transform((r) => ({ ...r, totalHours: weeklyHours(r.timetable.slots) }));
export type PipReview = z.output<typeof pipReviewSchema>;
export type PipReviewInput = z.input<typeof pipReviewSchema>;

/**
 * The review rules that need the PIP and settings:
 *   - the review is not before the PIP start;
 *   - Increase hours: the new timetable has more hours than the PIP's current one;
 *   - Extend: the new end date is after the current planned end date;
 *   - the review timetable fits the school day and the full-time week.
 */
export function validatePipReview(
  review: Pick<PipReview, 'reviewDate' | 'decision' | 'newEndDate' | 'timetable'>,
  pip: Pick<Pip, 'startDate' | 'plannedEndDate' | 'timetables'>,
  settings: Pick<SchoolSettings, 'schoolDay' | 'fullTimeHours'>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (review.reviewDate < pip.startDate)
    issues.push({ path: ['reviewDate'], message: 'The review date cannot be before the PIP start date' });
  if (review.decision === 'Increase hours') {
    const current = currentTimetable(pip.timetables);
    const before = current ? weeklyHours(current.slots) : 0;
    const after = weeklyHours(review.timetable.slots);
    if (after <= before)
      issues.push({
        path: ['timetable', 'slots'],
        message: `The new timetable must have more than the current ${before} hours a week (it has ${after})`,
      });
  }
  if (review.decision === 'Extend' && review.newEndDate !== undefined && review.newEndDate <= pip.plannedEndDate)
    issues.push({ path: ['newEndDate'], message: 'The new end date must be after the current planned end date' });
  issues.push(...timetableSettingsIssues(review.timetable.slots, settings, ['timetable', 'slots']));
  return issues;
}
