import { dueRows, groupByPupil, groupByWeek } from '../../../src/domain/meetings/dueGroups';
import { dueStatus, type DueItem } from '../../../src/domain/meetings/dueItem';

const item = (pupilId: number, actBy: string, dueDate = actBy): DueItem => ({
  pupilId,
  kind: 'placement-review',
  label: 'Placement review with the home school',
  dueDate,
  actBy,
  basis: '',
  notes: [],
});

describe('due status', () => {
  it('overdue after the due date, due soon within 14 days of the act-by day, else upcoming', () => {
    expect(dueStatus(item(1, '2026-11-19'), '2026-11-20')).toBe('overdue');
    // Moved earlier for a holiday: past the act-by day but the period has not ended yet.
    expect(dueStatus(item(1, '2026-11-19', '2026-11-22'), '2026-11-20')).toBe('due-soon');
    expect(dueStatus(item(1, '2026-11-20'), '2026-11-20')).toBe('due-soon');
    expect(dueStatus(item(1, '2026-12-04'), '2026-11-20')).toBe('due-soon');
    expect(dueStatus(item(1, '2026-12-05'), '2026-11-20')).toBe('upcoming');
    expect(dueStatus(item(1, '2026-11-23'), '2026-11-20', 2)).toBe('upcoming');
  });
});

describe('the Due view groups', () => {
  const items = [item(2, '2026-10-01'), item(1, '2026-11-23'), item(2, '2026-11-26'), item(1, '2026-12-02'), item(3, '2027-03-01')];
  const rows = dueRows(items, { today: '2026-11-20' });

  it('shows everything overdue and what is due within 8 weeks', () => {
    expect(rows.map((r) => [r.item.pupilId, r.status])).toEqual([
      [2, 'overdue'],
      [1, 'due-soon'],
      [2, 'due-soon'],
      [1, 'due-soon'],
    ]);
    expect(dueRows(items, { today: '2026-11-20', horizonWeeks: 20 })).toHaveLength(5);
  });

  it('by week: overdue first, then each week beginning', () => {
    expect(groupByWeek(rows).map((g) => [g.heading, g.rows.length])).toEqual([
      ['Overdue', 1],
      ['Week beginning 23/11/2026', 2],
      ['Week beginning 30/11/2026', 1],
    ]);
  });

  it('by pupil: pupils with something overdue first, then by the earliest day', () => {
    const names: Record<number, string> = { 1: 'Brook, Ava', 2: 'Cole, Ben', 3: 'Dee, Cy' };
    expect(groupByPupil(rows, (id) => names[id]).map((g) => [g.heading, g.rows.length])).toEqual([
      ['Cole, Ben', 2],
      ['Brook, Ava', 2],
    ]);
  });
});
