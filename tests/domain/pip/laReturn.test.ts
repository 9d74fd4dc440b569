import { DEFAULT_SETTINGS, type Pip } from '../../../src/domain';
import { halfTermOn, halfTermsOf, laPartTimeReturn, laReturnCsv, laReturnEmail, laReturnSheet, nilReturnText } from '../../../src/domain/pip/laReturn';

const s = DEFAULT_SETTINGS;
const slots = [
  { day: 'Monday' as const, start: '09:30', end: '12:00', location: 'Pathways centre', curriculum: 'Maths' },
  { day: 'Tuesday' as const, start: '09:30', end: '12:00', location: 'Library (supervised)', curriculum: 'English' },
];
const pupil = {
  id: 3,
  pupilRef: 'PH-0003',
  firstName: 'Robin',
  lastName: 'Ashby',
  dateOfBirth: '2012-02-29',
  yearGroup: '9' as const,
  senProvision: 'E' as const,
  cin: false,
  cp: true,
  lac: false,
  upn: 'T936123450017',
  homeSchoolId: 5,
};
const schoolNames = new Map([[5, 'Example Academy']]);
const pip: Pip = {
  id: 30,
  pupilId: 3,
  status: 'Active',
  startDate: '2026-09-07',
  plannedEndDate: '2026-11-27',
  reasons: ['Medical reason: unfit for full-time education', 'Extended period of non-attendance'],
  interventions: [],
  targets: ['Attend'],
  timetables: [
    { effectiveFrom: '2026-09-07', slots: slots.slice(0, 1) },
    { effectiveFrom: '2026-10-19', slots },
  ],
  parentSignOff: { name: 'Ari Ashby', date: '2026-09-03' },
};

