import { z } from 'zod';
import { isoDateSchema, optionalIsoDateSchema, requiredText } from '../common/fields';
import { formatUkDate, parseUkDate, type IsoDate } from '../dates/isoDates';

/**
 * A review of an open transition plan on the date set to look at it again (the Due view's "Look at the transition
 * plan again"): the day it was looked at, what was decided, who recorded it and the next review date, if any. Kept
 * with the plan; recording it moves the plan's review date to the next one (or clears it).
 */
export const transitionReviewSchema = z.object({
  on: isoDateSchema,
  decided: requiredText('what was decided at the review', 2000),
  by: requiredText('who recorded the review'),
  nextReviewOn: optionalIsoDateSchema,
});
export type TransitionReview = z.infer<typeof transitionReviewSchema>;

export const MAX_TRANSITION_REVIEWS = 60;

/** The form's values as typed (dd/mm/yyyy dates; a blank next review means none). */
export interface PlanReviewValues {
  readonly on: string;
  readonly decided: string;
  readonly nextReviewOn: string;
  /** Who records it (the signed-in member of staff's e-mail). */
  readonly by: string;
}

export type PlanReviewErrors = Partial<Record<'on' | 'decided' | 'nextReviewOn', string>>;

/** What a plan review needs from the plan. */
export interface ReviewablePlan {
  readonly status: string;
  readonly madeOn?: IsoDate;
  readonly reviewOn?: IsoDate;
  readonly reviews?: readonly TransitionReview[];
}

const OPEN_STATUSES = ['Planning', 'Agreed'];

/** The latest review recorded on the plan, if any. */
export function lastPlanReview(plan: Pick<ReviewablePlan, 'reviews'>): TransitionReview | undefined {
  return [...(plan.reviews ?? [])].sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0))[0];
}

/**
 * Checks a review typed into the form against the plan and today, and returns the plan with it recorded (the review
 * added, the review date moved to the next one) or each field's message. A review cannot be dated after today, before
 * the plan was made, or before the last review recorded; the next review, when given, must be after today.
 */
export function recordPlanReview<P extends ReviewablePlan>(plan: P, values: PlanReviewValues, today: IsoDate): { plan?: P; errors: PlanReviewErrors } {
  const errors: PlanReviewErrors = {};
  const on = parseUkDate(values.on.trim());
  const last = lastPlanReview(plan);
  if (OPEN_STATUSES.indexOf(plan.status) < 0) errors.on = `The plan is ${plan.status.toLowerCase()}: only an open plan is reviewed`;
  else if (on === null) errors.on = `Enter the date of the review as dd/mm/yyyy, for example ${formatUkDate(today)}`;
  else if (on > today) errors.on = `The review is dated ${formatUkDate(on)}, after today: record it once it has happened`;
  else if (plan.madeOn !== undefined && on < plan.madeOn) errors.on = `The review cannot be before the plan was made on ${formatUkDate(plan.madeOn)}`;
  else if (last !== undefined && on < last.on) errors.on = `The review cannot be before the last review recorded, on ${formatUkDate(last.on)}`;
  const decided = values.decided.trim();
  if (decided === '') errors.decided = 'Enter what was decided at the review';
  else if (decided.length > 2000) errors.decided = `Keep the decision to 2,000 characters (it has ${decided.length.toLocaleString('en-GB')})`;
  const nextText = values.nextReviewOn.trim();
  const next = nextText === '' ? undefined : parseUkDate(nextText);
  if (next === null) errors.nextReviewOn = 'Enter the next review date as dd/mm/yyyy, or leave it blank if there is to be none';
  else if (next !== undefined && next <= today) errors.nextReviewOn = `The next review must be after today (${formatUkDate(today)}), or left blank if there is to be none`;
  if (Object.keys(errors).length > 0 || on === null || next === null) return { errors };
  if ((plan.reviews ?? []).length >= MAX_TRANSITION_REVIEWS) return { errors: { on: `The plan already has ${MAX_TRANSITION_REVIEWS} reviews: make a new plan` } };
  const review: TransitionReview = { on, decided, by: values.by, ...(next !== undefined ? { nextReviewOn: next } : {}) };
  return { errors, plan: { ...plan, reviews: [...(plan.reviews ?? []), review], reviewOn: next } };
}

/** Refusals of the reviews recorded on a plan that need today (the repository runs them on every save). */
export function planReviewIssues(plan: Pick<ReviewablePlan, 'reviews' | 'madeOn'>, today: IsoDate): string[] {
  return [
    ...(plan.madeOn !== undefined && plan.madeOn > today ? [`The plan is dated ${formatUkDate(plan.madeOn)}, after today`] : []),
    ...(plan.reviews ?? []).filter((r) => r.on > today).map((r) => `The review of ${formatUkDate(r.on)} is after today: record it once it has happened`),
  ];
}
