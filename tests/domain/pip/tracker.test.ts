import { DEFAULT_SETTINGS, type Pip, type SchoolSettings } from '../../../src/domain';
import { trackerSheetCsv } from '../../../src/domain/pip/trackerCsv';
import { oneDecimal, sheet1, sheet2, trackerPupilRows, trackerWeek, trackerWeeks, type TrackerPip, type TrackerPupil } from '../../../src/domain/pip/tracker';

/** Slots of `minutes` each morning, Monday to Friday, from 09:00. */
function week(minutes: number): Pip['timetables'][number]['slots'] {
  const end = 9 * 60 + minutes;
  const hhmm = `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  return (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const).map((day) => ({ day, start: '09:00', end: hhmm, location: 'Centre', curriculum: 'Core' }));
}

function pip(pupilId: number, startDate: string, timetables: [string, number][], extra: Partial<Pip> = {}): TrackerPip & Pip {
  return {
    id: pupilId * 10,
    pupilId,
    status: 'Active',
    startDate,
    plannedEndDate: '2022-07-20',
    reasons: ['Extended period of non-attendance'],
    interventions: [],
    targets: ['Attend'],
    timetables: timetables.map(([effectiveFrom, hours]) => ({ effectiveFrom, slots: week((hours * 60) / 5) })),
    ...extra,
  };
}

const settings2122: SchoolSettings = {
  ...DEFAULT_SETTINGS,
  terms: [
    { academicYear: '2021/22', term: 'Autumn', halfTerms: [{ start: '2021-09-06', end: '2021-10-22' }, { start: '2021-11-01', end: '2021-12-17' }] },
    { academicYear: '2021/22', term: 'Spring', halfTerms: [{ start: '2022-01-04', end: '2022-02-18' }, { start: '2022-02-28', end: '2022-04-08' }] },
    { academicYear: '2021/22', term: 'Summer', halfTerms: [{ start: '2022-04-25', end: '2022-05-27' }, { start: '2022-06-06', end: '2022-07-20' }] },
  ],
  closures: [],
};

const rollOf = (n: number, enrolmentDate = '2021-06-01') => Array.from({ length: n }, () => ({ enrolmentDate }));

describe('PIP tracker, sheet 2 (one row per week, from the PIP history and the roll)', () => {
  // The spreadsheet's own rows (Appendix 5): 4 PIPs, 45 hours → 11.3; 4 of 35 → 11.4%; then 52 hours, then a fifth PIP.
  const pips = [
    pip(1, '2021-09-06', [['2021-09-06', 10], ['2021-09-20', 17]]),
    pip(2, '2021-09-06', [['2021-09-06', 10]]),
    pip(3, '2021-09-06', [['2021-09-06', 12.5]]),
    pip(4, '2021-09-06', [['2021-09-06', 12.5]]),
    pip(5, '2021-09-27', [['2021-09-27', 15]]),
  ];
  const pupils = [...rollOf(35), { enrolmentDate: '2021-09-15' }, { enrolmentDate: '2021-09-29' }];

  it('reproduces the spreadsheet’s rows exactly', () => {
    const weeks = trackerWeeks('2021-09-06', '2021-10-08', pips, pupils, settings2122);
    expect(weeks.map((w) => [w.weekBeginning, w.pips, w.totalHours, w.averageHours, w.onRoll, w.percentOnPips])).toEqual([
      ['2021-09-06', 4, 45, 11.3, 35, 11.4],
      ['2021-09-13', 4, 45, 11.3, 36, 11.1],
      ['2021-09-20', 4, 52, 13, 36, 11.1],
      ['2021-09-27', 5, 67, 13.4, 37, 13.5],
      ['2021-10-04', 5, 67, 13.4, 37, 13.5],
    ]);
    const csv = trackerSheetCsv(sheet2(weeks));
    expect(csv.split('\r\n').slice(0, 4)).toEqual([
      '\uFEFFWk. Beg,TOTAL Number of PIPs,TOTAL Weekly Hours,Avg. weekly hours per pupil,No. of Pupils on roll,% of Pupils on PIPs',
      '06/09/2021,4,45.0,11.3,35,11.4%',
      '13/09/2021,4,45.0,11.3,36,11.1%',
      '20/09/2021,4,52.0,13.0,36,11.1%',
    ]);
  });

  it('leaves out drafts, and ended PIPs after their last day; a pupil who left is off the roll', () => {
    const ended = { ...pip(6, '2021-09-06', [['2021-09-06', 5]]), status: 'Ended' as const, endedOn: '2021-09-10' };
    const draft = { ...pip(7, '2021-09-06', [['2021-09-06', 5]]), status: 'Draft' as const };
    const left = { enrolmentDate: '2021-06-01', leavingDate: '2021-09-10' };
    expect(trackerWeek('2021-09-06', [ended, draft], [left])).toMatchObject({ pips: 1, totalHours: 5, onRoll: 1 });
    expect(trackerWeek('2021-09-13', [ended, draft], [left])).toEqual({ weekBeginning: '2021-09-13', pips: 0, totalHours: 0, averageHours: null, onRoll: 0, percentOnPips: null });
  });

  it('counts a pupil once, even with two PIPs in force in the same week (the later one gives the hours)', () => {
    const first = { ...pip(8, '2021-09-06', [['2021-09-06', 5]]), id: 81 };
    const second = { ...pip(8, '2021-09-08', [['2021-09-08', 10]]), id: 82 };
    expect(trackerWeek('2021-09-06', [first, second], rollOf(2))).toMatchObject({ pips: 1, totalHours: 10, percentOnPips: 50 });
  });

  it('rounds half up to one decimal', () => {
    expect([oneDecimal(11.25), oneDecimal(11.428571), oneDecimal(13.35), oneDecimal(0.05)]).toEqual([11.3, 11.4, 13.4, 0.1]);
  });
});

describe('PIP tracker, sheet 1 (every column of Appendix 5)', () => {
  const pupil: TrackerPupil = {
    id: 1,
    firstName: 'Kit',
    lastName: 'Marlow',
    yearGroup: '9',
    enrolmentDate: '2021-06-28',
    registration: 'Dual',
    homeSchoolId: 4,
    senProvision: 'K',
    primaryNeed: 'SEMH',
    fsm: true,
    pp: true,
    lastYearAttendance: 50.3,
  };
  const earlier = { ...pip(1, '2022-01-10', [['2022-01-10', 14]]), id: 11, status: 'Ended' as const, endedOn: '2022-03-25' };
  const current = { ...pip(1, '2022-04-10', [['2022-04-10', 16], ['2022-05-16', 20]]), id: 12, exitStrategy: 'CAMHS support in place, attendance procedure' };
  const marks = [
    { pupilId: 1, date: '2022-05-16', code: '/' },
    { pupilId: 1, date: '2022-05-16', code: 'C2' },
    { pupilId: 1, date: '2022-05-17', code: '/' },
    { pupilId: 1, date: '2022-05-17', code: 'O' },
  ];
  const input = {
    academicYear: '2021/22',
    today: '2022-08-08',
    pips: [earlier, current],
    pupils: [pupil, { ...pupil, id: 2, firstName: 'Noor' }],
    schoolNames: new Map([[4, 'Northgate Academy']]),
    marks,
    settings: settings2122,
  };

  it('has one row per pupil on a PIP in the year, with weeks, term hours and attendance', () => {
    const rows = trackerPupilRows(input);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      pipId: 12,
      pipStart: '2022-04-10',
      previousPip: true,
      weeksOnPip: 17,
      termHours: { Autumn: null, Spring: 14, Summer: 20 },
      weeksOnRoll: 58,
      registration: 'DUAL',
      dualSchool: 'Northgate Academy',
      senStatus: 'SEN support',
      senNeed: 'Social, emotional and mental health',
      currentAttendance: 50,
    });
    const sheet = sheet1(rows, '2021/22');
    expect(sheet.columns.map((c) => c.header)).toHaveLength(22);
    expect(sheet.columns[20].header).toBe('2020/21 % Att.');
    expect(trackerSheetCsv(sheet).split('\r\n')[1]).toBe(
      'Kit,Marlow,9,10/04/2022,Yes,17,Extended period of non-attendance,,14.0,20.0,"CAMHS support in place, attendance procedure",28/06/2021,08/08/2022,58,DUAL,Northgate Academy,SEN support,"Social, emotional and mental health",Yes,Yes,50.3%,50.0%',
    );
  });

  it('agrees with sheet 2 on a PIP agreed to start next week: both show it, with its hours and no weeks on it yet', () => {
    // Today is Wednesday 11/05/2022; the PIP starts on Monday 16/05/2022 (next week, which sheet 2 already shows).
    const next = { ...pip(2, '2022-05-16', [['2022-05-16', 12]]), id: 21 };
    const rows = trackerPupilRows({ ...input, today: '2022-05-11', pips: [next] });
    expect(rows.map((r) => [r.firstName, r.pipStart, r.weeksOnPip, r.termHours.Summer])).toEqual([['Noor', '2022-05-16', 0, 12]]);
    expect(trackerWeek('2022-05-16', [next], [])).toMatchObject({ pips: 1, totalHours: 12 });
  });

  it('counts weeks on the PIP only to its last day once ended', () => {
    const rows = trackerPupilRows({ ...input, pips: [earlier] });
    expect(rows[0]).toMatchObject({ pipId: 11, weeksOnPip: 10, previousPip: false, termHours: { Spring: 14, Summer: null } });
  });
});
