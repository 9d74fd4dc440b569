import { illnessAlerts, marksByPupil, penaltyAlerts } from '../../../src/domain/attendance/alerts';
import { stageWorklist } from '../../../src/domain/attendance/stageWorklist';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { week } from './insightsFixtures';

const s = DEFAULT_SETTINGS;

describe('penalty-notice threshold worklist', () => {
  it('lists a pupil whose window spans the October half-term, with the sessions that make it up', () => {
    // School weeks: 31/08 (term starts Wed 02/09), 07/09 … 19/10, [26/10 half-term], 02/11, 09/11, 16/11, 23/11.
    // 07/09 to 16/11 is 10 school weeks (11 calendar weeks).
    const marks = [...week(1, '2026-09-07', 'O', 5), ...week(1, '2026-11-16', ['G', 'N'], 5)];
    const [alert] = penaltyAlerts(marks, s);
    expect(alert.pupilId).toBe(1);
    expect(alert.level).toBe('met');
    expect(alert.result.windowFirstWeek).toBe('2026-09-07');
    expect(alert.result.windowLastWeek).toBe('2026-11-16');
    expect(alert.result.sessions).toHaveLength(10);
    expect(alert.result.sessions[9]).toMatchObject({ date: '2026-11-18', session: 'AM', code: 'G' });
  });

  it('does not list a pupil whose sessions are 11 school weeks apart, and marks 8 or 9 as near', () => {
    const apart = [...week(1, '2026-09-07', 'O', 5), ...week(1, '2026-11-23', 'O', 5)];
    const near = week(2, '2026-11-02', ['U', '/'], 16);
    const alerts = penaltyAlerts([...apart, ...near], s);
    expect(alerts.map((a) => [a.pupilId, a.level, a.result.highestCountInAnyWindow])).toEqual([[2, 'near', 8]]);
  });

  it('never counts authorised absence', () => {
    expect(penaltyAlerts(week(1, '2026-11-02', ['I', 'C2', 'M']), s)).toEqual([]);
  });

  it('puts met before near', () => {
    const alerts = penaltyAlerts([...week(5, '2026-11-02', 'O', 9), ...week(6, '2026-11-02', 'N', 10)], s);
    expect(alerts.map((a) => a.pupilId)).toEqual([6, 5]);
  });
});

describe('illness return worklist', () => {
  it('prompts the LA return at 15 days (30 sessions) of code I in the school year', () => {
    const ill = ['2026-09-07', '2026-09-14', '2026-09-21'].flatMap((m) => week(1, m, 'I'));
    const fourteen = [...['2026-09-07', '2026-09-14'].flatMap((m) => week(2, m, 'I')), ...week(2, '2026-09-21', ['I', 'I', 'I', 'I', 'I', 'I', 'I', 'I', '/', '/'])];
    const alerts = illnessAlerts([...ill, ...fourteen], s, '2026/27');
    expect(alerts.map((a) => [a.pupilId, a.level, a.days])).toEqual([
      [1, 'met', 15],
      [2, 'near', 14],
    ]);
    expect(alerts[0].result.reachedOn).toBe('2026-09-25');
  });

  it('only counts the school year asked for', () => {
    const lastYear = ['2026-06-08', '2026-06-15', '2026-06-22'].flatMap((m) => week(1, m, 'I'));
    expect(illnessAlerts(lastYear, s, '2026/27')).toEqual([]);
    expect(illnessAlerts(lastYear, s, '2025/26')[0].level).toBe('met');
  });
});

describe('stage worklist', () => {
  it('lists pupils in Stage 2 or 3 in the latest week or cumulatively, worst first', () => {
    const marks = [
      // Pupil 1: 100% then 90% in the latest week → week Stage 2, cumulative 95% Stage 1.
      ...week(1, '2026-11-09', '/'),
      ...week(1, '2026-11-16', ['/', '/', '/', '/', '/', '/', '/', '/', '/', 'O']),
      // Pupil 2: 60% then 100% → week Stage 1, cumulative 80% Stage 3.
      ...week(2, '2026-11-09', ['/', '/', '/', 'O', 'O']),
      ...week(2, '2026-11-16', '/'),
      // Pupil 3: 100% both weeks → not listed.
      ...week(3, '2026-11-09', '/'),
      ...week(3, '2026-11-16', '/'),
    ];
    const list = stageWorklist(marks, s, '2026-11-20');
    expect(list.weekStart).toBe('2026-11-16');
    expect(list.rows.map((r) => [r.pupilId, r.week?.stage, r.cumulative.stage])).toEqual([
      [2, 'Stage 1', 'Stage 3'],
      [1, 'Stage 2', 'Stage 1'],
    ]);
    expect(list.rows[0].cumulative.percent).toBe(80);
  });

  it('ignores marks after today and has no week figure for a pupil without possible sessions that week', () => {
    const marks = [...week(1, '2026-11-09', ['/', 'O']), ...week(1, '2026-11-16', '#'), ...week(2, '2026-11-16', '/', 2), ...week(1, '2026-11-23', 'O')];
    const list = stageWorklist(marks, s, '2026-11-20');
    expect(list.weekStart).toBe('2026-11-16');
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ pupilId: 1, week: null, cumulative: { percent: 50, stage: 'Stage 3' } });
  });

  it('is empty with no marks', () => {
    expect(stageWorklist([], s, '2026-11-20')).toEqual({ weekStart: null, rows: [] });
  });

  it('groups marks by pupil', () => {
    expect(Array.from(marksByPupil([{ pupilId: 2 }, { pupilId: 1 }, { pupilId: 2 }]).entries())).toEqual([
      [2, [{ pupilId: 2 }, { pupilId: 2 }]],
      [1, [{ pupilId: 1 }]],
    ]);
  });
});
