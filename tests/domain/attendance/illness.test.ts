import { checkIllnessReturn, type MarkForIllness } from '../../../src/domain/attendance/illness';
import { schoolDaysBetween } from '../../../src/domain/dates/schoolCalendar';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

const s = DEFAULT_SETTINGS;

/** AM and PM marks for each school day in the range. */
function days(from: string, to: string, am: string, pm = am): MarkForIllness[] {
  const out: MarkForIllness[] = [];
  for (const d of schoolDaysBetween(from, to, s)) out.push({ date: d, session: 'AM', code: am }, { date: d, session: 'PM', code: pm });
  return out;
}

describe('illness return: 15 school days of I (a day = AM + PM)', () => {
  it('is met by 15 consecutive days of illness', () => {
    const marks = days('2025-09-08', '2025-09-26', 'I'); // 15 school days
    const r = checkIllnessReturn(marks, s);
    expect(r).toMatchObject({ met: true, trigger: 'consecutive', reachedOn: '2025-09-26', longestRunDays: 15 });
  });
  it('is not met by 14.5 days (one session short)', () => {
    const marks = days('2025-09-08', '2025-09-26', 'I');
    marks[marks.length - 1].code = '\\';
    const r = checkIllnessReturn(marks, s);
    expect(r.met).toBe(false);
    expect(r.daysByAcademicYear['2025/26']).toBe(14.5);
  });
  it('counts a half day as half', () => {
    const r = checkIllnessReturn(days('2025-09-08', '2025-09-12', 'I', '\\'), s);
    expect(r.daysByAcademicYear['2025/26']).toBe(2.5);
    expect(r.longestRunDays).toBe(0.5);
  });
  it('is met cumulatively within the school year', () => {
    const marks = [
      ...days('2025-09-08', '2025-09-19', 'I'), // 10 days
      ...days('2025-09-22', '2025-09-26', '/'),
      ...days('2025-11-03', '2025-11-07', 'I'), // 5 days
    ];
    expect(checkIllnessReturn(marks, s)).toMatchObject({ met: true, trigger: 'cumulative', reachedOn: '2025-11-07', longestRunDays: 10 });
  });
  it('does not add up days from different school years', () => {
    const marks = [...days('2025-09-08', '2025-09-19', 'I'), ...days('2025-09-22', '2025-09-26', '/'), ...days('2026-09-07', '2026-09-11', 'I')];
    const r = checkIllnessReturn(marks, s);
    expect(r.met).toBe(false);
    expect(r.daysByAcademicYear).toEqual({ '2025/26': 10, '2026/27': 5 });
  });
  it('counts a consecutive run over the summer holiday', () => {
    const marks = [...days('2026-07-06', '2026-07-21', 'I'), ...days('2026-09-02', '2026-09-04', 'I')];
    expect(checkIllnessReturn(marks, s)).toMatchObject({ met: true, trigger: 'consecutive', reachedOn: '2026-09-04' });
  });
  it('is not broken by a not-possible session, but is broken by a present one', () => {
    const base = days('2025-09-08', '2025-09-26', 'I');
    const closure = base.map((m, i) => (i === 10 ? { ...m, code: '#' } : m));
    expect(checkIllnessReturn([...closure, { date: '2025-09-29', session: 'AM', code: 'I' }], s).trigger).toBe('consecutive');
    const present = base.map((m, i) => (i === 10 ? { ...m, code: '/' } : m));
    expect(checkIllnessReturn([...present, { date: '2025-09-29', session: 'AM', code: 'I' }], s).trigger).toBe('cumulative');
  });
});
