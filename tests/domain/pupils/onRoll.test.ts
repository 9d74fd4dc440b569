import { isOnRoll } from '../../../src/domain/pupils/onRoll';

describe('isOnRoll', () => {
  const pupil = { enrolmentDate: '2025-09-03', leavingDate: '2026-03-27' };
  it('is on roll from enrolment to leaving, both days included', () => {
    expect(isOnRoll(pupil, '2025-09-03')).toBe(true);
    expect(isOnRoll(pupil, '2026-03-27')).toBe(true);
    expect(isOnRoll(pupil, '2025-09-02')).toBe(false);
    expect(isOnRoll(pupil, '2026-03-28')).toBe(false);
    expect(isOnRoll({ enrolmentDate: '2025-09-03' }, '2030-01-01')).toBe(true);
  });
});
