import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalIsoDateSchema, optionalText, requiredText } from '../common/fields';
import type { ValidationIssue } from '../common/validationIssue';
import { addWeeks, formatUkDate, type IsoDate } from '../dates/isoDates';
import type { CalendarSettings } from '../dates/schoolCalendar';
import { deadlineOf } from '../meetings/deadlines';
import { SEMH_FOCUS_OUTCOMES, SEMH_NEXT_STEPS } from '../vocabulary';

/**
 * A group learner's SEMH focus profile (SEND policy 000: "for those group learners attending WPA, SEMH Support
 * identifies student's own profile of needs to focus on over a 6-week period"): the needs the pupil chose to work
 * on with how staff will support each, the pupil's own words, and at the end of the period a review of each need
 * and what follows. The period is a setting (behaviourLog.focusProfileWeeks, 6 by default).
 */
export const semhFocusSchema = z.object({
  need: requiredText('the need to focus on', 255),
  strategy: requiredText('how staff will support it', 2000),
  /** At the review. */
  outcome: choiceOf(SEMH_FOCUS_OUTCOMES, 'how it went').optional(),
  comment: optionalText(2000),
});
export type SemhFocus = z.infer<typeof semhFocusSchema>;

export const semhProfileSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    /** The group the pupil learns in ("WPA group"). */
    group: optionalText(255),
    startsOn: isoDateSchema,
    /** Set by semhReviewDue from the start and the settings. */
    reviewDueOn: isoDateSchema,
    focus: z.array(semhFocusSchema).min(1, 'Add at least one need to focus on').max(6, 'Focus on six needs at most'),
    /** What the pupil says about the needs they chose, in their words. */
    pupilViews: optionalText(4000),
    createdBy: requiredText('who made the profile'),
    reviewedOn: optionalIsoDateSchema,
    reviewedBy: optionalText(255),
    nextStep: choiceOf(SEMH_NEXT_STEPS, 'what happens next').optional(),
    reviewNotes: optionalText(4000),
  })
  .superRefine((p, ctx) => {
    if (p.reviewDueOn < p.startsOn) ctx.addIssue({ code: 'custom', path: ['reviewDueOn'], message: 'The review cannot be before the start' });
    const reviewed = p.reviewedOn !== undefined;
    if (!reviewed && (p.nextStep !== undefined || p.focus.some((f) => f.outcome !== undefined)))
      ctx.addIssue({ code: 'custom', path: ['reviewedOn'], message: 'Enter the date of the review' });
    if (reviewed) {
      if (p.reviewedOn! < p.startsOn) ctx.addIssue({ code: 'custom', path: ['reviewedOn'], message: 'The review cannot be before the profile started' });
      if (p.reviewedBy === undefined) ctx.addIssue({ code: 'custom', path: ['reviewedBy'], message: 'Enter who reviewed it' });
      if (p.nextStep === undefined) ctx.addIssue({ code: 'custom', path: ['nextStep'], message: 'Choose what happens next' });
      p.focus.forEach((f, i) => {
        if (f.outcome === undefined) ctx.addIssue({ code: 'custom', path: ['focus', i, 'outcome'], message: `Choose how '${f.need}' went` });
      });
    }
  });
export type SemhProfile = z.infer<typeof semhProfileSchema>;
export type SemhProfileInput = z.input<typeof semhProfileSchema>;

/**
 * When a profile starting on `startsOn` is reviewed: `weeks` later, or on the school day before when that falls at a
 * weekend, in a holiday or on a closure (the rule every review date follows: meetings/deadlines).
 */
export function semhReviewDue(startsOn: IsoDate, weeks: number, calendar: CalendarSettings): IsoDate {
  return deadlineOf(addWeeks(startsOn, weeks), calendar, startsOn).actBy;
}

export type SemhProfileStatus = 'In progress' | 'Review due' | 'Review overdue' | 'Reviewed';

/** Reviewed once reviewed; due on its review day; overdue after it. */
export function semhProfileStatus(p: Pick<SemhProfile, 'reviewDueOn' | 'reviewedOn'>, today: IsoDate): SemhProfileStatus {
  if (p.reviewedOn !== undefined) return 'Reviewed';
  if (today > p.reviewDueOn) return 'Review overdue';
  return today === p.reviewDueOn ? 'Review due' : 'In progress';
}

/** A review is recorded once it has happened; a new profile waits until the pupil's open one is reviewed. */
export function semhProfileIssues(
  p: Pick<SemhProfile, 'id' | 'reviewedOn' | 'startsOn'>,
  others: readonly Pick<SemhProfile, 'id' | 'reviewedOn' | 'startsOn' | 'reviewDueOn'>[],
  today: IsoDate,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (p.reviewedOn !== undefined && p.reviewedOn > today)
    issues.push({ path: ['reviewedOn'], message: `The review is dated ${formatUkDate(p.reviewedOn)}, after today: record it once it has happened` });
  const open = others.find((o) => o.id !== p.id && o.reviewedOn === undefined);
  if (p.id === undefined && open)
    issues.push({
      path: ['startsOn'],
      message: `The pupil's focus profile from ${formatUkDate(open.startsOn)} is not reviewed yet (due ${formatUkDate(open.reviewDueOn)}): review it before starting the next`,
    });
  return issues;
}
