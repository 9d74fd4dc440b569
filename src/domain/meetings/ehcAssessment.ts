import { addWeeks, daysBetween, formatUkDate, type IsoDate } from '../dates/isoDates';
import type { StatutoryPeriods } from '../settings/schoolSettings';
import type { EhcRequest } from './ehcRequest';

/**
 * The statutory steps of an EHC needs assessment the service asked for, each dated from the LA's receipt of the
 * request (facts sheet §6.1): the decision whether to assess (reg 5: 6 weeks), the draft plan or notice that no plan
 * will be issued (reg 10: 16 weeks), the final plan (reg 13(2): 20 weeks). The periods are settings
 * (statutory.ehcAssessDecisionWeeks, ehcAfterAssessmentWeeks, ehcFinalPlanWeeks). They are the LA's deadlines, in
 * calendar weeks, so they are not moved to a school day; a step past its date is one to chase with the LA.
 */
export type EhcStepKey = 'decision' | 'after-assessment' | 'final-plan';

export type EhcStepState = 'done' | 'done-late' | 'not-needed' | 'overdue' | 'due-soon' | 'upcoming';

export const EHC_STEP_STATE_LABELS: Record<EhcStepState, string> = {
  done: 'Done',
  'done-late': 'Done, after the statutory date',
  'not-needed': 'Not needed',
  overdue: 'Overdue: chase the LA',
  'due-soon': 'Due soon',
  upcoming: 'Not due yet',
};

export interface EhcStep {
  readonly key: EhcStepKey;
  readonly label: string;
  readonly dueOn: IsoDate;
  readonly doneOn?: IsoDate;
  /** What the LA decided at this step, when it has. */
  readonly outcome?: string;
  readonly state: EhcStepState;
  /** The statutory basis, in plain words. */
  readonly basis: string;
}

/** A step is due soon within this many days of its date. */
export const EHC_STEP_DUE_SOON_DAYS = 14;

type Periods = Pick<StatutoryPeriods, 'ehcAssessDecisionWeeks' | 'ehcAfterAssessmentWeeks' | 'ehcFinalPlanWeeks'>;

function stateOf(dueOn: IsoDate, doneOn: IsoDate | undefined, needed: boolean, today: IsoDate): EhcStepState {
  if (!needed) return 'not-needed';
  if (doneOn !== undefined) return doneOn > dueOn ? 'done-late' : 'done';
  if (today > dueOn) return 'overdue';
  return daysBetween(today, dueOn) <= EHC_STEP_DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

const weeks = (n: number): string => `${n} week${n === 1 ? '' : 's'}`;

/** The request's statutory steps with their dates and states (a request of another kind has none). */
export function ehcAssessmentSteps(r: EhcRequest, periods: Periods, today: IsoDate): EhcStep[] {
  if (r.kind !== 'Needs assessment request') return [];
  const from = `of the LA receiving the request on ${formatUkDate(r.receivedOn)}`;
  const assessing = r.decision !== 'Not to assess';
  const planning = assessing && r.afterAssessment !== 'No plan to be issued';
  const decisionDue = addWeeks(r.receivedOn, periods.ehcAssessDecisionWeeks);
  const afterDue = addWeeks(r.receivedOn, periods.ehcAfterAssessmentWeeks);
  const finalDue = addWeeks(r.receivedOn, periods.ehcFinalPlanWeeks);
  return [
    {
      key: 'decision',
      label: 'The LA decides whether to assess',
      dueOn: decisionDue,
      ...(r.decisionOn !== undefined ? { doneOn: r.decisionOn } : {}),
      ...(r.decision !== undefined ? { outcome: r.decision } : {}),
      state: stateOf(decisionDue, r.decisionOn, true, today),
      basis: `within ${weeks(periods.ehcAssessDecisionWeeks)} ${from} (SEND Regulations 2014, reg 5)`,
    },
    {
      key: 'after-assessment',
      label: 'The draft EHC plan, or notice that no plan will be issued',
      dueOn: afterDue,
      ...(r.afterAssessmentOn !== undefined ? { doneOn: r.afterAssessmentOn } : {}),
      ...(r.afterAssessment !== undefined ? { outcome: r.afterAssessment } : {}),
      state: stateOf(afterDue, r.afterAssessmentOn, assessing, today),
      basis: `within ${weeks(periods.ehcAfterAssessmentWeeks)} ${from} (reg 10)`,
    },
    {
      key: 'final-plan',
      label: 'The final EHC plan is issued',
      dueOn: finalDue,
      ...(r.finalPlanOn !== undefined ? { doneOn: r.finalPlanOn } : {}),
      state: stateOf(finalDue, r.finalPlanOn, planning, today),
      basis: `within ${weeks(periods.ehcFinalPlanWeeks)} ${from} (reg 13(2))`,
    },
  ];
}

/** Whether the assessment is still running: a step is neither done nor not needed. */
export function ehcAssessmentOpen(steps: readonly EhcStep[]): boolean {
  return steps.some((s) => s.state === 'overdue' || s.state === 'due-soon' || s.state === 'upcoming');
}

/** The steps to act on now: overdue, or due within EHC_STEP_DUE_SOON_DAYS. */
export function ehcStepsToChase(steps: readonly EhcStep[]): EhcStep[] {
  return steps.filter((s) => s.state === 'overdue' || s.state === 'due-soon');
}

/** A step's decision or date may not be recorded before it happened. */
export function ehcRequestIssues(r: EhcRequest, today: IsoDate): string[] {
  const ahead = (d: IsoDate | undefined, what: string): string[] => (d !== undefined && d > today ? [`${what} is dated ${formatUkDate(d)}, after today: record it once it has happened`] : []);
  return [
    ...ahead(r.receivedOn, r.kind === 'Needs assessment request' ? 'The request' : 'The request received'),
    ...ahead(r.decisionOn, 'The LA’s decision'),
    ...ahead(r.afterAssessmentOn, 'The draft plan or notice'),
    ...ahead(r.finalPlanOn, 'The final plan'),
  ];
}
