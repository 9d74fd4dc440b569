import { isBritishSummerTime, londonClockTime, londonToday } from '../../../src/domain/dates/londonTime';

describe('Europe/London today from an injected clock', () => {
  it('is the next day late in a summer evening (BST, UTC+1)', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonClockTime(new Date('2026-06-30T23:30:00Z'))).toBe('00:30');
  });
  it('is the same day in winter (GMT)', () => {
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(londonClockTime(new Date('2026-12-31T08:45:00Z'))).toBe('08:45');
  });
  it('changes at 01:00 UTC on the last Sunday of March and October', () => {
    expect(isBritishSummerTime(new Date('2026-03-29T00:59:59Z'))).toBe(false);
    expect(isBritishSummerTime(new Date('2026-03-29T01:00:00Z'))).toBe(true);
    expect(isBritishSummerTime(new Date('2026-10-25T00:59:59Z'))).toBe(true);
    expect(isBritishSummerTime(new Date('2026-10-25T01:00:00Z'))).toBe(false);
  });
});
