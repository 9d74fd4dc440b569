import { attendanceMarkSchema } from '../../../src/domain/attendance/attendanceMark';
import { RECORDED_AT, STAFF, issuesOf } from '../helpers';

const mark = { pupilId: 7, date: '2026-03-02', session: 'AM', code: '/', recordedBy: STAFF, recordedAt: RECORDED_AT };

describe('AttendanceMark', () => {
  it('accepts a valid mark and a late mark with its arrival time', () => {
    expect(issuesOf(attendanceMarkSchema, mark)).toEqual({});
    expect(issuesOf(attendanceMarkSchema, { ...mark, code: 'L', minutesLate: 12, arrivalTime: '09:12' })).toEqual({});
  });
  it('rejects unknown and withdrawn codes with a helpful message', () => {
    expect(issuesOf(attendanceMarkSchema, { ...mark, code: 'Y' }).code).toEqual(["'Y' is not an attendance code: choose one from the list"]);
    expect(issuesOf(attendanceMarkSchema, { ...mark, code: 'H' }).code[0]).toMatch(/withdrawn in August 2024/);
  });
  it('rejects weekends, bad sessions and bad dates', () => {
    expect(issuesOf(attendanceMarkSchema, { ...mark, date: '2026-03-01' }).date).toEqual(['Registers are only taken on weekdays']);
    expect(issuesOf(attendanceMarkSchema, { ...mark, session: 'EVE' }).session).toEqual(['Choose AM or PM']);
    expect(issuesOf(attendanceMarkSchema, { ...mark, date: '30/02/2026' }).date).toEqual(['Enter the date as dd/mm/yyyy']);
  });
  it('only records lateness with L or U', () => {
    expect(issuesOf(attendanceMarkSchema, { ...mark, minutesLate: 5 }).minutesLate).toEqual([
      'Minutes late can only be recorded with code L or U',
    ]);
    expect(issuesOf(attendanceMarkSchema, { ...mark, code: 'U', minutesLate: -1 }).minutesLate).toEqual(['Minutes late cannot be negative']);
  });
  it('needs who recorded it and when', () => {
    const issues = issuesOf(attendanceMarkSchema, { ...mark, recordedBy: 'Leo', recordedAt: '2026-03-02' });
    expect(Object.keys(issues).sort()).toEqual(['recordedAt', 'recordedBy']);
  });
});
