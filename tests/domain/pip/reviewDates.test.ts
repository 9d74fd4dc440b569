import { pipReviewSchedule, pipReviewStatus } from '../../../src/domain/pip/reviewDates';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

const s = DEFAULT_SETTINGS;
const active = { status: 'Active' as const, startDate: '2026-01-12', plannedEndDate: '2026-04-20' };

describe('PIP review dates (every 6 weeks)', () => {
  it('schedules reviews every 6 weeks up to the planned end, ending with a final review', () => {
    expect(pipReviewSchedule('2026-01-12', '2026-04-20', s)).toEqual([
      { date: '2026-02-23', kind: 'interim' },
      { date: '2026-04-06', kind: 'interim' },
      { date: '2026-04-20', kind: 'final' },
    ]);
  });
  it('does not repeat a review that falls on the planned end date', () => {
    expect(pipReviewSchedule('2026-01-12', '2026-02-23', s)).toEqual([{ date: '2026-02-23', kind: 'final' }]);
  });
  it('is due 6 weeks after the start, then after the last review', () => {
    expect(pipReviewStatus(active, [], '2026-02-23', s)).toEqual({ nextReviewDue: '2026-02-23', overdue: false, daysOverdue: 0, pastEnd: false });
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
