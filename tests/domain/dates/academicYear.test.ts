import { academicYearBounds, academicYearOf, previousAcademicYear } from '../../../src/domain/dates/academicYear';

describe('academic year', () => {
  it('starts on 1 August', () => {
    expect(academicYearOf('2026-08-01')).toBe('2026/27');
    expect(academicYearOf('2026-07-31')).toBe('2025/26');
    expect(academicYearOf('2027-01-15')).toBe('2026/27');
    expect(academicYearOf('2099-09-01')).toBe('2099/00');
    expect(academicYearOf('2000-09-01')).toBe('2000/01');
  });
  it('gives the year before (pruReads and attendance insights read last year\'s marks by it)', () => {
    expect(previousAcademicYear('2026/27')).toBe('2025/26');
    expect(previousAcademicYear('2000/01')).toBe('1999/00');
    expect(previousAcademicYear('2100/01')).toBe('2099/00');
  });
  it('gives the bounds of a year', () => {
    expect(academicYearBounds('2026/27')).toEqual({ start: '2026-08-01', end: '2027-07-31' });
  });
});
