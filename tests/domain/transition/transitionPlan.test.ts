import { isOpenPlan, missingBeforeLeaving, nextActionDue, overdueSteps, planReviewDue, transitionPlanIssues, transitionPlanSchema } from '../../../src/domain';
import { transitionPlanRecord, transitionStep } from '../../support/transitionBuilder';
import { issuesOf } from '../helpers';
import { isOpenPlan as fromPlanModule } from '../../../src/domain/transition/transitionPlan';
import { TRANSITION_PLAN_STATUSES } from '../../../src/domain/vocabulary';

describe('a transition plan', () => {
  it('names the setting unless the pupil returns to the home school', () => {
    expect(issuesOf(transitionPlanSchema, transitionPlanRecord(3))).toEqual({});
    expect(issuesOf(transitionPlanSchema, transitionPlanRecord(3, { destinationKind: 'A new setting' }))).toEqual({ destinationName: ['Enter the name of the setting'] });
    expect(issuesOf(transitionPlanSchema, transitionPlanRecord(3, { destinationKind: 'Other' }))).toEqual({ destinationName: ['Enter where the pupil is going'] });
    expect(issuesOf(transitionPlanSchema, transitionPlanRecord(3, { destinationKind: 'Next phase or post-16', destinationName: 'Riverside College' }))).toEqual({});
  });

  it('gives each step what, who and by when, with dates as staff type them', () => {
    const plan = transitionPlanSchema.parse(transitionPlanRecord(3, { steps: [{ what: 'Meet the form tutor', owner: 'Lead tutor', dueOn: '01/12/2026' }] }));
    expect(plan.steps[0].dueOn).toBe('2026-12-01');
    expect(issuesOf(transitionPlanSchema, transitionPlanRecord(3, { steps: [transitionStep({ owner: '', dueOn: '31/11/2026' })] }))).toEqual({
      'steps.0.owner': ['Enter who does the step'],
      'steps.0.dueOn': ['Enter the date as dd/mm/yyyy'],
    });
  });

  it('is completed only with the date the pupil moved on and every step ticked off', () => {
    expect(issuesOf(transitionPlanSchema, transitionPlanRecord(3, { status: 'Completed' }))).toEqual({
      completedOn: ['Enter the date the pupil moved on'],
      'steps.0.doneOn': ["Tick off 'Visit the home school with the lead tutor' or remove it before completing the plan"],
      'steps.1.doneOn': ["Tick off 'Phased timetable at the home school: two mornings' or remove it before completing the plan"],
    });
    expect(issuesOf(transitionPlanSchema, transitionPlanRecord(3, { completedOn: '2027-01-04' }))).toEqual({ status: ['Choose Completed for a plan with the date the pupil moved on'] });
  });

  it('finds the steps overdue and the review due, only while the plan is open', () => {
    const plan = transitionPlanRecord(3);
    expect(overdueSteps(plan, '2026-11-27')).toEqual([]);
    expect(overdueSteps(plan, '2026-11-28').map((s) => s.owner)).toEqual(['Lead tutor']);
    expect(overdueSteps({ ...plan, steps: [transitionStep({ doneOn: '2026-11-26' })] }, '2026-12-01')).toEqual([]);
    expect(overdueSteps({ ...plan, status: 'Cancelled' }, '2026-12-20')).toEqual([]);
    expect(planReviewDue(plan, '2026-12-10')).toBe(false);
    expect(planReviewDue(plan, '2026-12-11')).toBe(true);
    expect(planReviewDue({ ...plan, status: 'Cancelled' }, '2026-12-11')).toBe(false);
  });

  it('is next due at its earliest open step or review', () => {
    const plan = transitionPlanRecord(3);
    expect(nextActionDue(plan)).toBe('2026-11-27');
    expect(nextActionDue({ ...plan, steps: [transitionStep({ doneOn: '2026-11-26' }), transitionStep({ dueOn: '2026-12-14' })] })).toBe('2026-12-11');
    expect(nextActionDue({ ...plan, reviewOn: undefined, steps: [] })).toBeUndefined();
    expect(nextActionDue({ ...plan, status: 'Cancelled' })).toBeUndefined();
  });

  it('says what is missing before the pupil leaves', () => {
    const plan = transitionPlanRecord(3);
    expect(missingBeforeLeaving(plan, { arranged: false, held: false }, '2026-11-20')).toEqual([
      '2 steps not done yet',
      'A transition meeting (not arranged)',
      'The plan agreed with the family and the next setting',
    ]);
    const done = { ...plan, status: 'Agreed' as const, steps: plan.steps.map((s) => ({ ...s, doneOn: '2026-11-20' })) };
    expect(missingBeforeLeaving(done, { arranged: true, held: false }, '2026-11-20')).toEqual(['The transition meeting (arranged, not held yet)']);
    expect(missingBeforeLeaving(done, { arranged: true, held: true }, '2026-11-20')).toEqual([]);
    expect(missingBeforeLeaving({ ...done, steps: [] }, { arranged: true, held: true }, '2027-01-05')).toEqual([
      'The reintegration steps',
      'The planned date 04/01/2027 has passed: complete the plan or change the date',
    ]);
  });

  it('refuses a step ticked off ahead, a completion ahead and a second open plan', () => {
    const ahead = transitionPlanRecord(3, { steps: [transitionStep({ doneOn: '2026-11-21' })] });
    expect(transitionPlanIssues(ahead, [], '2026-11-20')).toEqual(["'Visit the home school with the lead tutor' is ticked off on 21/11/2026, after today: tick it off once it is done"]);
    const open = { ...transitionPlanRecord(3), id: 7 };
    expect(transitionPlanIssues(transitionPlanRecord(3, { plannedOn: '2027-04-19' }), [open], '2026-11-20')).toEqual([
      'The pupil already has an open transition plan (planned for 04/01/2027): change that one, or complete or cancel it first',
    ]);
    expect(transitionPlanIssues({ ...open, status: 'Agreed' }, [open], '2026-11-20')).toEqual([]);
    expect(transitionPlanIssues(transitionPlanRecord(3), [{ ...open, status: 'Cancelled' }], '2026-11-20')).toEqual([]);
    const completed = transitionPlanRecord(3, { status: 'Completed', completedOn: '2027-01-04', steps: [] });
    expect(transitionPlanIssues(completed, [open], '2026-11-20')).toEqual(['The plan is completed on 04/01/2027, after today: complete it once the pupil has moved on']);
  });

  it('is open while planning or agreed (isOpenPlan, in its own module so the due calendar does not bring the plan’s schemas; found by its name beside the plan)', () => {
    expect(TRANSITION_PLAN_STATUSES.filter((status) => isOpenPlan({ status }))).toEqual(['Planning', 'Agreed']);
    expect(fromPlanModule).toBe(isOpenPlan);
  });
});
