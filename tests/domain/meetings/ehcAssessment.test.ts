import { DEFAULT_SETTINGS, dueCalendar, ehcAssessmentOpen, ehcAssessmentSteps, ehcRequestIssues, ehcRequestSchema, ehcStepsToChase } from '../../../src/domain';
import { needsAssessmentRequest } from '../../support/sendBuilders';
import { issuesOf } from '../helpers';

const periods = DEFAULT_SETTINGS.statutory;

describe('a request for an EHC needs assessment', () => {
  it('dates its statutory steps from the LA receiving it: 6, 16 and 20 weeks (settings)', () => {
    const steps = ehcAssessmentSteps(needsAssessmentRequest(5), periods, '2026-12-01');
    expect(steps.map((s) => [s.key, s.dueOn, s.state])).toEqual([
      ['decision', '2026-12-14', 'due-soon'],
      ['after-assessment', '2027-02-22', 'upcoming'],
      ['final-plan', '2027-03-22', 'upcoming'],
    ]);
    expect(steps[0].basis).toBe('within 6 weeks of the LA receiving the request on 02/11/2026 (SEND Regulations 2014, reg 5)');
    const longer = ehcAssessmentSteps(needsAssessmentRequest(5), { ...periods, ehcAssessDecisionWeeks: 8 }, '2026-11-20');
    expect(longer[0].dueOn).toBe('2026-12-28');
  });

  it('is overdue past a date with nothing recorded, and done late when recorded after it', () => {
    const late = ehcAssessmentSteps(needsAssessmentRequest(5), periods, '2026-12-15');
    expect(late[0].state).toBe('overdue');
    expect(ehcStepsToChase(late).map((s) => s.key)).toEqual(['decision']);
    const decided = ehcAssessmentSteps(needsAssessmentRequest(5, { decision: 'To assess', decisionOn: '2026-12-16' }), periods, '2026-12-20');
    expect(decided.map((s) => s.state)).toEqual(['done-late', 'upcoming', 'upcoming']);
    expect(decided[0].outcome).toBe('To assess');
  });

  it('needs no later step when the LA decides not to assess, or not to issue a plan', () => {
    const refused = ehcAssessmentSteps(needsAssessmentRequest(5, { decision: 'Not to assess', decisionOn: '2026-12-10' }), periods, '2027-06-01');
    expect(refused.map((s) => s.state)).toEqual(['done', 'not-needed', 'not-needed']);
    expect(ehcAssessmentOpen(refused)).toBe(false);
    const noPlan = needsAssessmentRequest(5, { decision: 'To assess', decisionOn: '2026-12-10', afterAssessment: 'No plan to be issued', afterAssessmentOn: '2027-02-19' });
    expect(ehcAssessmentSteps(noPlan, periods, '2027-06-01').map((s) => s.state)).toEqual(['done', 'done', 'not-needed']);
    const issued = { ...noPlan, afterAssessment: 'Draft plan issued' as const, finalPlanOn: '2027-03-19' };
    expect(ehcAssessmentSteps(issued, periods, '2027-06-01').map((s) => s.state)).toEqual(['done', 'done', 'done']);
  });

  it('records the LA’s decisions in order, with their dates', () => {
    expect(issuesOf(ehcRequestSchema, needsAssessmentRequest(5, { decision: 'To assess' }))).toEqual({ decisionOn: ['Enter the date the LA’s decision was notified'] });
    expect(issuesOf(ehcRequestSchema, needsAssessmentRequest(5, { decision: 'To assess', decisionOn: '2026-10-30' }))).toEqual({ decisionOn: ['The decision cannot be before the LA received the request'] });
    expect(issuesOf(ehcRequestSchema, needsAssessmentRequest(5, { afterAssessment: 'Draft plan issued', afterAssessmentOn: '2027-02-01' }))).toEqual({ afterAssessment: ['Record the LA’s decision to assess first'] });
    expect(issuesOf(ehcRequestSchema, needsAssessmentRequest(5, { decision: 'To assess', decisionOn: '2026-12-10', finalPlanOn: '2027-03-01' }))).toEqual({ finalPlanOn: ['Record the draft plan first'] });
    expect(issuesOf(ehcRequestSchema, { pupilId: 5, kind: 'LA information request', receivedOn: '2026-11-02', decision: 'To assess', decisionOn: '2026-11-20' })).toEqual({
      decision: ['Only a request for an EHC needs assessment records the LA’s decisions'],
    });
  });

  it('is refused with a decision dated ahead', () => {
    expect(ehcRequestIssues(needsAssessmentRequest(5, { decision: 'To assess', decisionOn: '2026-12-01' }), '2026-11-20')).toEqual([
      'The LA’s decision is dated 01/12/2026, after today: record it once it has happened',
    ]);
    expect(ehcRequestIssues(needsAssessmentRequest(5), '2026-11-20')).toEqual([]);
  });

  it('is not taken for a draft plan sent for comment on the Due view', () => {
    const pupil = { id: 5, enrolmentDate: '2026-09-07', senProvision: 'K' as const, lac: false, yearGroup: '10' as const };
    const items = dueCalendar({ today: '2026-11-20', settings: DEFAULT_SETTINGS, pupils: [pupil], meetings: [], ehcRequests: [needsAssessmentRequest(5)] }).items;
    expect(items.filter((i) => i.kind === 'draft-plan-comments' || i.kind === 'la-information-request')).toEqual([]);
  });
});