describe('LA part-time-timetable return', () => {
  it('lists the half-terms from the term dates', () => {
    const labels = halfTermsOf(s).map((h) => h.label);
    expect(labels).toContain('Autumn 1 2026/27');
    expect(labels).toContain('Autumn 2 2026/27');
    expect(halfTermOn('2026-10-28', s)?.label).toBe('Autumn 1 2026/27'); // half-term holiday → the half-term just ended
    expect(halfTermOn('2026-11-02', s)?.label).toBe('Autumn 2 2026/27');
  });

  it('gives the settings’ fields for every PIP in force in the half-term, hours at its end', () => {
    const autumn1 = halfTermsOf(s).find((h) => h.label === 'Autumn 1 2026/27')!;
    const r = laPartTimeReturn(autumn1, [pip, { ...pip, id: 31, status: 'Draft' }], [pupil], s, schoolNames);
    expect(r.nil).toBe(false);
    expect(r.columns).toEqual(s.laPartTimeReturn.fields);
    const row = Object.fromEntries(r.columns.map((c, i) => [c, r.rows[0][i]]));
    expect(row).toEqual({
      'Pupil reference': 'PH-0003',
      UPN: 'T936123450017',
      Name: 'Robin Ashby',
      'Date of birth': '29/02/2012',
      'Year group': '9',
      'Home school': 'Example Academy',
      Reason: 'Medical reason: unfit for full-time education; Extended period of non-attendance',
      'Hours offered': '5.0',
      'Full-time hours': '25.0',
      'Start date': '07/09/2026',
      'Planned end date': '27/11/2026',
      'Actual end date': '',
      'Review dates': '19/10/2026; 27/11/2026',
      'Parental agreement': 'Yes: Ari Ashby, 03/09/2026',
      'EHC plan': 'Yes',
      'Social worker': 'Yes',
      'Looked after': 'No',
    });
    expect(laReturnCsv(r, 'Pathways').split('\r\n')[1]).toMatch(/^PH-0003,T936123450017,Robin Ashby,29\/02\/2012,9,Example Academy,/);
  });

  it('gives review dates on school days, as the PIP form, the letter and the review calendar do', () => {
    // Starts 16/11/2026: due Monday 28/12/2026 (Christmas holiday) and a final review on Sunday 31/01/2027.
    const later = { ...pip, startDate: '2026-11-16', plannedEndDate: '2027-01-31', timetables: [{ effectiveFrom: '2026-11-16', slots }] };
    const autumn2 = halfTermsOf(s).find((h) => h.label === 'Autumn 2 2026/27')!;
    const r = laPartTimeReturn(autumn2, [later], [pupil], s);
    expect(r.rows[0][r.columns.indexOf('Review dates')]).toBe('18/12/2026; 29/01/2027');
  });

  it('uses the fields and order the LA asks for', () => {
    const custom = { ...s, laPartTimeReturn: { ...s.laPartTimeReturn, fields: ['Name', 'Off-site provision', 'Hours offered'] as typeof s.laPartTimeReturn.fields } };
    const autumn2 = halfTermsOf(s).find((h) => h.label === 'Autumn 2 2026/27')!;
    const r = laPartTimeReturn(autumn2, [pip], [pupil], custom);
    expect(r.rows).toEqual([['Robin Ashby', 'Pathways centre; Library (supervised)', '5.0']]);
  });

  it('makes a nil return when nobody was on a PIP in the half-term', () => {
    const spring1 = halfTermsOf(s).find((h) => h.label === 'Spring 1 2026/27')!;
    const ended = { ...pip, status: 'Ended' as const, endedOn: '2026-11-27' };
    const r = laPartTimeReturn(spring1, [ended], [pupil], s);
    expect(r.nil).toBe(true);
    expect(laReturnCsv(r, 'Pathways Learning Centre')).toBe(
      '\uFEFFReturn\r\nNil return: Pathways Learning Centre had no pupils on a part-time timetable in Spring 1 2026/27 (04/01/2027 to 12/02/2027).\r\n',
    );
    expect(laReturnEmail(r, 'Pathways Learning Centre').subject).toBe('Part-time timetables return: Pathways Learning Centre, Spring 1 2026/27 (nil return)');
  });

  it('types dates as dates and hours as numbers for the spreadsheet, with the actual end date of an ended plan', () => {
    const autumn2 = halfTermsOf(s).find((h) => h.label === 'Autumn 2 2026/27')!;
    const ended = { ...pip, status: 'Ended' as const, endedOn: '2026-11-20' };
    const sheet = laReturnSheet(laPartTimeReturn(autumn2, [ended], [pupil], s, schoolNames), s.service);
    const col = (h: string): number => sheet.columns.findIndex((c) => c.header === h);
    expect(sheet.columns[col('Start date')].kind).toBe('date');
    expect(sheet.columns[col('Hours offered')].kind).toBe('hours');
    expect(sheet.rows[0][col('Start date')]).toBe('2026-09-07');
    expect(sheet.rows[0][col('Actual end date')]).toBe('2026-11-20');
    expect(sheet.rows[0][col('Hours offered')]).toBe(5);
    expect(sheet.rows[0][col('Full-time hours')]).toBe(25);
  });

  it('gives the safeguarding arrangements of each pupil’s own plan, not one fixed sentence', () => {
    const custom = { ...s, laPartTimeReturn: { ...s.laPartTimeReturn, fields: ['Name', 'Safeguarding arrangements'] as typeof s.laPartTimeReturn.fields } };
    const autumn2 = halfTermsOf(s).find((h) => h.label === 'Autumn 2 2026/27')!;
    const other = { ...pupil, id: 4, firstName: 'Sam' };
    const r = laPartTimeReturn(autumn2, [{ ...pip, riskSafeguarding: 'Collected by a named adult', riskHome: 'Grandparent at home' }, { ...pip, id: 40, pupilId: 4 }], [pupil, other], custom);
    expect(r.rows).toEqual([
      ['Robin Ashby', 'Collected by a named adult; Grandparent at home'],
      ['Sam Ashby', 'Not recorded on the PIP'],
    ]);
  });

  it('names the service with its URN and DfE number on a nil return', () => {
    const spring1 = halfTermsOf(s).find((h) => h.label === 'Spring 1 2026/27')!;
    expect(nilReturnText(spring1, { name: 'Pathways Learning Centre', urn: '123456', dfeNumber: '9991100' })).toBe(
      'Nil return: Pathways Learning Centre (URN 123456, DfE number 999/1100) had no pupils on a part-time timetable in Spring 1 2026/27 (04/01/2027 to 12/02/2027).',
    );
    expect(laReturnSheet(laPartTimeReturn(spring1, [], [pupil], s), { name: 'Pathways Learning Centre', urn: '123456' }).rows).toEqual([
      ['Nil return: Pathways Learning Centre (URN 123456) had no pupils on a part-time timetable in Spring 1 2026/27 (04/01/2027 to 12/02/2027).'],
    ]);
  });
});
