import { isInsideSchoolDay, overlappingSlots, slotHours, timetableSettingsIssues, weeklyHours, type SlotTimes } from '../../../src/domain/pip/timetable';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

const slot = (day: SlotTimes['day'], start: string, end: string): SlotTimes => ({ day, start, end });

describe('PIP timetable rules', () => {
  it('counts hours', () => {
    expect(slotHours(slot('Monday', '09:30', '11:45'))).toBe(2.25);
    expect(weeklyHours([slot('Monday', '09:00', '12:00'), slot('Tuesday', '13:00', '14:20')])).toBe(4.33);
    expect(weeklyHours([])).toBe(0);
  });
  it('allows slots touching end-to-start but not overlapping', () => {
    expect(overlappingSlots([slot('Monday', '09:00', '10:00'), slot('Monday', '10:00', '11:00')])).toEqual([]);
    expect(overlappingSlots([slot('Monday', '09:00', '10:01'), slot('Monday', '10:00', '11:00')])).toEqual([[0, 1]]);
    expect(overlappingSlots([slot('Monday', '09:00', '12:00'), slot('Monday', '10:00', '11:00')])).toEqual([[0, 1]]);
    expect(overlappingSlots([slot('Monday', '09:00', '10:30'), slot('Tuesday', '10:00', '11:00')])).toEqual([]);
  });
  it('checks the school day (09:00–15:15 by default), edges included', () => {
    expect(isInsideSchoolDay(slot('Monday', '09:00', '15:15'), DEFAULT_SETTINGS)).toBe(true);
    expect(isInsideSchoolDay(slot('Monday', '08:59', '10:00'), DEFAULT_SETTINGS)).toBe(false);
    expect(isInsideSchoolDay(slot('Monday', '14:00', '15:16'), DEFAULT_SETTINGS)).toBe(false);
  });
  it('limits the week to the full-time hours', () => {
    const fiveDays = (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const).map((d) => slot(d, '09:00', '14:00'));
    expect(timetableSettingsIssues(fiveDays, DEFAULT_SETTINGS, ['slots'])).toEqual([]); // exactly 25
    const longer = [...fiveDays.slice(0, 4), slot('Friday', '09:00', '14:01')];
    expect(timetableSettingsIssues(longer, DEFAULT_SETTINGS, ['slots'])).toEqual([
      { path: ['slots'], message: 'The timetable is 25.02 hours a week: it cannot be more than the full-time 25 hours' },
    ]);
  });
});
