/**
 * The staff's notes of a review meeting move from the meeting item (which the home school reads while meetings are
 * shared) to Pathways Review Meeting Notes (the PRU's only): see confidentialSplit.ts for how (copy, read back, then
 * blank; resumable; never overwrites a newer value).
 */
import { MIGRATION_INFO } from './catalogue';
import { confidentialSplit } from './confidentialSplit';

export const meetingNotesSplit = confidentialSplit({
  ...MIGRATION_INFO.meetingNotesSplit,
  to: 'reviewMeetingNotes',
  one: 'meeting',
  many: 'meetings',
  what: 'notes',
  where: 'on the meeting, which the home school reads when review meetings are shared',
  itemColumns: ['Title', 'PwPupilId'],
  name: (m) => `${String(m.Id)}${typeof m.Title === 'string' && m.Title !== '' ? ` (${m.Title})` : ''}`,
  lookups: (m) => ({ PwPupilId: Number(m.PwPupilId), PwMeetingId: Number(m.Id) }),
});
