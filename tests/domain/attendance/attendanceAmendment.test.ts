import { attendanceAmendmentSchema } from '../../../src/domain/attendance/attendanceAmendment';
import { RECORDED_AT, STAFF, issuesOf } from '../helpers';

const amendment = {
  pupilId: 7,
  date: '2026-03-02',
  session: 'PM',
  originalCode: 'N',
  newCode: 'I',
  reason: 'Parent phoned: unwell',
  amendedBy: STAFF,
  amendedAt: RECORDED_AT,
};

describe('AttendanceAmendment', () => {
  it('accepts a reasoned change, including from a withdrawn code', () => {
    expect(issuesOf(attendanceAmendmentSchema, amendment)).toEqual({});
    expect(issuesOf(attendanceAmendmentSchema, { ...amendment, originalCode: 'H', newCode: 'G' })).toEqual({});
  });
  it('requires a reason and a different new code', () => {
    expect(issuesOf(attendanceAmendmentSchema, { ...amendment, reason: '  ' })).toEqual({ reason: ['Enter the reason for the change'] });
    expect(issuesOf(attendanceAmendmentSchema, { ...amendment, newCode: 'N' })).toEqual({
      newCode: ['The new code must be different from the original code'],
    });
  });
});
