import { DEFAULT_SETTINGS } from '../../../src/domain';
import { deadlineNote, deadlineOf, whyNotSchoolDay } from '../../../src/domain/meetings/deadlines';

const s = DEFAULT_SETTINGS;

describe('deadlines that fall outside school days move earlier, never later', () => {
  it('a school day stays as it is', () => {
    expect(deadlineOf('2026-10-19', s)).toEqual({ dueDate: '2026-10-19', actBy: '2026-10-19' });
    expect(deadlineNote(deadlineOf('2026-10-19', s))).toBe('');
  });

  it('a Saturday moves to the Friday before', () => {
    const d = deadlineOf('2026-11-21', s);
    expect(d).toEqual({ dueDate: '2026-11-21', actBy: '2026-11-20', moved: 'weekend' });
    expect(deadlineNote(d)).toBe('21/11/2026 falls at a weekend: act by 20/11/2026.');
  });

  it('a day in the October half-term moves to the last school day before it', () => {
    expect(deadlineOf('2026-10-28', s)).toEqual({ dueDate: '2026-10-28', actBy: '2026-10-23', moved: 'holiday' });
    expect(deadlineNote(deadlineOf('2026-10-28', s))).toContain('in a school holiday');
  });

  it('a closure day (bank holiday Monday) moves to the Friday before', () => {
    expect(deadlineOf('2027-05-03', s)).toEqual({ dueDate: '2027-05-03', actBy: '2027-04-30', moved: 'closure' });
    expect(whyNotSchoolDay('2027-05-03', s)).toBe('closure');
  });

  it('the INSET day after Christmas moves back across the whole holiday', () => {
    expect(deadlineOf('2027-01-04', s)).toEqual({ dueDate: '2027-01-04', actBy: '2026-12-18', moved: 'closure' });
  });

  it('keeps the date when no school day is left in the period, and says so', () => {
    const d = deadlineOf('2026-08-10', s, '2026-07-25');
    expect(d).toEqual({ dueDate: '2026-08-10', actBy: '2026-08-10', noSchoolDayLeft: true });
    expect(deadlineNote(d)).toBe('10/08/2026 falls outside school days and no school day is left before it.');
  });

  it('uses a school day on the first day of the period', () => {
    expect(deadlineOf('2026-10-31', s, '2026-10-23')).toMatchObject({ actBy: '2026-10-23', moved: 'weekend' });
  });
});
