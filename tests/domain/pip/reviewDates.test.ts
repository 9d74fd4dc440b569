import { pipReviewSchedule, pipReviewStatus, scheduledReviewText } from '../../../src/domain/pip/reviewDates';
import { dueCalendar } from '../../../src/domain/meetings/dueCalendar';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

const s = DEFAULT_SETTINGS;
const active = { status: 'Active' as const, startDate: '2026-01-12', plannedEndDate: '2026-04-20' };

describe('PIP review dates (every 6 weeks)', () => {
  it('schedules reviews every 6 weeks up to the planned end, ending with a final review', () => {
    expect(pipReviewSchedule('2026-01-12', '2026-04-20', s)).toEqual([
      { date: '2026-02-23', dueDate: '2026-02-23', kind: 'interim' },
      // 06/04/2026 is in the Easter holiday (27/03 to 13/04): held on the last school day before it
      { date: '2026-03-27', dueDate: '2026-04-06', kind: 'interim', moved: 'holiday' },
      { date: '2026-04-20', dueDate: '2026-04-20', kind: 'final' },
    ]);
  });
  it('does not repeat a review that falls on the planned end date', () => {
    expect(pipReviewSchedule('2026-01-12', '2026-02-23', s)).toEqual([{ date: '2026-02-23', dueDate: '2026-02-23', kind: 'final' }]);
  });
  it('is due 6 weeks after the start, then after the last review', () => {
    expect(pipReviewStatus(active, [], '2026-02-23', s)).toEqual({
      nextReviewDue: '2026-02-23',
      actBy: '2026-02-23',
      overdue: false,
      daysOverdue: 0,
      pastEnd: false,
    });
    expect(pipReviewStatus(active, [], '2026-02-24', s)).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect(pipReviewStatus(active, ['2026-02-20'], '2026-02-24', s)).toMatchObject({ nextReviewDue: '2026-04-03', overdue: false });
  });
  it('is due no later than the planned end, and flags an active PIP past its end', () => {
    expect(pipReviewStatus(active, ['2026-04-01'], '2026-04-10', s).nextReviewDue).toBe('2026-04-20');
    expect(pipReviewStatus(active, ['2026-04-20'], '2026-04-21', s)).toMatchObject({ pastEnd: true, overdue: false });
  });
  it('never flags a draft or ended PIP', () => {
    expect(pipReviewStatus({ ...active, status: 'Ended' }, [], '2026-06-01', s)).toMatchObject({ overdue: false, pastEnd: false });
  });
});

describe('PIP review dates never fall in a holiday or at a weekend (one rule with the review calendar)', () => {
  // Starts Monday 16/11/2026: 6 weeks on is Monday 28/12/2026 (Christmas holiday); the planned end is Sunday 31/01/2027.
  const pip = { id: 7, pupilId: 3, status: 'Active' as const, startDate: '2026-11-16', plannedEndDate: '2027-01-31' };

  it('moves a review in the Christmas holiday and a final review on a Sunday to the school day before', () => {
    expect(pipReviewSchedule(pip.startDate, pip.plannedEndDate, s)).toEqual([
      { date: '2026-12-18', dueDate: '2026-12-28', kind: 'interim', moved: 'holiday' },
      { date: '2027-01-29', dueDate: '2027-01-31', kind: 'final', moved: 'weekend' },
    ]);
    expect(scheduledReviewText(pipReviewSchedule(pip.startDate, pip.plannedEndDate, s)[1])).toBe('29/01/2027 (final; due 31/01/2027, at a weekend)');
  });

  it('gives the same day as the review calendar, which moves the deadline to the school day before', () => {
    const status = pipReviewStatus(pip, [], '2026-12-01', s);
    expect(status).toMatchObject({ nextReviewDue: '2026-12-28', actBy: '2026-12-18', moved: 'holiday' });
    const calendar = dueCalendar({
      today: '2026-12-01',
      settings: s,
      pupils: [{ id: 3, enrolmentDate: '2026-09-02', senProvision: 'K', lac: false, yearGroup: '9' as const }],
      meetings: [],
      pips: [pip],
    });
    const item = calendar.items.find((i) => i.kind === 'pip-review');
    expect(item?.actBy).toBe(pipReviewSchedule(pip.startDate, pip.plannedEndDate, s)[0].date);
    expect(item?.actBy).toBe(status.actBy);
  });
});
