import { recordPlanReview, transitionPlanIssues, transitionPlanSchema, dueCalendar, DEFAULT_SETTINGS, type TransitionPlan } from '../../../src/domain';
import { transitionPlanRecord } from '../../support/transitionBuilder';

const TODAY = '2026-11-20';
const BY = 'senco@pathways.example.org';
const plan = (overrides: Partial<TransitionPlan> = {}): TransitionPlan => transitionPlanRecord(4, { madeOn: '2026-10-05', reviewOn: '2026-11-13', ...overrides });

describe('recording a transition plan review (issue 15, Due view)', () => {
  it('adds the review to the plan and moves the review date to the next one', () => {
    const r = recordPlanReview(plan(), { on: '19/11/2026', decided: 'Return confirmed; second visit booked.', nextReviewOn: '11/12/2026', by: BY }, TODAY);
    expect(r.errors).toEqual({});
    expect(r.plan?.reviews).toEqual([{ on: '2026-11-19', decided: 'Return confirmed; second visit booked.', by: BY, nextReviewOn: '2026-12-11' }]);
    expect(r.plan?.reviewOn).toBe('2026-12-11');
    expect(transitionPlanSchema.safeParse(r.plan).success).toBe(true);
  });

  it('with no next review date the plan has no review due', () => {
    const r = recordPlanReview(plan({ reviews: [{ on: '2026-10-20', decided: 'Started.', by: BY, nextReviewOn: '2026-11-13' }] }), { on: '20/11/2026', decided: 'No further review: the move is close.', nextReviewOn: '', by: BY }, TODAY);
    expect(r.errors).toEqual({});
    expect(r.plan?.reviewOn).toBeUndefined();
    expect(r.plan?.reviews).toHaveLength(2);
  });

  it('refuses a review dated after today, at the field', () => {
    const r = recordPlanReview(plan(), { on: '23/11/2026', decided: 'x', nextReviewOn: '', by: BY }, TODAY);
    expect(r.plan).toBeUndefined();
    expect(r.errors.on).toBe('The review is dated 23/11/2026, after today: record it once it has happened');
  });

  it('refuses a review before the plan was made, and before the last review recorded', () => {
    expect(recordPlanReview(plan(), { on: '02/10/2026', decided: 'x', nextReviewOn: '', by: BY }, TODAY).errors.on).toBe(
      'The review cannot be before the plan was made on 05/10/2026',
    );
    const reviewed = plan({ reviews: [{ on: '2026-11-02', decided: 'Started.', by: BY }] });
    expect(recordPlanReview(reviewed, { on: '30/10/2026', decided: 'x', nextReviewOn: '', by: BY }, TODAY).errors.on).toBe(
      'The review cannot be before the last review recorded, on 02/11/2026',
    );
  });

  it('a date not in dd/mm/yyyy, a blank decision, a next review not after today: each its own message', () => {
    const r = recordPlanReview(plan(), { on: '31/11/2026', decided: '  ', nextReviewOn: '20/11/2026', by: BY }, TODAY);
    expect(r.errors).toEqual({
      on: 'Enter the date of the review as dd/mm/yyyy, for example 20/11/2026',
      decided: 'Enter what was decided at the review',
      nextReviewOn: 'The next review must be after today (20/11/2026), or left blank if there is to be none',
    });
    expect(recordPlanReview(plan(), { on: '19/11/2026', decided: 'x', nextReviewOn: 'soon', by: BY }, TODAY).errors.nextReviewOn).toBe(
      'Enter the next review date as dd/mm/yyyy, or leave it blank if there is to be none',
    );
    expect(recordPlanReview(plan(), { on: '19/11/2026', decided: 'y'.repeat(2001), nextReviewOn: '', by: BY }, TODAY).errors.decided).toBe(
      'Keep the decision to 2,000 characters (it has 2,001)',
    );
  });

  it('a plan no longer open is not reviewed', () => {
    const done = plan({ status: 'Completed', completedOn: '2026-11-18', steps: [] });
    expect(recordPlanReview(done, { on: '19/11/2026', decided: 'x', nextReviewOn: '', by: BY }, TODAY).errors.on).toBe(
      'The plan is completed: only an open plan is reviewed',
    );
  });

  it('the repository refuses the same things whatever screen sent them', () => {
    const ahead = plan({ reviews: [{ on: '2026-11-23', decided: 'x', by: BY }] });
    expect(transitionPlanIssues(ahead, [], TODAY)).toEqual(['The review of 23/11/2026 is after today: record it once it has happened']);
    const before = transitionPlanSchema.safeParse(plan({ reviews: [{ on: '2026-10-01', decided: 'x', by: BY }] }));
    expect(before.success).toBe(false);
    if (!before.success) expect(before.error.issues[0].message).toBe('The review cannot be before the plan was made on 05/10/2026');
    expect(transitionPlanIssues(plan({ madeOn: '2026-11-21' }), [], TODAY)).toEqual(['The plan is dated 21/11/2026, after today']);
  });

  it('once recorded, the Due view no longer lists the review that was due', () => {
    const pupil = { id: 4, enrolmentDate: '2026-09-07', senProvision: 'K' as const, lac: false, yearGroup: '9' as const, placementStart: '2026-09-07', lastPlacementReview: '2026-11-02' };
    const due = (p: TransitionPlan): string[] =>
      dueCalendar({ today: TODAY, settings: DEFAULT_SETTINGS, pupils: [pupil], meetings: [], transitionPlans: [{ ...p, id: 9 }] }).items.filter((i) => i.kind === 'transition-plan-review').map((i) => i.dueDate);
    expect(due(plan())).toEqual(['2026-11-13']);
    const r = recordPlanReview(plan(), { on: '19/11/2026', decided: 'Return confirmed.', nextReviewOn: '11/12/2026', by: BY }, TODAY);
    expect(due(r.plan!)).toEqual(['2026-12-11']);
  });
});
