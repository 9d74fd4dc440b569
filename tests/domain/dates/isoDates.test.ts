import {
  addDays,
  addMonths,
  daysBetween,
  formatUkDate,
  isMonday,
  isValidIsoDate,
  isoWeekday,
  mondayOf,
  parseUkDate,
} from '../../../src/domain/dates/isoDates';

describe('en-GB dates', () => {
  it('parses dd/mm/yyyy into ISO, rejecting impossible dates', () => {
    expect(parseUkDate('05/03/2026')).toBe('2026-03-05');
    expect(parseUkDate('29/02/2028')).toBe('2028-02-29');
    expect(parseUkDate('29/02/2027')).toBeNull();
    expect(parseUkDate('31/04/2026')).toBeNull();
    expect(parseUkDate('2026-03-05')).toBeNull();
  });
  it('formats ISO as dd/mm/yyyy and round-trips', () => {
    expect(formatUkDate('2026-03-05')).toBe('05/03/2026');
    expect(parseUkDate(formatUkDate('2026-12-31'))).toBe('2026-12-31');
    expect(() => formatUkDate('2026-13-01')).toThrow();
  });
  it('validates ISO dates', () => {
    expect(isValidIsoDate('2026-02-28')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-2-28')).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and clock-change boundaries', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 12)).toBe('2027-11-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
  it('finds the weekday and the Monday of the week', () => {
    expect(isoWeekday('2026-09-07')).toBe(1);
    expect(isoWeekday('2026-09-13')).toBe(7);
    expect(mondayOf('2026-09-13')).toBe('2026-09-07');
    expect(mondayOf('2026-09-07')).toBe('2026-09-07');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(isMonday('2026-09-08')).toBe(false);
  });
});
