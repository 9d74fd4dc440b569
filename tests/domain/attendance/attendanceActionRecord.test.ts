import { attendanceActionRecordSchema } from '../../../src/domain/attendance/attendanceActionRecord';
import { STAFF, issuesOf } from '../helpers';

describe('AttendanceActionRecord', () => {
  const action = { pupilId: 3, action: 'Home visit', date: '2026-03-04', planned: true, recordedBy: STAFF };
  it('accepts an action and defaults planned to false', () => {
    expect(issuesOf(attendanceActionRecordSchema, action)).toEqual({});
    expect(attendanceActionRecordSchema.parse({ ...action, planned: undefined }).planned).toBe(false);
  });
  it('needs notes for Other and a known action', () => {
    expect(issuesOf(attendanceActionRecordSchema, { ...action, action: 'Other' })).toEqual({ notes: ['Describe the action in the notes'] });
    expect(issuesOf(attendanceActionRecordSchema, { ...action, action: 'Detention' }).action).toEqual(['Choose the action']);
  });
});
