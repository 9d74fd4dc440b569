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
  it('is an error outside the session', () => {
    expect(codeForArrival('12:15', 'AM', s)).toMatchObject({ ok: false });
    expect(codeForArrival('11:00', 'PM', s)).toMatchObject({ ok: false });
    expect(codeForArrival('15:15', 'PM', s)).toMatchObject({ ok: false });
    expect(codeForArrival('9.20', 'AM', s)).toMatchObject({ ok: false });
  });
});
