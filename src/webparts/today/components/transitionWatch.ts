import {
  EHC_STEP_STATE_LABELS,
  ehcAssessmentSteps,
  ehcStepsToChase,
  formatUkDate,
  isOnRoll,
  overdueSteps,
  planReviewDue,
  type EhcRequest,
  type IsoDate,
  type Pupil,
  type StatutoryPeriods,
  type TransitionPlan,
} from '../../../domain';

/** One pupil's transition and reintegration items to act on, with the earliest date among them (the list's order). */
export interface TransitionToChase {
  readonly pupilId: number;
  readonly from: IsoDate;
  readonly messages: readonly string[];
}

type Periods = Pick<StatutoryPeriods, 'ehcAssessDecisionWeeks' | 'ehcAfterAssessmentWeeks' | 'ehcFinalPlanWeeks'>;

/**
 * What the PRU chases on Today (issue 15, workflow 4): the open transition plans' reintegration steps past their
 * date and reviews due (overdueSteps, planReviewDue), and the EHC needs assessments' statutory steps overdue or due
 * soon (ehcStepsToChase) for pupils on roll. One item a pupil, the earliest date first.
 */
export function transitionToChase(
  plans: readonly Pick<TransitionPlan, 'pupilId' | 'status' | 'steps' | 'reviewOn'>[],
  requests: readonly EhcRequest[],
  pupils: readonly (Pick<Pupil, 'enrolmentDate' | 'leavingDate'> & { readonly id: number })[],
  today: IsoDate,
  periods: Periods,
): TransitionToChase[] {
  const byPupil = new Map<number, { from: IsoDate; messages: string[] }>();
  const add = (pupilId: number, date: IsoDate, message: string): void => {
    const entry = byPupil.get(pupilId) ?? { from: date, messages: [] };
    if (date < entry.from) entry.from = date;
    entry.messages.push(message);
    byPupil.set(pupilId, entry);
  };
  for (const plan of plans) {
    for (const step of overdueSteps(plan, today)) add(plan.pupilId, step.dueOn, `reintegration step '${step.what}' (${step.owner}) overdue since ${formatUkDate(step.dueOn)}`);
    if (planReviewDue(plan, today) && plan.reviewOn !== undefined) add(plan.pupilId, plan.reviewOn, `transition plan review due ${formatUkDate(plan.reviewOn)}`);
  }
  const onRoll = new Set(pupils.filter((p) => isOnRoll(p, today)).map((p) => p.id));
  for (const request of requests) {
    if (!onRoll.has(request.pupilId)) continue;
    for (const step of ehcStepsToChase(ehcAssessmentSteps(request, periods, today)))
      add(request.pupilId, step.dueOn, `EHC needs assessment: ${step.label}, by ${formatUkDate(step.dueOn)} (${EHC_STEP_STATE_LABELS[step.state]})`);
  }
  return [...byPupil.entries()]
    .map(([pupilId, e]) => ({ pupilId, from: e.from, messages: e.messages }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.pupilId - b.pupilId));
}
