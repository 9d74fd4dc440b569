import { latestRegisterWeek, pupilStatsForWeek, weekEnd, weeklySeries } from '../../../src/domain/attendance/weeklySeries';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { week } from './insightsFixtures';

const s = DEFAULT_SETTINGS;

describe('weekly attendance series', () => {
  it('gives one point per school week, skipping the half-term holiday', () => {
    const series = weeklySeries([], s, { from: '2026-10-12', to: '2026-11-08' });
    expect(series.map((p) => p.weekStart)).toEqual(['2026-10-12', '2026-10-19', '2026-11-02']);
  });

  it('works out each week’s percentage and stage from the boundaries in settings', () => {
    const marks = [
      ...week(1, '2026-10-05', '/'),
      ...week(1, '2026-10-12', ['/', '/', '/', '/', '/', '/', '/', '/', '/', 'O']),
      ...week(1, '2026-10-19', ['/', '/', '/', '/', 'I']),
    ];
    const series = weeklySeries(marks, s, { from: '2026-10-05', to: '2026-10-23' });
    expect(series.map((p) => [p.weekStart, p.attendancePercent, p.stage])).toEqual([
      ['2026-10-05', 100, 'Stage 1'],
      ['2026-10-12', 90, 'Stage 2'],
      ['2026-10-19', 80, 'Stage 3'],
    ]);
    expect(series[1]).toMatchObject({ possible: 10, attended: 9, unauthorised: 1, authorised: 0 });
  });

  it('shows a week with no possible sessions as null, not 0%', () => {
    const marks = week(1, '2026-10-05', ['#', 'D']);
    const [point] = weeklySeries(marks, s, { from: '2026-10-05', to: '2026-10-09' });
    expect(point).toMatchObject({ weekStart: '2026-10-05', possible: 0, attendancePercent: null, stage: null });
  });

  it('includes a week with marks outside the calendar, and ignores marks outside the range', () => {
    const marks = [...week(1, '2026-10-26', '/', 2), ...week(1, '2026-11-09', 'O', 2)];
    const series = weeklySeries(marks, s, { from: '2026-10-26', to: '2026-11-06' });
    expect(series.map((p) => p.weekStart)).toEqual(['2026-10-26', '2026-11-02']);
    expect(series[0].attendancePercent).toBe(100);
    expect(series[1].possible).toBe(0);
  });

  it('gives each pupil’s figures for one week', () => {
    const marks = [...week(1, '2026-10-05', '/'), ...week(2, '2026-10-05', 'O', 4), ...week(2, '2026-10-12', '/')];
    const byPupil = pupilStatsForWeek(marks, '2026-10-05', s);
    expect(byPupil.get(1)?.attendancePercent).toBe(100);
    expect(byPupil.get(2)).toMatchObject({ possible: 4, attendancePercent: 0 });
    expect(weekEnd('2026-10-07')).toBe('2026-10-11');
  });

  it('finds the latest register week up to today', () => {
    const marks = [...week(1, '2026-10-05', '/', 2), ...week(1, '2026-11-16', '/', 2)];
    expect(latestRegisterWeek(marks, '2026-11-13')).toBe('2026-10-05');
    expect(latestRegisterWeek(marks, '2026-11-16')).toBe('2026-11-16');
    expect(latestRegisterWeek([], '2026-11-16')).toBeNull();
  });
});
