import { clockTimeFromMinutes, isClockTime, minutesOfDay } from '../../../src/domain/dates/clockTime';

describe('clock time', () => {
  it('converts HH:MM to minutes and back', () => {
    expect(minutesOfDay('09:30')).toBe(570);
    expect(clockTimeFromMinutes(795)).toBe('13:15');
    expect(isClockTime('7:05')).toBe(false);
    expect(() => minutesOfDay('25:00')).toThrow();
  });
});
