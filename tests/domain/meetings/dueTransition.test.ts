/**
 * The Due view's transition and EHC needs-assessment items (issue 15, workflow 4): an open transition plan's review
 * date and the transition meeting before the pupil moves on, and the statutory steps of a request for an EHC needs
 * assessment (6, 16 and 20 weeks from the LA receiving it), each with its reason, like the other kinds.
 */
import { DEFAULT_SETTINGS, ehcAssessmentSteps } from '../../../src/domain';
import { dueCalendar, type DueCalendarInput, type DueMeeting, type DuePupil } from '../../../src/domain/meetings/dueCalendar';
import type { DueItem, DueKind } from '../../../src/domain/meetings/dueItem';
import { needsAssessmentRequest } from '../../support/sendBuilders';
import { transitionPlanRecord } from '../../support/transitionBuilder';

const TODAY = '2026-11-20';
const pupil: DuePupil = { id: 1, enrolmentDate: '2026-09-02', placementStart: '2026-09-07', senProvision: 'K', lac: false, yearGroup: '9' };
const run = (over: Partial<DueCalendarInput> = {}): DueItem[] => dueCalendar({ today: TODAY, settings: DEFAULT_SETTINGS, pupils: [pupil], meetings: [], ...over }).items;
const of = (items: readonly DueItem[], ...kinds: DueKind[]): DueItem[] => items.filter((i) => kinds.indexOf(i.kind) >= 0);
const EHC: DueKind[] = ['ehc-assessment-decision', 'ehc-assessment-draft', 'ehc-assessment-final'];
const meeting = (over: Partial<DueMeeting> & Pick<DueMeeting, 'status' | 'start'>): DueMeeting => ({ id: 50, pupilId: 1, kind: 'Transition meeting', ...over });

