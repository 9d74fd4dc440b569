import { ehcAssessmentSteps, ehcStepOfDueKind, recordEhcStep, DEFAULT_SETTINGS } from '../../../src/domain';
import { needsAssessmentRequest, ehcRequestRecord } from '../../support/sendBuilders';

const TODAY = '2026-11-20';
const request = needsAssessmentRequest(4, { id: 21, receivedOn: '2026-10-12' });

describe("recording the LA's decision for an EHC needs assessment step (issue 15, Due view)", () => {
  it('the Due view item names its step', () => {
    expect(ehcStepOfDueKind('ehc-assessment-decision')).toBe('decision');
    expect(ehcStepOfDueKind('ehc-assessment-draft')).toBe('after-assessment');
    expect(ehcStepOfDueKind('ehc-assessment-final')).toBe('final-plan');
    expect(ehcStepOfDueKind('transition-plan-review')).toBeUndefined();
  });

  it('records the decision with its date; the step is then done', () => {
    const r = recordEhcStep(request, 'decision', { outcome: 'To assess', on: '18/11/2026' }, TODAY);
    expect(r.errors).toEqual({});
    expect(r.request).toMatchObject({ decision: 'To assess', decisionOn: '2026-11-18' });
    expect(ehcAssessmentSteps(r.request!, DEFAULT_SETTINGS.statutory, TODAY)[0].state).toBe('done');
  });

  it('then the draft plan or notice, then the final plan, each after the one before', () => {
    const decided = { ...request, decision: 'To assess' as const, decisionOn: '2026-11-02' };
    expect(recordEhcStep(decided, 'after-assessment', { outcome: 'Draft plan issued', on: '30/10/2026' }, TODAY).errors.on).toBe(
      'The draft plan or notice cannot be before the decision to assess, notified on 02/11/2026',
    );
    const drafted = recordEhcStep(decided, 'after-assessment', { outcome: 'Draft plan issued', on: '16/11/2026' }, TODAY);
    expect(drafted.request).toMatchObject({ afterAssessment: 'Draft plan issued', afterAssessmentOn: '2026-11-16' });
    expect(recordEhcStep(drafted.request!, 'final-plan', { on: '13/11/2026' }, TODAY).errors.on).toBe('The final plan cannot be before the draft plan, dated 16/11/2026');
    expect(recordEhcStep(drafted.request!, 'final-plan', { on: '20/11/2026' }, TODAY).request?.finalPlanOn).toBe('2026-11-20');
  });

  it('refuses a date after today and one before the LA received the request, at the field', () => {
    expect(recordEhcStep(request, 'decision', { outcome: 'To assess', on: '21/11/2026' }, TODAY).errors.on).toBe(
      "The LA's decision is dated 21/11/2026, after today: record it once it has happened",
    );
    expect(recordEhcStep(request, 'decision', { outcome: 'Not to assess', on: '09/10/2026' }, TODAY).errors.on).toBe(
      "The LA's decision cannot be before the LA received the request on 12/10/2026",
    );
  });

  it('asks for what was decided and a date in dd/mm/yyyy', () => {
    expect(recordEhcStep(request, 'decision', { on: '' }, TODAY).errors).toEqual({
      outcome: 'Choose what the LA decided',
      on: "Enter the date the LA's decision was notified as dd/mm/yyyy",
    });
    const decided = { ...request, decision: 'To assess' as const, decisionOn: '2026-11-02' };
    expect(recordEhcStep(decided, 'after-assessment', { on: '1/13/2026' }, TODAY).errors).toEqual({
      outcome: 'Choose a draft plan or notice that no plan will be issued',
      on: 'Enter the date of the draft plan or notice as dd/mm/yyyy',
    });
  });

  it('a step that does not follow is refused: the draft before a decision to assess, the final plan without a draft', () => {
    expect(recordEhcStep(request, 'after-assessment', { outcome: 'Draft plan issued', on: '18/11/2026' }, TODAY).errors.outcome).toBe(
      "Record the LA's decision to assess first",
    );
    expect(recordEhcStep(request, 'final-plan', { on: '18/11/2026' }, TODAY).errors.on).toBe('Record the draft plan first');
    expect(recordEhcStep(ehcRequestRecord(4), 'decision', { outcome: 'To assess', on: '18/11/2026' }, TODAY).errors.on).toBe(
      'Only a request for an EHC needs assessment has these steps',
    );
  });
});
