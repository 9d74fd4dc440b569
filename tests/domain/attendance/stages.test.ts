import { stageForPercent, stageOfCumulative, stageOfWeek } from '../../../src/domain/attendance/stages';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

const s = DEFAULT_SETTINGS;

describe('attendance stages (Stage 1 > 90, Stage 2 > 80 to 90, Stage 3 ≤ 80)', () => {
  it.each([
    [100, 'Stage 1'],
    [91, 'Stage 1'],
    [90.5, 'Stage 1'],
    [90, 'Stage 2'],
    [81, 'Stage 2'],
    [80.01, 'Stage 2'],
    [80, 'Stage 3'],
    [0, 'Stage 3'],
  ])('%p%% is %s', (pct, stage) => {
    expect(stageForPercent(pct, s)).toBe(stage);
  });
  it('has no stage without possible sessions', () => {
    expect(stageForPercent(null, s)).toBeNull();
    expect(stageOfWeek([], s)).toBeNull();
  });
  it('follows boundaries from settings', () => {
    const custom = { stageBoundaries: { stage1AbovePercent: 95, stage3AtOrBelowPercent: 85 } };
    expect(stageForPercent(92, custom)).toBe('Stage 2');
    expect(stageForPercent(85, custom)).toBe('Stage 3');
  });
  it('works out the stage of a week and of the cumulative figure from marks', () => {
    const week = ['/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', 'O'].map((code, i) => ({ pupilId: 1, date: `2026-03-0${2 + Math.floor(i / 2)}`, code }));
    expect(stageOfWeek(week, s)).toBe('Stage 2'); // 9/10 = 90%
    expect(stageOfWeek(week.slice(0, 9), s)).toBe('Stage 1');
    expect(stageOfCumulative([...week, ...week.map((m) => ({ ...m, code: 'I' }))], s)).toBe('Stage 3'); // 45%
  });
});
