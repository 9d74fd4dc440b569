import { DEFAULT_SETTINGS, type Pip } from '../../../src/domain';
import { pipExpects, pipPrefillCode, planAttendance, slotsCoverSession } from '../../../src/domain/pip/planAttendance';
import { hoursInWeek, hoursOn, isInForceInWeek, isInForceOn } from '../../../src/domain/pip/pipHistory';

const s = DEFAULT_SETTINGS; // AM 09:00–12:15, PM 13:00–15:15 (see defaultSettings)
const monWedAm = [
  { day: 'Monday' as const, start: '09:30', end: '11:30', location: 'Centre', curriculum: 'Maths' },
  { day: 'Wednesday' as const, start: '09:30', end: '11:30', location: 'Centre', curriculum: 'English' },
];
const plusMonPm = [...monWedAm, { day: 'Monday' as const, start: '13:15', end: '14:45', location: 'Centre', curriculum: 'Art' }];

const pip: Pip = {
  pupilId: 7,
  status: 'Active',
  startDate: '2026-11-04',
  plannedEndDate: '2026-12-18',
  reasons: ['Extended period of non-attendance'],
  interventions: [],
  targets: ['Attend'],
  timetables: [
    { effectiveFrom: '2026-11-04', slots: monWedAm },
    { effectiveFrom: '2026-11-16', slots: plusMonPm },
  ],
};

describe('PIP history: in force and hours on any past date', () => {
  it('knows the hours of each week from the timetable history', () => {
    expect(hoursOn(pip, '2026-11-03')).toBe(0);
    expect(hoursOn(pip, '2026-11-04')).toBe(4);
    expect(hoursInWeek(pip, '2026-11-02')).toBe(4); // started on the Wednesday
    expect(hoursInWeek(pip, '2026-11-16')).toBe(5.5);
    expect(hoursInWeek(pip, '2026-10-26')).toBe(0);
  });
  it('keeps an active PIP in force past its planned end, and ends an ended one on its last day', () => {
    expect(isInForceOn(pip, '2027-01-11')).toBe(true);
    const ended = { ...pip, status: 'Ended' as const, endedOn: '2026-11-18' };
    expect([isInForceOn(ended, '2026-11-18'), isInForceOn(ended, '2026-11-19')]).toEqual([true, false]);
    expect([isInForceInWeek(ended, '2026-11-16'), isInForceInWeek(ended, '2026-11-23')]).toEqual([true, false]);
    expect(isInForceOn({ ...pip, status: 'Draft' }, '2026-11-10')).toBe(false);
  });
});

describe('Register prefill: C2 for the sessions outside the agreed timetable', () => {
  it('expects a session when a slot overlaps its times', () => {
    expect(slotsCoverSession(monWedAm, '2026-11-09', 'AM', s)).toBe(true);
    expect(slotsCoverSession(monWedAm, '2026-11-09', 'PM', s)).toBe(false);
    expect(slotsCoverSession(monWedAm, '2026-11-10', 'AM', s)).toBe(false);
  });
  it('prefills C2 only while the PIP is in force, with the timetable of that day', () => {
    expect(pipPrefillCode([pip], '2026-11-09', 'AM', s)).toBeUndefined();
    expect(pipPrefillCode([pip], '2026-11-09', 'PM', s)).toBe('C2');
    expect(pipPrefillCode([pip], '2026-11-16', 'PM', s)).toBeUndefined(); // the new timetable adds Monday afternoon
    expect(pipPrefillCode([pip], '2026-11-10', 'AM', s)).toBe('C2');
    expect(pipPrefillCode([pip], '2026-11-03', 'AM', s)).toBeUndefined(); // before the start
    expect(pipPrefillCode([{ ...pip, status: 'Draft' }], '2026-11-10', 'AM', s)).toBeUndefined();
    expect(pipPrefillCode([], '2026-11-10', 'AM', s)).toBeUndefined();
    expect(pipExpects(pip, '2026-11-03', 'AM', s)).toBeUndefined();
  });
});

describe('Attendance against the plan, week by week', () => {
  const mark = (date: string, session: 'AM' | 'PM', code: string) => ({ pupilId: 7, date, session, code });
  const marks = [
    // week of 2 Nov: Wed AM expected (attended); other sessions C2
    mark('2026-11-04', 'AM', '/'),
    mark('2026-11-04', 'PM', 'C2'),
    mark('2026-11-05', 'AM', 'C2'),
    mark('2026-11-05', 'PM', 'C2'),
    mark('2026-11-06', 'AM', 'C2'),
    mark('2026-11-06', 'PM', 'C2'),
    // week of 9 Nov: Mon AM attended, Wed AM unexplained absence
    mark('2026-11-09', 'AM', '/'),
    mark('2026-11-09', 'PM', 'C2'),
    mark('2026-11-11', 'AM', 'O'),
    mark('2026-11-11', 'PM', 'C2'),
    // week of 16 Nov: Mon AM late, Mon PM present; Wed not marked yet
    mark('2026-11-16', 'AM', 'L'),
    mark('2026-11-16', 'PM', '\\'),
    { pupilId: 8, date: '2026-11-16', session: 'AM' as const, code: 'O' },
  ];
  it('gives the share of expected sessions attended beside the statutory %', () => {
    const r = planAttendance(pip, marks, '2026-11-17', s);
    expect(r.weeks).toEqual([
      { weekBeginning: '2026-11-02', expected: 1, marked: 1, attended: 1, planPercent: 100, statutoryPercent: 16.7 },
      { weekBeginning: '2026-11-09', expected: 2, marked: 2, attended: 1, planPercent: 50, statutoryPercent: 25 },
      { weekBeginning: '2026-11-16', expected: 2, marked: 2, attended: 2, planPercent: 100, statutoryPercent: 100 },
    ]);
    expect(r).toMatchObject({ expected: 5, marked: 5, attended: 4, planPercent: 80, statutoryPercent: 33.3 });
  });
});
