import { callingList, registerStates, timeLeftText } from '../../../src/webparts/today/components/todayModel';
import { DEFAULT_SETTINGS } from '../../../src/domain';
import { pupilRecord } from '../../support/pupilBuilder';

const pupils = [1, 2, 3].map((id) => ({ ...pupilRecord(`PH-${id}`), id, etag: '"1"' }));
const mark = (pupilId: number, code: string) => ({ pupilId, mark: { pupilId, date: '2026-11-20', session: 'AM' as const, code, recordedBy: 'a@pathways.example.org', recordedAt: '2026-11-20T09:10:00Z' } });

describe('Today model', () => {
  it('the time left before a register closes, from the settings, in London time', () => {
    const [am, pm] = registerStates({ AM: undefined, PM: undefined }, pupils, new Date('2026-10-05T08:05:00Z'), DEFAULT_SETTINGS);
    // 09:05 BST: the morning register closes at 09:30, the afternoon's at 13:15.
    expect(timeLeftText(am)).toBe('25 minutes left (closes at 09:30)');
    expect(timeLeftText(pm)).toBe('4 hours 10 minutes left (closes at 13:15)');
    expect(am).toMatchObject({ taken: false, marked: 0, expected: 3 });
    expect(timeLeftText({ minutesLeft: -5, closes: '09:30' })).toBe('closed at 09:30');
  });

  it('first-day calling: on roll with no mark, or N', () => {
    const snap = { date: '2026-11-20', session: 'AM' as const, entries: [mark(1, '/'), mark(2, 'N')] };
    expect(callingList(snap, pupils, '2026-11-20').map((p) => p.id)).toEqual([2, 3]);
  });
});
