import { attendanceActionRecordSchema, type AttendanceActionRecord } from '../../../domain';
import { attendanceActionsList } from '../../../lists/declared/attendanceActions';
import { createRecordMapper } from '../recordMapper';
import { attendanceActionNotesList } from '../../../lists/declared/attendanceActionNotes';
import { staffNotesMapper } from '../confidential/staffNotes';

/**
 * Stage 2 and 3 actions ('Pathways Attendance Actions'), kept in each pupil's folder. The staff's notes are not on
 * this item (Pathways Attendance Action Notes, confidential/staffNotes.ts); SpAttendanceActionRepository joins both.
 */
export const attendanceActionNotesMapper = staffNotesMapper(attendanceActionNotesList);

export const attendanceActionMapper = createRecordMapper<AttendanceActionRecord>({
  list: attendanceActionsList,
  schema: attendanceActionRecordSchema,
  title: (a) => `${a.action} (${a.date})${a.planned ? ' planned' : ''}`,
  fields: {
    pupilId: 'PwPupil',
    action: 'PwAction',
    date: 'PwActionDate',
    planned: 'PwPlanned',
    recordedBy: 'PwRecordedBy',
  },
});
