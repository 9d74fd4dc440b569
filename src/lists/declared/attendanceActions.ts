import { ATTENDANCE_ACTIONS } from '../../domain/vocabulary';
import { boolean, choice, clientKey, date, pupilLookup, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const attendanceActionsList: ListDefinition = {
  key: 'attendanceActions',
  title: 'Pathways Attendance Actions',
  url: 'Lists/PwAttendanceActions',
  description: 'Stage 2 and 3 actions taken and planned for a pupil.',
  fields: [
    pupilLookup(),
    choice('PwAction', 'Action', ATTENDANCE_ACTIONS, { required: true }),
    date('PwActionDate', 'Date', { required: true }),
    boolean('PwPlanned', 'Planned (not yet done)'),
    text('PwRecordedBy', 'Recorded by'),
    clientKey(),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'pupil-folder',
  // Moved to Pathways Attendance Action Notes by the v2-action-notes-split migration (docs/sharing.md).
  retiredFields: [{ internalName: 'PwNotes', movedTo: 'attendanceActionNotes' }],
};
