import { codeForArrival } from '../../../src/domain/attendance/registerTiming';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

const s = DEFAULT_SETTINGS;

describe('code for an arrival time (AM 09:00–09:30, PM 12:45–13:15)', () => {
  it('is present on or before the register opens', () => {
    expect(codeForArrival('08:50', 'AM', s)).toEqual({ ok: true, code: '/', minutesLate: 0 });
    expect(codeForArrival('09:00', 'AM', s)).toEqual({ ok: true, code: '/', minutesLate: 0 });
    expect(codeForArrival('12:45', 'PM', s)).toEqual({ ok: true, code: '\\', minutesLate: 0 });
  });
  it('is L before the register closes and U from the moment it closes', () => {
    expect(codeForArrival('09:01', 'AM', s)).toEqual({ ok: true, code: 'L', minutesLate: 1 });
    expect(codeForArrival('09:29', 'AM', s)).toEqual({ ok: true, code: 'L', minutesLate: 29 });
    expect(codeForArrival('09:30', 'AM', s)).toEqual({ ok: true, code: 'U', minutesLate: 30 });
    expect(codeForArrival('13:14', 'PM', s)).toMatchObject({ code: 'L' });
    expect(codeForArrival('13:15', 'PM', s)).toMatchObject({ code: 'U' });
    expect(codeForArrival('12:14', 'AM', s)).toMatchObject({ code: 'U' });
  });
  it('is on time for the afternoon when the pupil arrives between the sessions (12:30: the morning ended at 12:15)', () => {
    expect(codeForArrival('12:30', 'PM', s)).toEqual({ ok: true, code: '\\', minutesLate: 0 });
    expect(codeForArrival('12:15', 'PM', s)).toEqual({ ok: true, code: '\\', minutesLate: 0 });
    const am = codeForArrival('12:30', 'AM', s);
    expect(am).toEqual({
      ok: false,
      error:
        '12:30 is after the morning session ended at 12:15, so the morning was missed: give it the absence code that fits (U is only for arriving ' +
        'before the session ends), and record the arrival on the afternoon register, where it is on time (the afternoon starts at 12:45)',
    });
    expect(codeForArrival('12:14', 'PM', s)).toEqual({ ok: false, error: '12:14 is during the morning session (it ends at 12:15): record it against the morning' });
  });
  it('is an error outside the session', () => {
    expect(codeForArrival('12:15', 'AM', s)).toMatchObject({ ok: false });
    expect(codeForArrival('11:00', 'PM', s)).toMatchObject({ ok: false });
    expect(codeForArrival('15:15', 'PM', s)).toMatchObject({ ok: false });
    expect(codeForArrival('9.20', 'AM', s)).toMatchObject({ ok: false });
  });
});
