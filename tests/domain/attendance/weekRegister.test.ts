import { DEFAULT_SETTINGS, weekRegister, type WeekCell } from '../../../src/domain';
import { marksOver } from '../../support/attendanceMarkBuilder';
import { pupilRecord } from '../../support/pupilBuilder';

/** A cell as a short word: the code, ? missing, … not yet, x no register, - off roll. */
const short = (c: WeekCell): string =>
  c.kind === 'mark' ? c.code : c.kind === 'missing' ? '?' : c.kind === 'not-yet' ? '…' : c.kind === 'no-register' ? 'x' : '-';

describe('the week view of the register', () => {
  // Mon 04/01/2027 is an INSET day (a closure in the default settings); today is Wednesday 06/01/2027.
  const pupils = [
    { ...pupilRecord('P1', { firstName: 'Ada', lastName: 'Zed' }), id: 1 },
    { ...pupilRecord('P2', { firstName: 'Ben', lastName: 'Young', enrolmentDate: '2027-01-06' }), id: 2 },
    { ...pupilRecord('P3', { firstName: 'Cai', lastName: 'Xu', leavingDate: '2026-12-18' }), id: 3 },
  ];
  const marks = [
    ...marksOver(1, '2027-01-05', '2027-01-06', (d, s) => (d === '2027-01-05' && s === 'PM' ? undefined : s === 'AM' ? '/' : '\\')),
    ...marksOver(2, '2027-01-06', '2027-01-06', (_d, s) => (s === 'AM' ? 'L' : undefined)),
  ];

  it('pupils × ten sessions by surname: marks, missing up to today, not yet after it, the closed day with its reason, days off roll empty', () => {
    const w = weekRegister(marks, pupils, '2027-01-06', DEFAULT_SETTINGS, { today: '2027-01-06', time: '16:00' });
    expect(w.monday).toBe('2027-01-04');
    expect(w.columns.map((c) => `${c.date.slice(8)}${c.session}`)).toEqual(['04AM', '04PM', '05AM', '05PM', '06AM', '06PM', '07AM', '07PM', '08AM', '08PM']);
    expect(w.days[0]).toEqual({ date: '2027-01-04', noRegister: 'INSET day: Staff training day (INSET)' });
    expect(w.days.slice(1).every((d) => d.noRegister === undefined)).toBe(true);
    // Cai left before the week and has no mark in it: not in the week.
    expect(w.rows.map((r) => [r.name, r.cells.map(short).join(' ')])).toEqual([
      ['Young, Ben', 'x x - - L ? … … … …'],
      ['Zed, Ada', 'x x / ? / \\ … … … …'],
    ]);
    expect(w.missing).toBe(2);
    expect(w.rows[1].cells[2]).toEqual({ kind: 'mark', code: '/', meaning: 'Present at the start of the morning register' });
  });

  it("today's sessions are missing only once their register has closed (the settings' times)", () => {
    const { registerCloses: am } = DEFAULT_SETTINGS.sessions.AM;
    const { registerCloses: pm } = DEFAULT_SETTINGS.sessions.PM;
    const wed = (time: string): string[] => weekRegister(marks, pupils, '2027-01-06', DEFAULT_SETTINGS, { today: '2027-01-06', time }).rows[0].cells.slice(4, 6).map(short);
    expect(wed(am)).toEqual(['L', '…']);
    expect(wed(pm)).toEqual(['L', '?']);
    const young = (time: string): string[] =>
      weekRegister(marks.filter((m) => m.pupilId !== 2), pupils, '2027-01-06', DEFAULT_SETTINGS, { today: '2027-01-06', time }).rows[0].cells.slice(4, 6).map(short);
    expect(young('08:00')).toEqual(['…', '…']);
    expect(young(am)).toEqual(['?', '…']);
  });

  it('a holiday week: every day says why there is no register, nothing is missing', () => {
    const w = weekRegister([], pupils, '2026-10-28', DEFAULT_SETTINGS, { today: '2026-11-20', time: '16:00' });
    expect(w.days.map((d) => d.noRegister)).toEqual(['half-term', 'half-term', 'half-term', 'half-term', 'half-term']);
    expect(w.missing).toBe(0);
    expect(w.rows.map((r) => r.name)).toEqual(['Xu, Cai', 'Zed, Ada']);
  });
});
