import { DEFAULT_SETTINGS, validateRegisterDate, validateRegisterMark, type RegisterMarkInput } from '../../../src/domain';

const pupil = { firstName: 'Amara', lastName: 'Okafor', enrolmentDate: '2026-09-02', leavingDate: undefined };
const mark = (over: Partial<RegisterMarkInput>): RegisterMarkInput => ({ pupil, date: '2026-11-20', session: 'AM', ...over });
const messages = (input: RegisterMarkInput) => validateRegisterMark(input, DEFAULT_SETTINGS).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('validateRegisterDate', () => {
  it('accepts a weekday in term', () => {
    expect(validateRegisterDate('2026-11-20', DEFAULT_SETTINGS)).toEqual({ ok: true });
  });

  it('names the weekend day', () => {
    const r = validateRegisterDate('2026-11-21', DEFAULT_SETTINGS);
    expect(r).toMatchObject({ ok: false, kind: 'weekend', label: 'Saturday' });
    expect(r.ok ? '' : r.message).toBe('21/11/2026 is a Saturday: registers are taken on school days only');
    expect(validateRegisterDate('2026-11-22', DEFAULT_SETTINGS)).toMatchObject({ label: 'Sunday' });
  });

  it('says half-term for the gap inside a term', () => {
    const r = validateRegisterDate('2026-10-27', DEFAULT_SETTINGS);
    expect(r).toMatchObject({ ok: false, kind: 'half-term', label: 'half-term' });
    expect(r.ok ? '' : r.message).toContain('27/10/2026 is in the Autumn 2026/27 half-term holiday');
  });

  it('says which holiday for the gap between terms', () => {
    const r = validateRegisterDate('2026-12-22', DEFAULT_SETTINGS);
    expect(r).toMatchObject({ ok: false, kind: 'holiday' });
    expect(r.ok ? '' : r.message).toContain('between the Autumn and Spring terms');
  });

  it('gives the INSET reason for a closure', () => {
    const r = validateRegisterDate('2027-01-04', DEFAULT_SETTINGS);
    expect(r).toMatchObject({ ok: false, kind: 'closure', label: 'INSET day: Staff training day (INSET)' });
    expect(r.ok ? '' : r.message).toBe('The service is closed on 04/01/2027 (INSET day: Staff training day (INSET)): no register is taken');
  });

  it('gives the reason for other closures', () => {
    expect(validateRegisterDate('2027-05-03', DEFAULT_SETTINGS)).toMatchObject({ kind: 'closure', label: 'closure: Early May bank holiday' });
  });

  it('says when a date is outside every term in settings', () => {
    expect(validateRegisterDate('2028-09-12', DEFAULT_SETTINGS)).toMatchObject({ ok: false, kind: 'outside-terms' });
    expect(validateRegisterDate('2026-08-10', DEFAULT_SETTINGS)).toMatchObject({ ok: false, kind: 'holiday' });
  });

  it('rejects something that is not a date', () => {
    expect(validateRegisterDate('2026-02-30', DEFAULT_SETTINGS)).toMatchObject({ ok: false, kind: 'invalid' });
  });
});

describe('validateRegisterMark', () => {
  it('accepts a good mark and an empty one', () => {
    expect(messages(mark({ code: '/' }))).toEqual([]);
    expect(messages(mark({}))).toEqual([]);
    expect(messages(mark({ session: 'PM', code: '\\' }))).toEqual([]);
  });

  it('rejects an unknown code and a withdrawn one', () => {
    expect(messages(mark({ code: 'Q9' }))).toEqual(["code: 'Q9' is not an attendance code: choose one from the list"]);
    expect(messages(mark({ code: 'H' }))[0]).toContain('Code H was withdrawn in August 2024');
  });

  it("rejects the other session's present code", () => {
    expect(messages(mark({ code: '\\' }))).toEqual(['code: \\ is the afternoon present code: use / in the morning']);
    expect(messages(mark({ session: 'PM', code: '/' }))).toEqual(['code: / is the morning present code: use \\ in the afternoon']);
  });

  it('rejects a pupil not yet enrolled or already left', () => {
    expect(messages(mark({ pupil: { ...pupil, enrolmentDate: '2026-11-23' }, code: '/' }))).toEqual([
      'pupil: Amara Okafor is not on roll on 20/11/2026 (enrols on 23/11/2026): no mark can be recorded',
    ]);
    expect(messages(mark({ pupil: { ...pupil, leavingDate: '2026-11-13' }, code: '/' }))[0]).toContain('left on 13/11/2026');
  });

  it('checks the arrival time against the session', () => {
    expect(messages(mark({ code: 'L', arrivalTime: '09:29' }))).toEqual([]);
    expect(messages(mark({ code: 'U', arrivalTime: '09:30' }))).toEqual([]);
    expect(messages(mark({ code: 'L', arrivalTime: '9.20' }))[0]).toMatch(/^arrivalTime: Enter the arrival time as HH:MM/);
    expect(messages(mark({ code: 'U', arrivalTime: '12:20' }))).toEqual([
      'arrivalTime: 12:20 is after the morning session ended at 12:15, so the morning was missed: give it the absence code that fits (U is only for arriving before the session ends), and record the arrival on the afternoon register, where it is on time (the afternoon starts at 12:45)',
    ]);
    expect(messages(mark({ session: 'PM', code: 'L', arrivalTime: '11:00' }))[0]).toContain('11:00 is during the morning session (it ends at 12:15): record it against the morning');
  });

  it('says when the code does not match the arrival time', () => {
    expect(messages(mark({ code: 'L', arrivalTime: '09:30' }))).toEqual([
      'code: Arrival at 09:30 is at or after the register closed at 09:30, so the code is U, not L',
    ]);
    expect(messages(mark({ code: 'U', arrivalTime: '09:10' }))[0]).toContain('before the register closed at 09:30, so the code is L');
    expect(messages(mark({ code: 'I', arrivalTime: '09:10' }))).toEqual([
      'arrivalTime: An arrival time is only recorded with L or U: clear it, or choose L',
    ]);
  });
});
