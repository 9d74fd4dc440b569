import { describeConflict, outcomeMessage, personName, savingMessage } from '../../../../../src/webparts/attendance/components/register/saveOutcome';
import { DATE, mark } from './fixtures';

const me = { email: 'attendance.officer@pathways.example.org', displayName: 'Attendance Officer' };
const snapshot = { date: DATE, session: 'AM' as const, entries: [] };

describe('save wording', () => {
  it('says what is being saved and what happened', () => {
    expect(savingMessage(58)).toBe('Saving 58 marks…');
    expect(savingMessage(1)).toBe('Saving 1 mark…');
    expect(outcomeMessage({ saved: [1, 2], unchanged: [], conflicts: [], failures: [], snapshot }, 0)).toBe('Saved 2 marks.');
    expect(
      outcomeMessage(
        { saved: [1], unchanged: [2, 3], conflicts: [{ pupilId: 4, mine: mark(4, 'O') }], failures: [{ pupilId: 5, message: 'x' }], snapshot },
        2,
      ),
    ).toBe(
      'Saved 1 mark. 2 marks unchanged. 1 mark not saved: see the message at each pupil. ' +
        '1 mark changed by someone else while you were working: choose what to keep. ' +
        '2 marks not sent: correct the message at each pupil, then save again.',
    );
  });

  it('describes a conflict with who and when (London time)', () => {
    const theirs = mark(2, 'I', { recordedBy: 'sam.patel@pathways.example.org', recordedAt: '2026-11-20T09:41:00Z' });
    expect(describeConflict({ pupilId: 2, mine: mark(2, 'O'), theirs }, 'Leo Brennan', DATE, me)).toBe(
      "Leo Brennan: you entered O, Sam Patel's save says I at 09:41",
    );
    const yesterday = { ...theirs, recordedAt: '2026-11-19T16:00:00Z' };
    expect(describeConflict({ pupilId: 2, mine: mark(2, 'O'), theirs: yesterday }, 'Leo Brennan', DATE, me)).toContain('at 16:00 on 19/11/2026');
    expect(describeConflict({ pupilId: 2, mine: mark(2, 'O') }, 'Leo Brennan', DATE, me)).toBe(
      'Leo Brennan: you entered O, but the saved mark has since been removed',
    );
  });

  it('names the current user as "you"', () => {
    expect(personName('Attendance.Officer@pathways.example.org', me)).toBe('Attendance Officer (you)');
  });
});
