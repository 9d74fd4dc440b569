import {
  addSchoolDays,
  expectedSessionCount,
  isSchoolDay,
  schoolDaysBetween,
  schoolWeeksBetween,
} from '../../../src/domain/dates/schoolCalendar';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

const s = DEFAULT_SETTINGS;

describe('school calendar (default 2025/26 dates)', () => {
  it('knows school days, weekends, holidays and closures', () => {
    expect(isSchoolDay('2025-09-03', s)).toBe(true);
    expect(isSchoolDay('2025-09-02', s)).toBe(false); // before term
    expect(isSchoolDay('2025-09-06', s)).toBe(false); // Saturday
    expect(isSchoolDay('2025-10-27', s)).toBe(false); // half-term
    expect(isSchoolDay('2026-01-05', s)).toBe(false); // INSET closure
    expect(isSchoolDay('2026-01-06', s)).toBe(true);
  });
  it('adds school days over a half-term', () => {
    expect(addSchoolDays('2025-10-23', 2, s)).toBe('2025-11-03');
    expect(addSchoolDays('2025-11-03', -1, s)).toBe('2025-10-24');
    expect(addSchoolDays('2025-10-23', 0, s)).toBe('2025-10-23');
    expect(() => addSchoolDays('2027-07-20', 10, s)).toThrow(/term dates/);
  });
  it('lists school weeks, skipping the holiday week', () => {
    expect(schoolWeeksBetween('2025-10-13', '2025-11-09', s)).toEqual(['2025-10-13', '2025-10-20', '2025-11-03']);
    expect(schoolDaysBetween('2025-09-01', '2025-09-07', s)).toEqual(['2025-09-03', '2025-09-04', '2025-09-05']);
    expect(expectedSessionCount('2025-09-01', '2025-09-07', s)).toBe(6);
  });
});
