import { formatMeetingTime, londonParts, londonWallTimeToIso } from '../../../src/domain/meetings/meetingTime';

describe('meeting times in London', () => {
  it('wall-clock time to an instant in GMT and in BST, and on the days the clocks change', () => {
    expect(londonWallTimeToIso('2026-11-24', '10:00')).toBe('2026-11-24T10:00:00.000Z');
    expect(londonWallTimeToIso('2026-06-10', '14:00')).toBe('2026-06-10T13:00:00.000Z');
    expect(londonWallTimeToIso('2026-03-29', '09:00')).toBe('2026-03-29T08:00:00.000Z');
    expect(londonWallTimeToIso('2026-10-25', '09:00')).toBe('2026-10-25T09:00:00.000Z');
  });
  it('back to the London date and time, and in words', () => {
    expect(londonParts('2026-06-10T13:00:00Z')).toEqual({ date: '2026-06-10', time: '14:00' });
    expect(formatMeetingTime('2026-11-24T10:00:00Z', '2026-11-24T11:30:00Z')).toBe('Tuesday 24/11/2026, 10:00 to 11:30');
  });
});
