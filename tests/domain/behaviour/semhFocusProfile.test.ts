import { DEFAULT_SETTINGS, semhProfileIssues, semhProfileSchema, semhProfileStatus, semhReviewDue } from '../../../src/domain';
import { semhProfileRecord } from '../../support/behaviourBuilder';
import { issuesOf } from '../helpers';

describe('a SEMH focus profile', () => {
  it('is reviewed six weeks after it starts, on the school day before when that is in a holiday', () => {
    expect(semhReviewDue('2026-11-02', 6, DEFAULT_SETTINGS)).toBe('2026-12-14');
    // 16/11/2026 + 6 weeks = Monday 28/12/2026, in the Christmas holiday: Friday 18/12/2026, the last day of term.
    expect(semhReviewDue('2026-11-16', 6, DEFAULT_SETTINGS)).toBe('2026-12-18');
    expect(semhReviewDue('2026-11-16', 4, DEFAULT_SETTINGS)).toBe('2026-12-14');
  });

  it('holds one to six needs, each with how staff support it', () => {
    expect(semhProfileSchema.parse(semhProfileRecord(4)).focus).toHaveLength(2);
    expect(issuesOf(semhProfileSchema, semhProfileRecord(4, { focus: [] }))).toEqual({ focus: ['Add at least one need to focus on'] });
    expect(issuesOf(semhProfileSchema, semhProfileRecord(4, { focus: [{ need: 'Asks for help', strategy: '' }] }))).toEqual({ 'focus.0.strategy': ['Enter how staff will support it'] });
  });

  it('is reviewed with how each need went, who reviewed it and what follows', () => {
    const reviewed = semhProfileRecord(4, {
      reviewedOn: '2026-12-14',
      reviewedBy: 'SEMH lead',
      nextStep: 'New focus',
      focus: [
        { need: 'Manages frustration', strategy: 'Break signal', outcome: 'Improved' },
        { need: 'Works with others', strategy: 'Paired tasks' },
      ],
    });
    expect(issuesOf(semhProfileSchema, reviewed)).toEqual({ 'focus.1.outcome': ["Choose how 'Works with others' went"] });
    expect(issuesOf(semhProfileSchema, semhProfileRecord(4, { nextStep: 'End the focus profile' }))).toEqual({ reviewedOn: ['Enter the date of the review'] });
    expect(issuesOf(semhProfileSchema, semhProfileRecord(4, { reviewedOn: '2026-10-30' }))).toEqual({
      reviewedOn: ['The review cannot be before the profile started'],
      reviewedBy: ['Enter who reviewed it'],
      nextStep: ['Choose what happens next'],
      'focus.0.outcome': ["Choose how 'Manages frustration' went"],
      'focus.1.outcome': ["Choose how 'Works with others' went"],
    });
  });

  it('is in progress, due on its review day, overdue after it, and reviewed once reviewed', () => {
    const p = semhProfileRecord(4);
    expect(semhProfileStatus(p, '2026-12-11')).toBe('In progress');
    expect(semhProfileStatus(p, '2026-12-14')).toBe('Review due');
    expect(semhProfileStatus(p, '2026-12-15')).toBe('Review overdue');
    expect(semhProfileStatus({ ...p, reviewedOn: '2026-12-14' }, '2027-01-20')).toBe('Reviewed');
  });

  it('refuses a review dated ahead and a second profile while one is not reviewed', () => {
    const open = { ...semhProfileRecord(4), id: 1 };
    expect(semhProfileIssues({ ...open, reviewedOn: '2026-12-14' }, [open], '2026-12-11').map((i) => i.message)).toEqual([
      'The review is dated 14/12/2026, after today: record it once it has happened',
    ]);
    expect(semhProfileIssues(semhProfileRecord(4, { startsOn: '2026-12-07' }), [open], '2026-12-07').map((i) => i.message)).toEqual([
      "The pupil's focus profile from 02/11/2026 is not reviewed yet (due 14/12/2026): review it before starting the next",
    ]);
    expect(semhProfileIssues(semhProfileRecord(4, { startsOn: '2027-01-04' }), [{ ...open, reviewedOn: '2026-12-14' }], '2027-01-04')).toEqual([]);
  });
});
