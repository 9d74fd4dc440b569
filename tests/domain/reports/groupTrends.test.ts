import { groupTrends, leadersReport, weeklySeries } from '../../../src/domain';
import { leadersInput, leadersSettings } from '../../support/leadersReportFixture';

describe('groupTrends: weekly attendance by group', () => {
  const input = leadersInput();
  const r = leadersReport(input);

  it('gives every grouping, each group week by week over the same weeks as the whole-service trend', () => {
    expect(r.attendance.trends.map((t) => t.dimension)).toEqual(['homeSchool', 'yearGroup', 'senProvision', 'primaryNeed', 'supportTier', 'fsm', 'pp', 'lac']);
    for (const t of r.attendance.trends) for (const l of t.lines) expect(l.weeks.map((w) => w.weekStart)).toEqual(r.attendance.weeks.map((w) => w.weekStart));
  });

  it('splits the week’s sessions by group: FSM eligible 80% (Ash), not eligible 100% (Bo) in w/c 09/11/2026', () => {
    const fsm = r.attendance.trends.find((t) => t.dimension === 'fsm');
    const week = (key: string) => fsm?.lines.find((l) => l.key === key)?.weeks.find((w) => w.weekStart === '2026-11-09');
    expect(week('yes')).toMatchObject({ possible: 10, attended: 8, attendancePercent: 80 });
    expect(week('no')).toMatchObject({ possible: 10, attended: 10, attendancePercent: 100 });
    expect(fsm?.lines.map((l) => [l.label, l.pupils])).toEqual([
      ['Eligible for free school meals', 1],
      ['Not eligible for free school meals', 2],
    ]);
    const school = r.attendance.trends.find((t) => t.dimension === 'homeSchool');
    expect(school?.lines.map((l) => l.label)).toEqual(['Example Academy', 'No home school']);
  });

  it('sums back to the whole-service week (each pupil in exactly one group of a grouping)', () => {
    const pupils = input.pupils.filter((p) => p.id !== 3);
    const range = { from: r.from, to: r.to };
    const all = weeklySeries(input.marks.filter((m) => m.pupilId !== 3), leadersSettings, range);
    for (const t of groupTrends(pupils, input.marks, leadersSettings, range))
      all.forEach((w, i) => expect(t.lines.reduce((s, l) => s + l.weeks[i].possible, 0)).toBe(w.possible));
  });
});
