import { z } from 'zod';
import { choiceOf, isoDateSchema, itemIdSchema, optionalIsoDateSchema, optionalText, requiredText } from '../common/fields';
import { formatUkDate, type IsoDate } from '../dates/isoDates';
import { TRANSITION_DESTINATIONS, TRANSITION_PLAN_STATUSES, type TransitionDestination } from '../vocabulary';
import { MAX_TRANSITION_REVIEWS, planReviewIssues, transitionReviewSchema } from './planReview';
import { isOpenPlan } from './openPlan';

/**
 * A pupil's exit and transition plan (SEND policy 000: "prepare them for their next destinations whether this be
 * reintegration, transition to a specialist provision or a move to Post-16"; Appendix 3: "support with reintegration
 * and transition when exit service"): where the pupil goes, when, and the reintegration steps, each with who does it
 * and by when. The transition meeting is a review meeting of the kind 'Transition meeting' (Review meetings).
 */
export const transitionStepSchema = z.object({
  what: requiredText('what the step is', 500),
  owner: requiredText('who does the step'),
  dueOn: isoDateSchema,
  doneOn: optionalIsoDateSchema,
  notes: optionalText(2000),
});
export type TransitionStep = z.infer<typeof transitionStepSchema>;

export const MAX_TRANSITION_STEPS = 30;

/** The setting must be named unless the pupil returns to the home school (a form can ask this before the dates parse). */
export function destinationNameIssue(kind: TransitionDestination, name: string | undefined): string | undefined {
  if (kind === 'Return to the home school' || (name !== undefined && name.trim() !== '')) return undefined;
  return kind === 'Other' ? 'Enter where the pupil is going' : 'Enter the name of the setting';
}

export const transitionPlanSchema = z
  .object({
    id: itemIdSchema.optional(),
    pupilId: itemIdSchema,
    destinationKind: choiceOf(TRANSITION_DESTINATIONS, 'where the pupil is going'),
    /** The school, setting or provider; for a return, the home school's name. */
    destinationName: optionalText(255),
    /** The day the pupil is planned to move on (start at the destination). */
    plannedOn: isoDateSchema,
    status: choiceOf(TRANSITION_PLAN_STATUSES, 'the status of the plan'),
    /** When the plan is next looked at again. */
    reviewOn: optionalIsoDateSchema,
    steps: z.array(transitionStepSchema).max(MAX_TRANSITION_STEPS, `Keep to ${MAX_TRANSITION_STEPS} steps or fewer`),
    /** Set by nextActionDue from the steps and the review (stored indexed, so Today can ask for what is due). */
    actionDueOn: optionalIsoDateSchema,
    notes: optionalText(4000),
    createdBy: requiredText('who made the plan'),
    /** The day the plan was made (set by the repository when it is first saved; plans made before it was kept have none). */
    madeOn: optionalIsoDateSchema,
    /** The reviews recorded on the review dates (planReview.ts), oldest first. */
    reviews: z.array(transitionReviewSchema).max(MAX_TRANSITION_REVIEWS, `Keep to ${MAX_TRANSITION_REVIEWS} reviews or fewer`).optional(),
    completedOn: optionalIsoDateSchema,
  })
  .superRefine((p, ctx) => {
    const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    const nameIssue = destinationNameIssue(p.destinationKind, p.destinationName);
    if (nameIssue) issue(['destinationName'], nameIssue);
    if (p.status === 'Completed') {
      if (p.completedOn === undefined) issue(['completedOn'], 'Enter the date the pupil moved on');
      p.steps.forEach((s, i) => {
        if (s.doneOn === undefined) issue(['steps', i, 'doneOn'], `Tick off '${s.what}' or remove it before completing the plan`);
      });
    } else if (p.completedOn !== undefined) issue(['status'], 'Choose Completed for a plan with the date the pupil moved on');
    (p.reviews ?? []).forEach((r, i) => {
      if (p.madeOn !== undefined && r.on < p.madeOn) issue(['reviews', i, 'on'], `The review cannot be before the plan was made on ${formatUkDate(p.madeOn)}`);
    });
  });
