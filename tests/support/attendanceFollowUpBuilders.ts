/** The one builder each for an attendance action and a contact with a parent or carer in tests: a valid record, then the caller's overrides. Fictional. */
import type { AttendanceActionRecord, ParentContact } from '../../src/domain';

/** A supportive conversation held on Monday 16/11/2026. */
export function attendanceActionRecord(pupilId: number, overrides: Partial<AttendanceActionRecord> = {}): AttendanceActionRecord {
  return { pupilId, action: 'Supportive conversation', date: '2026-11-16', planned: false, notes: 'Talked through the mornings with the pupil and parent', recordedBy: 'office@pathways.example.org', ...overrides };
}

/** A call to the family at 09:41 on Friday 20/11/2026 with a reason given (the day is set by the repository). */
export function parentContactRecord(pupilId: number, overrides: Partial<ParentContact> = {}): Omit<ParentContact, 'day'> {
  return {
    pupilId,
    at: '2026-11-20T09:41:00Z',
    kind: 'We called',
    withWhom: 'Parent (mother)',
    outcome: 'Reason given',
    reason: 'Ill with a temperature',
    expectedReturn: '2026-11-23',
    recordedBy: 'office@pathways.example.org',
    ...overrides,
  };
}
