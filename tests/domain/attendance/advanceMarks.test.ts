import { ADVANCE_CODES, advanceMarkIssue, isAdvanceCode } from '../../../src/domain/attendance/advanceMarks';

const TODAY = '2026-11-20';

describe('Marks for a session that has not happened yet', () => {
  it('refuses presence, lateness, illness and unauthorised codes ahead of the day', () => {
    for (const code of ['/', '\\', 'L', 'U', 'I', 'G', 'N', 'O', 'E']) {
      expect(advanceMarkIssue({ date: '2026-11-23', code, note: 'known' }, TODAY)).toMatchObject({ path: ['code'] });
    }
    expect(advanceMarkIssue({ date: '2026-11-23', code: '/' }, TODAY)?.message).toMatch(/^23\/11\/2026 has not happened yet and the register records what happened: \/ cannot be entered ahead/);
  });

  it('accepts what is known ahead only with the reason it is known', () => {
    expect(advanceMarkIssue({ date: '2026-11-23', code: '#' }, TODAY)).toMatchObject({ path: ['note'] });
    expect(advanceMarkIssue({ date: '2026-11-23', code: '#', note: '   ' }, TODAY)).toMatchObject({ path: ['note'] });
    expect(advanceMarkIssue({ date: '2026-11-23', code: '#', note: 'INSET day' }, TODAY)).toBeUndefined();
    expect(advanceMarkIssue({ date: '2026-11-23', code: 'C2', note: 'Agreed part-time timetable (PIP)' }, TODAY)).toBeUndefined();
    expect(['#', 'C2', 'M', 'J1', 'V'].every(isAdvanceCode)).toBe(true);
    expect(ADVANCE_CODES).not.toContain('I');
  });

  it('does not check today or earlier', () => {
    expect(advanceMarkIssue({ date: TODAY, code: '/' }, TODAY)).toBeUndefined();
    expect(advanceMarkIssue({ date: '2026-11-19', code: 'N' }, TODAY)).toBeUndefined();
  });
});
