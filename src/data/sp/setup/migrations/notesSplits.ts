/**
 * The staff's notes on Stage 2/3 attendance actions and on contacts with parents move from the record (which the
 * home school reads while its setting is on) to a notes list of their own (the PRU's only): see confidentialSplit.ts
 * for how (copy, read back, then blank; resumable; never overwrites a newer value).
 */
import { MIGRATION_INFO } from './catalogue';
import { confidentialSplit } from './confidentialSplit';

const named = (r: Record<string, unknown>): string => `${String(r.Id)}${typeof r.Title === 'string' && r.Title !== '' ? ` (${r.Title})` : ''}`;

export const actionNotesSplit = confidentialSplit({
  ...MIGRATION_INFO.actionNotesSplit,
  to: 'attendanceActionNotes',
  one: 'action',
  many: 'actions',
  what: 'notes',
  where: 'on the action, which the home school reads when attendance actions are shared',
  itemColumns: ['Title', 'PwPupilId'],
  name: named,
  lookups: (r) => ({ PwPupilId: Number(r.PwPupilId), PwAttendanceActionId: Number(r.Id) }),
});

export const contactNotesSplit = confidentialSplit({
  ...MIGRATION_INFO.contactNotesSplit,
  to: 'parentContactNotes',
  one: 'contact',
  many: 'contacts',
  what: 'notes',
  where: 'on the contact, which the home school reads when contacts with parents are shared',
  itemColumns: ['Title', 'PwPupilId'],
  name: named,
  lookups: (r) => ({ PwPupilId: Number(r.PwPupilId), PwContactId: Number(r.Id) }),
});
