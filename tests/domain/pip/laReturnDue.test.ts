import { DEFAULT_SETTINGS, LA_RETURN_WINDOW_DAYS, laReturnSentRecord, laReturnsDue, nextLaReturnDue, type SchoolSettings } from '../../../src/domain';
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

describe('A return recorded as sent ends its reminder', () => {
  const sentRecord = (period: string, sentOn: string, pipIds: number[] = []) => ({ period, sentOn, pipIds });

  it('half-termly: a record for the half-term ends it; a record for another half-term does not', () => {
    const settings = withTiming('Half-termly');
    expect(laReturnsDue([], '2026-12-07', settings, [sentRecord('Autumn 1 2026/27', '2026-10-23')]).map((d) => d.halfTerm?.label)).toEqual(['Autumn 2 2026/27']);
    expect(laReturnsDue([], '2026-12-07', settings, [sentRecord('Autumn 2 2026/27', '2026-12-04')])).toEqual([]);
  });

  it('at each agreement: met by a return listing the PIP sent on or after the agreement, not by one sent before it', () => {
    const settings = withTiming('Within days of agreement', 10);
    const pips = [{ ...pipRecord(1, { parentSignOff: { name: 'A Parent', date: '2026-11-16' } }), id: 11 }];
    expect(laReturnsDue(pips, '2026-11-20', settings, [sentRecord('Autumn 2 2026/27', '2026-11-10', [11])])).toHaveLength(1);
    expect(laReturnsDue(pips, '2026-11-20', settings, [sentRecord('Autumn 2 2026/27', '2026-11-18', [12])])).toHaveLength(1);
    expect(laReturnsDue(pips, '2026-11-20', settings, [sentRecord('Autumn 2 2026/27', '2026-11-18', [11])])).toEqual([]);
  });

  it('the next due: the earliest still due, else the next half-term with no record; none at agreement', () => {
    const settings = withTiming('Half-termly');
    expect(nextLaReturnDue([], '2026-12-07', settings, [])?.halfTerm?.label).toBe('Autumn 2 2026/27');
    const afterAutumn = nextLaReturnDue([], '2026-12-07', settings, [sentRecord('Autumn 2 2026/27', '2026-12-04')]);
    expect([afterAutumn?.halfTerm?.label, afterAutumn?.dueBy]).toEqual(['Spring 1 2026/27', settings.terms.find((t) => t.term === 'Spring' && t.academicYear === '2026/27')?.halfTerms[0].end]);
    expect(nextLaReturnDue([], '2026-12-07', withTiming('At agreement'), [])).toBeUndefined();
  });
});

describe('Recording a return as sent', () => {
  const halfTerm = { label: 'Autumn 2 2026/27', academicYear: '2026/27', term: 'Autumn' as const, number: 2 as const, start: '2026-11-02', end: '2026-12-18' };
  const r = { halfTerm, nil: false, rows: [['P-1'], ['P-2']], pipIds: [11, 12] };
  const entry = { sentOn: '18/12/2026', how: 'E-mail', sentTo: 'ptt@la.example.gov.uk' };

  it('takes the period and the PIPs from the return, the date as typed, and names the file by period and day', () => {
    const made = laReturnSentRecord(r, entry, 'A Officer', '2026-12-18', 'xlsx');
    expect(made.success && made.data).toEqual({
      period: 'Autumn 2 2026/27',
      periodStart: '2026-11-02',
      periodEnd: '2026-12-18',
      sentOn: '2026-12-18',
      how: 'E-mail',
      sentTo: 'ptt@la.example.gov.uk',
      sentBy: 'A Officer',
      nil: false,
      pupilCount: 2,
      pipIds: [11, 12],
      fileName: 'Part-time timetables Autumn 2 2026-27 sent 2026-12-18.xlsx',
    });
  });

  it.each([
    [{ ...entry, sentOn: '19/12/2026' }, 'sentOn', 'The date sent cannot be in the future'],
    [{ ...entry, sentOn: '01/11/2026' }, 'sentOn', 'Enter a date sent on or after the period began (02/11/2026)'],
    [{ ...entry, sentOn: '31/02/2026' }, 'sentOn', 'Enter the date as dd/mm/yyyy'],
    [{ ...entry, how: '' }, 'how', 'Choose how the return was sent'],
    [{ ...entry, sentTo: ' ' }, 'sentTo', 'Enter who the return was sent to (an address, a portal or a name)'],
  ])('refuses %j with a message at the field', (bad, path, message) => {
    const made = laReturnSentRecord(r, bad, 'A Officer', '2026-12-18', 'csv');
    expect(made.success).toBe(false);
    if (!made.success) expect(made.error.issues[0]).toMatchObject({ path: [path], message });
  });
});
