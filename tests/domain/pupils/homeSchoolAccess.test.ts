import { lastDayOfLeaverAccess, schoolWithAccess } from '../../../src/domain';

const rule = { leaverAccessDays: 10 };

describe('schoolWithAccess', () => {
  it('is nobody without a home school', () => {
    expect(schoolWithAccess({ homeSchoolId: undefined, leavingDate: undefined }, '2026-10-01', rule)).toBeUndefined();
  });

  it('is the current home school while the pupil is on roll', () => {
    expect(schoolWithAccess({ homeSchoolId: 7, leavingDate: undefined }, '2026-10-01', rule)).toBe(7);
    expect(schoolWithAccess({ homeSchoolId: 7, leavingDate: '2026-12-18' }, '2026-10-01', rule)).toBe(7);
  });

  it('keeps a leaver’s home school for the set number of days after the leaving date, then nobody', () => {
    const leaver = { homeSchoolId: 7, leavingDate: '2026-10-20' };
    expect(lastDayOfLeaverAccess('2026-10-20', rule)).toBe('2026-10-30');
    expect(schoolWithAccess(leaver, '2026-10-30', rule)).toBe(7);
    expect(schoolWithAccess(leaver, '2026-10-31', rule)).toBeUndefined();
    expect(schoolWithAccess(leaver, '2026-10-20', { leaverAccessDays: 0 })).toBe(7);
    expect(schoolWithAccess(leaver, '2026-10-21', { leaverAccessDays: 0 })).toBeUndefined();
  });
});
