import { DEFAULT_SETTINGS, LA_RETURN_WINDOW_DAYS, laReturnsDue, type SchoolSettings } from '../../../src/domain';
import { pipRecord } from '../../support/pipBuilder';

const withTiming = (timing: SchoolSettings['laPartTimeReturn']['timing'], deadlineDays?: number): SchoolSettings => ({
  ...DEFAULT_SETTINGS,
  laPartTimeReturn: { ...DEFAULT_SETTINGS.laPartTimeReturn, timing, ...(deadlineDays !== undefined ? { deadlineDays } : {}) },
});

describe('LA part-time-timetable return due', () => {
  it('half-termly: the half-term ending within the window either side of today (Autumn 2 ends on 18/12/2026)', () => {
    const settings = withTiming('Half-termly');
    expect(laReturnsDue([], '2026-11-20', settings)).toEqual([]);
    const due = laReturnsDue([], '2026-12-07', settings);
    expect(due.map((d) => [d.halfTerm?.label, d.dueBy])).toEqual([['Autumn 2 2026/27', '2026-12-18']]);
    expect(laReturnsDue([], '2027-01-01', settings).map((d) => d.dueBy)).toEqual(['2026-12-18']);
    expect(laReturnsDue([], '2027-01-02', settings)).toEqual([]);
    expect(LA_RETURN_WINDOW_DAYS).toBe(14);
  });

  it('within days of agreement: each agreed PIP from its agreement until the window after its deadline; drafts and future agreements not', () => {
    const settings = withTiming('Within days of agreement', 10);
    const pips = [
      { ...pipRecord(1, { parentSignOff: { name: 'A Parent', date: '2026-11-16' } }), id: 11 },
      { ...pipRecord(2, { parentSignOff: { name: 'A Parent', date: '2026-10-01' } }), id: 12 },
      { ...pipRecord(3, { status: 'Draft', parentSignOff: { name: 'A Parent', date: '2026-11-18' } }), id: 13 },
      { ...pipRecord(4, { parentSignOff: { name: 'A Parent', date: '2026-11-23' } }), id: 14 },
    ];
    expect(laReturnsDue(pips, '2026-11-20', settings)).toEqual([{ dueBy: '2026-11-26', pupilId: 1, pipId: 11 }]);
    expect(laReturnsDue(pips, '2026-12-10', settings).map((d) => d.pupilId)).toEqual([1, 4]);
    expect(laReturnsDue(pips, '2026-12-11', settings).map((d) => d.pupilId)).toEqual([4]);
  });

  it('at agreement: due on the day the agreement was recorded', () => {
    const pips = [{ ...pipRecord(1, { parentSignOff: { name: 'A Parent', date: '2026-11-16' } }), id: 11 }];
    expect(laReturnsDue(pips, '2026-11-20', withTiming('At agreement')).map((d) => d.dueBy)).toEqual(['2026-11-16']);
  });
});