export type TransitionPlan = z.infer<typeof transitionPlanSchema>;
export type TransitionPlanInput = z.input<typeof transitionPlanSchema>;

export { isOpenPlan };

/** The steps of an open plan past their date and not done. */
export function overdueSteps(p: Pick<TransitionPlan, 'status' | 'steps'>, today: IsoDate): TransitionStep[] {
  return isOpenPlan(p) ? p.steps.filter((s) => s.doneOn === undefined && s.dueOn < today) : [];
}

/** An open plan whose review date has come. */
export function planReviewDue(p: Pick<TransitionPlan, 'status' | 'reviewOn'>, today: IsoDate): boolean {
  return isOpenPlan(p) && p.reviewOn !== undefined && p.reviewOn <= today;
}

/** The earliest date a step not done or the review of an open plan is due; undefined when nothing is. */
export function nextActionDue(p: Pick<TransitionPlan, 'status' | 'steps' | 'reviewOn'>): IsoDate | undefined {
  if (!isOpenPlan(p)) return undefined;
  const dates = [...p.steps.filter((s) => s.doneOn === undefined).map((s) => s.dueOn), ...(p.reviewOn !== undefined ? [p.reviewOn] : [])].sort();
  return dates[0];
}

/** What the service knows about the transition meeting (Review meetings, kind 'Transition meeting'). */
export interface TransitionMeetingState {
  readonly arranged: boolean;
  readonly held: boolean;
}

/**
 * What is missing before the pupil leaves, in plain words: the setting's name, any steps, steps not done, the
 * transition meeting, the family's and the setting's agreement (status Agreed), and a date that has passed.
 */
export function missingBeforeLeaving(p: TransitionPlan, meeting: TransitionMeetingState, today: IsoDate): string[] {
  if (!isOpenPlan(p)) return [];
  const out: string[] = [];
  if (p.destinationName === undefined && p.destinationKind !== 'Return to the home school') out.push('The name of the setting');
  if (p.steps.length === 0) out.push('The reintegration steps');
  const open = p.steps.filter((s) => s.doneOn === undefined);
  if (open.length > 0) out.push(`${open.length} step${open.length === 1 ? '' : 's'} not done yet`);
  if (!meeting.held) out.push(meeting.arranged ? 'The transition meeting (arranged, not held yet)' : 'A transition meeting (not arranged)');
  if (p.status === 'Planning') out.push('The plan agreed with the family and the next setting');
  if (p.plannedOn < today) out.push(`The planned date ${formatUkDate(p.plannedOn)} has passed: complete the plan or change the date`);
  return out;
}

/**
 * Refusals that need today or the pupil's other plans: nothing ticked off or completed ahead, and one open plan at
 * a time.
 */
export function transitionPlanIssues(p: TransitionPlan, others: readonly Pick<TransitionPlan, 'id' | 'status' | 'plannedOn'>[], today: IsoDate): string[] {
  const out: string[] = [...planReviewIssues(p, today)];
  for (const s of p.steps)
    if (s.doneOn !== undefined && s.doneOn > today) out.push(`'${s.what}' is ticked off on ${formatUkDate(s.doneOn)}, after today: tick it off once it is done`);
  if (p.completedOn !== undefined && p.completedOn > today) out.push(`The plan is completed on ${formatUkDate(p.completedOn)}, after today: complete it once the pupil has moved on`);
  if (isOpenPlan(p)) {
    const open = others.find((o) => o.id !== p.id && isOpenPlan(o));
    if (open) out.push(`The pupil already has an open transition plan (planned for ${formatUkDate(open.plannedOn)}): change that one, or complete or cancel it first`);
  }
  return out;
}
