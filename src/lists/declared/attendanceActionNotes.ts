import { lookup, note, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const attendanceActionNotesList: ListDefinition = {
  key: 'attendanceActionNotes',
  title: 'Pathways Attendance Action Notes',
  url: 'Lists/PwAttendanceActionNotes',
  description:
    'The staff’s own notes on a Stage 2 or 3 attendance action, never shared with a home school whatever the sharing settings (docs/sharing.md): the action, its date and whether it is planned stay on the action. One item per action.',
  fields: [
    pupilLookup(),
    lookup('PwAttendanceAction', 'Attendance action', 'attendanceActions', { required: true, indexed: true }),
    text('PwActionKey', 'Action item id', {
      required: true,
      indexed: true,
      unique: true,
      maxLength: 12,
      description: 'The action’s item id in Pathways Attendance Actions: at most one notes item per action.',
    }),
    note('PwNotes', 'Notes', { sensitive: true }),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'staff-only',
  confidentialPartOf: { list: 'attendanceActions', lookup: 'PwAttendanceAction', key: 'PwActionKey' },
};
