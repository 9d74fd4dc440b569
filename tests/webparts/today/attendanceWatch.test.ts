import { DEFAULT_SETTINGS } from '../../../src/domain';
import { attendanceWatch, watchFrom } from '../../../src/webparts/today/components/attendanceWatch';
import { marksOver } from '../../support/attendanceMarkBuilder';

// Friday 20/11/2026; the school year began on Wednesday 02/09/2026 (DEFAULT_SETTINGS' calendar).
const TODAY = '2026-11-20';
const YEAR_START = '2026-09-02';

describe('Today: attendance to act on, by the existing rules', () => {
  const marks = [
    // 1: present until last week, then 4 sessions unexplained this week: the week is Stage 3, the year still Stage 1.
    ...marksOver(1, YEAR_START, TODAY, (d) => (d >= '2026-11-16' && d <= '2026-11-17' ? 'O' : '/')),
    // 2: every afternoon ill all year (53 school days: 26.5 days of I): Stage 3 before this week and now (not "entered"), past the illness return.
    ...marksOver(2, YEAR_START, TODAY, (_d, s) => (s === 'PM' ? 'I' : '/')),
    // 3: ten unexplained mornings over the last two weeks: at the penalty-notice threshold.
    ...marksOver(3, YEAR_START, TODAY, (d, s) => (d >= '2026-11-09' && s === 'AM' ? 'O' : '/')),
    // 4: ill for the first 11 school days (22 sessions), then present: near the 15-day illness return.
    ...marksOver(4, YEAR_START, TODAY, (_d, _s, i) => (i < 22 ? 'I' : '/')),
    // 5: the same as 3 but no longer on roll: left out.
    ...marksOver(5, YEAR_START, TODAY, (d, s) => (d >= '2026-11-09' && s === 'AM' ? 'O' : '/')),
    // Marks after today are not counted (a PIP's C2 known ahead).
    ...marksOver(1, '2026-11-23', '2026-11-27', () => 'O'),
  ];
  const watch = attendanceWatch(marks, new Set([1, 2, 3, 4]), TODAY, DEFAULT_SETTINGS);

  it('entered Stage 2 or 3 this week: the stage a register save compares, now against the end of last week', () => {
    expect(watch.enteredStage).toEqual([{ pupilId: 1, stage: 'Stage 3', before: 'Stage 1' }]);
  });

  it('the penalty-notice threshold met in the window ending this week, pupils on roll only', () => {
    expect(watch.penalty.map((a) => [a.pupilId, a.level, a.result.sessions.length])).toEqual([[3, 'met', 10]]);
  });

  it('the illness return: reached, and near it', () => {
    expect(watch.illness.map((a) => [a.pupilId, a.level, a.days])).toEqual([
      [2, 'met', 26.5],
      [4, 'near', 11],
    ]);
  });

  it('reads back to the start of the penalty window when it reaches into last school year', () => {
    // The school year (from 1 August) when the ten school weeks ending this week lie within it.
    expect(watchFrom(TODAY, DEFAULT_SETTINGS)).toBe('2026-08-01');
    // Friday 25/09/2026: ten school weeks back reach into the summer term of 2025/26.
    expect(watchFrom('2026-09-25', DEFAULT_SETTINGS) < '2026-08-01').toBe(true);
  });
});
