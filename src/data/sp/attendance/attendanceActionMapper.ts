import { attendanceActionRecordSchema, type AttendanceActionRecord } from '../../../domain';
import { listByKey } from '../../../lists';
import { createRecordMapper } from '../recordMapper';

/** Stage 2 and 3 actions ('Pathways Attendance Actions'), kept in each pupil's folder. */
export const attendanceActionMapper = createRecordMapper<AttendanceActionRecord>({
  list: listByKey('attendanceActions'),
  schema: attendanceActionRecordSchema,
  title: (a) => `${a.action} (${a.date})${a.planned ? ' planned' : ''}`,
  fields: {
    pupilId: 'PwPupil',
    action: 'PwAction',
    date: 'PwActionDate',
    planned: 'PwPlanned',
    notes: 'PwNotes',
    recordedBy: 'PwRecordedBy',
  },
});
