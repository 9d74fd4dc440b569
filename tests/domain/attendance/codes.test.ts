import {
  ATTENDANCE_CODES,
  COMMON_CODES,
  DEFAULT_NOT_POSSIBLE_CODES,
  findCode,
  getCode,
  isKnownCode,
  isSelectableCode,
} from '../../../src/domain/attendance/codes';

const ALL_2024 = ['/', '\\', 'L', 'K', 'V', 'P', 'W', 'B', 'D', 'C1', 'M', 'J1', 'S', 'X', 'C2', 'C', 'T', 'R', 'I', 'E', 'Q',
  'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'G', 'N', 'O', 'U', 'Z', '#'];

describe('attendance code table', () => {
  it('has every 2024 code, selectable, and H only as withdrawn', () => {
    for (const c of ALL_2024) expect(isSelectableCode(c)).toBe(true);
    expect(ATTENDANCE_CODES).toHaveLength(ALL_2024.length + 1);
    expect(isKnownCode('H')).toBe(true);
    expect(isSelectableCode('H')).toBe(false);
    expect(isKnownCode('J')).toBe(false);
    expect(isKnownCode('y1')).toBe(false);
  });
  it('marks the penalty-threshold codes G, N, O, U only', () => {
    expect(ATTENDANCE_CODES.filter((c) => c.countsTowardPenaltyThreshold).map((c) => c.code).sort()).toEqual(['G', 'N', 'O', 'U']);
  });
  it('counts present and approved activity as attended, and C2 as authorised absence', () => {
    expect(ATTENDANCE_CODES.filter((c) => c.countsAsAttended).map((c) => c.code).sort()).toEqual(
      ['/', '\\', 'L', 'K', 'V', 'P', 'W', 'B'].sort(),
    );
    expect(getCode('C2')).toMatchObject({ category: 'authorised', countsAsPossible: true, countsAsAttended: false });
    expect(getCode('J1').category).toBe('authorised');
    expect(getCode('U').category).toBe('unauthorised');
  });
  it('treats D, X, Z, #, Q and Y1–Y7 as not possible by default', () => {
    expect([...DEFAULT_NOT_POSSIBLE_CODES].sort()).toEqual(['#', 'D', 'Q', 'X', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Y6', 'Y7', 'Z']);
    expect(getCode('Y4').countsAsPossible).toBe(false);
    expect(getCode('D').countsAsPossible).toBe(false);
  });
  it('offers common codes for one-click buttons', () => {
    expect(COMMON_CODES).toEqual(expect.arrayContaining(['/', '\\', 'L', 'U', 'N', 'I', 'C2']));
    expect(COMMON_CODES).not.toContain('Y5');
  });
  it('looks up codes', () => {
    expect(findCode('ZZ')).toBeUndefined();
    expect(() => getCode('ZZ')).toThrow(/Unknown attendance code/);
  });
});
