import { contactSummary, followUpsDue, latestContactsOn, parentContactDay, parentContactSchema, parentContactTimeIssue } from '../../../src/domain/parents/parentContact';
import { issuesOf } from '../helpers';

const call = {
  pupilId: 3,
  at: '2026-11-20T09:41:00Z',
  kind: 'We called' as const,
  withWhom: 'Jo Carter (mother)',
  outcome: 'Reason given' as const,
  reason: 'Ill with a temperature',
  expectedReturn: '2026-11-23',
  recordedBy: 'office@pathways.example.org',
};

describe('a contact with a parent or carer', () => {
  it('records who, when, the reason given, the expected return and the outcome', () => {
    expect(parentContactSchema.parse(parentContactDay(call))).toMatchObject({ day: '2026-11-20', reason: 'Ill with a temperature', expectedReturn: '2026-11-23' });
  });

  it('asks for what the outcome needs: the reason, or the day to follow an unexplained absence up', () => {
    expect(issuesOf(parentContactSchema, parentContactDay({ ...call, reason: undefined }))).toEqual({ reason: ['Enter the reason for the absence that was given'] });
    expect(issuesOf(parentContactSchema, parentContactDay({ ...call, outcome: 'No answer' as const, reason: undefined, expectedReturn: undefined }))).toEqual({
      followUpOn: ['The absence is still unexplained: enter the day to follow it up (no answer)'],
    });
    expect(issuesOf(parentContactSchema, parentContactDay({ ...call, expectedReturn: '2026-11-19' }))).toEqual({
      expectedReturn: ['The expected return cannot be before the day of the contact'],
    });
  });

  it('is the London day of the contact, and never a time still to come', () => {
    expect(parentContactDay({ at: '2026-06-10T23:30:00Z' }).day).toBe('2026-06-11'); // 00:30 BST
    expect(parentContactTimeIssue(call, new Date('2026-11-20T09:40:00Z'))).toEqual({ path: ['at'], message: 'The contact has not happened yet: record it once it has' });
    expect(parentContactTimeIssue(call, new Date('2026-11-20T09:41:00Z'))).toBeUndefined();
  });
});

describe('the calling list and the follow-ups', () => {
  const first = { ...parentContactDay({ ...call, outcome: 'No answer' as const, reason: undefined, expectedReturn: undefined, followUpOn: '2026-11-20', at: '2026-11-20T09:35:00Z' }), id: 1 };
  const second = { ...parentContactDay(call), id: 2 };
  const other = { ...parentContactDay({ ...call, pupilId: 4, outcome: 'Message left' as const, followUpOn: '2026-11-23' }), id: 3 };

  it('shows the latest contact of the day for each pupil', () => {
    const latest = latestContactsOn([second, first, other], '2026-11-20');
    expect(latest.get(3)?.id).toBe(2);
    expect(contactSummary(latest.get(3)!, '09:41')).toBe('Jo Carter (mother), 09:41: reason given, Ill with a temperature (back 23/11/2026)');
  });

  it('lists the follow-ups due by a day, leaving out those a later contact has answered', () => {
    expect(followUpsDue([first], '2026-11-20').map((c) => c.id)).toEqual([1]);
    expect(followUpsDue([first, second], '2026-11-20')).toEqual([]);
    expect(followUpsDue([first, other], '2026-11-20').map((c) => c.id)).toEqual([1]);
    expect(followUpsDue([first, other], '2026-11-23').map((c) => c.id)).toEqual([1, 3]);
  });
});