describe('the Due view: a request for an EHC needs assessment', () => {
  it('lists each statutory step still to come (6, 16, 20 weeks from the LA receiving it) with its basis, as the steps are worked out', () => {
    const request = { ...needsAssessmentRequest(1), id: 7 };
    const items = of(run({ ehcRequests: [request] }), ...EHC);
    const steps = ehcAssessmentSteps(request, DEFAULT_SETTINGS.statutory, TODAY);
    expect(items.map((i) => [i.kind, i.dueDate, i.basis])).toEqual([
      ['ehc-assessment-decision', '2026-12-14', steps[0].basis],
      ['ehc-assessment-draft', '2027-02-22', steps[1].basis],
      ['ehc-assessment-final', '2027-03-22', steps[2].basis],
    ]);
    expect(items[0].basis).toBe('within 6 weeks of the LA receiving the request on 02/11/2026 (SEND Regulations 2014, reg 5)');
    expect(items.every((i) => i.sourceId === 7 && i.meetingKind === undefined)).toBe(true);
    expect(items[0].notes.join(' ')).toMatch(/local authority's deadline/);
    // The periods are settings.
    const longer = of(run({ settings: { ...DEFAULT_SETTINGS, statutory: { ...DEFAULT_SETTINGS.statutory, ehcAssessDecisionWeeks: 8 } }, ehcRequests: [request] }), 'ehc-assessment-decision');
    expect(longer[0].dueDate).toBe('2026-12-28');
  });

  it('drops a step once the LA has decided it, and the steps the decision makes unnecessary', () => {
    const assessing = needsAssessmentRequest(1, { decision: 'To assess', decisionOn: '2026-11-18' });
    expect(of(run({ ehcRequests: [assessing] }), ...EHC).map((i) => i.kind)).toEqual(['ehc-assessment-draft', 'ehc-assessment-final']);
    const notAssessing = needsAssessmentRequest(1, { decision: 'Not to assess', decisionOn: '2026-11-18' });
    expect(of(run({ ehcRequests: [notAssessing] }), ...EHC)).toEqual([]);
  });

  it('is overdue once the statutory date has passed with nothing recorded', () => {
    const late = needsAssessmentRequest(1, { receivedOn: '2026-09-21' });
    const [decision] = of(run({ ehcRequests: [late] }), 'ehc-assessment-decision');
    expect(decision.dueDate).toBe('2026-11-02');
    expect(decision.dueDate < TODAY).toBe(true);
  });

  it('is not listed for a pupil who has left', () => {
    const left = { ...pupil, leavingDate: '2026-11-13' };
    expect(dueCalendar({ today: TODAY, settings: DEFAULT_SETTINGS, pupils: [left], meetings: [], ehcRequests: [needsAssessmentRequest(1)] }).items).toEqual([]);
  });
});

describe('the Due view: an open transition plan', () => {
  it('lists its review date and the transition meeting, to be held before the planned move, with their reasons', () => {
    const plan = { ...transitionPlanRecord(1), id: 3 };
    const [review] = of(run({ transitionPlans: [plan] }), 'transition-plan-review');
    expect(review).toMatchObject({ dueDate: '2026-12-11', actBy: '2026-12-11', sourceId: 3 });
    expect(review.basis).toBe('the date set on the transition plan to look at it again (return to the home school planned for 04/01/2027)');
    expect(review.meetingKind).toBeUndefined();
    const [meetingItem] = of(run({ transitionPlans: [plan] }), 'transition-meeting');
    expect(meetingItem.meetingKind).toBe('Transition meeting');
    // The day before the move is Sunday 03/01/2027, in the Christmas holiday: act by the last school day before it.
    expect(meetingItem.dueDate).toBe('2027-01-03');
    expect(meetingItem.actBy < '2027-01-03').toBe(true);
    expect(meetingItem.basis).toBe('before the pupil moves on: return to the home school planned for 04/01/2027');
    expect(meetingItem.sourceId).toBe(3);
  });

  it('shows the transition meeting arranged, and nothing once one is held (a meeting held for an earlier plan does not count)', () => {
    const plan = transitionPlanRecord(1);
    const scheduled = meeting({ status: 'Scheduled', start: '2026-12-02T14:00:00Z', eventId: 'e1', invitedAt: '2026-11-20T09:00:00Z' });
    const [arranged] = of(run({ transitionPlans: [plan], meetings: [scheduled] }), 'transition-meeting');
    expect(arranged.planned).toEqual({ id: 50, start: '2026-12-02T14:00:00Z', status: 'Scheduled', invited: true });
    const held = meeting({ status: 'Held', start: '2026-11-18T14:00:00Z' });
    expect(of(run({ transitionPlans: [plan], meetings: [held] }), 'transition-meeting')).toEqual([]);
    const earlier = transitionPlanRecord(1, { status: 'Cancelled', plannedOn: '2026-11-19' });
    const completed = transitionPlanRecord(1, { status: 'Completed', completedOn: '2026-11-19', steps: [] });
    expect(of(run({ transitionPlans: [completed, plan], meetings: [held] }), 'transition-meeting')).toHaveLength(1);
    expect(of(run({ transitionPlans: [earlier, plan], meetings: [held] }), 'transition-meeting')).toEqual([]);
  });

  it('lists nothing for a completed or cancelled plan, and no review without a review date', () => {
    const done = transitionPlanRecord(1, { status: 'Completed', completedOn: '2026-11-19', steps: [] });
    const cancelled = transitionPlanRecord(1, { status: 'Cancelled' });
    expect(of(run({ transitionPlans: [done, cancelled] }), 'transition-plan-review', 'transition-meeting')).toEqual([]);
    const noReview = transitionPlanRecord(1, { reviewOn: undefined });
    expect(of(run({ transitionPlans: [noReview] }), 'transition-plan-review', 'transition-meeting').map((i) => i.kind)).toEqual(['transition-meeting']);
  });

  it('names the setting when the pupil goes somewhere new', () => {
    const plan = transitionPlanRecord(1, { destinationKind: 'A new setting', destinationName: 'Oakfield Specialist Academy', plannedOn: '2027-01-11' });
    const [item] = of(run({ transitionPlans: [plan] }), 'transition-meeting');
    expect(item.basis).toBe('before the pupil moves on: a new setting (Oakfield Specialist Academy) planned for 11/01/2027');
    expect(item.dueDate).toBe('2027-01-10');
  });
});
