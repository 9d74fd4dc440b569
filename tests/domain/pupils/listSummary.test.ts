import { DEFAULT_SETTINGS, pupilListSummary, type MarkForStats } from '../../../src/domain';

const week = (codes: string[]): MarkForStats[] =>
  codes.map((code, i) => ({ pupilId: 1, date: `2026-11-${String(16 + Math.floor(i / 2)).padStart(2, '0')}`, code }));
const present = week(['/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\']);
const pip = { status: 'Active' as const, startDate: '2026-10-05', plannedEndDate: '2026-12-18', reviewDates: [] as string[] };

describe('pupilListSummary', () => {
  it('gives the attendance stage for the year so far', () => {
    expect(pupilListSummary(present, [], '2026-11-20', DEFAULT_SETTINGS).attendanceStage).toBe('Stage 1');
    const poor = week(['/', 'O', 'O', 'I', '/', 'O', 'O', '\\', '/', 'I']);
    expect(pupilListSummary(poor, [], '2026-11-20', DEFAULT_SETTINGS).attendanceStage).toBe('Stage 3');
    expect(pupilListSummary([], [], '2026-11-20', DEFAULT_SETTINGS).attendanceStage).toBeNull();
  });

  it('says None without an active PIP, and ignores one not yet started', () => {
    expect(pupilListSummary(present, [{ ...pip, startDate: '2026-11-30' }], '2026-11-20', DEFAULT_SETTINGS)).toMatchObject({ pipStatus: 'None', nextReview: null });
    expect(pupilListSummary(present, [{ ...pip, status: 'Ended' }], '2026-11-20', DEFAULT_SETTINGS).pipStatus).toBe('None');
  });

  it('shows Active, Review due within a week, and Overdue once the six-week review has passed', () => {
    // Reviews every 6 weeks from 05/10: due 16/11; held on 16/11 → next due 28/12, capped at the end 18/12.
    expect(pupilListSummary(present, [{ ...pip, reviewDates: ['2026-11-16'] }], '2026-11-20', DEFAULT_SETTINGS)).toMatchObject({ pipStatus: 'Active', nextReview: '2026-12-18' });
    expect(pupilListSummary(present, [{ ...pip, reviewDates: ['2026-11-16'] }], '2026-12-11', DEFAULT_SETTINGS).pipStatus).toBe('Review due');
    expect(pupilListSummary(present, [pip], '2026-11-20', DEFAULT_SETTINGS)).toMatchObject({ pipStatus: 'Overdue', nextReview: '2026-11-16' });
  });
});
