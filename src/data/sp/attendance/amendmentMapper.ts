import { attendanceAmendmentSchema, type AttendanceAmendment } from '../../../domain';
import { attendanceAmendmentsList } from '../../../lists/declared/attendanceAmendments';
import { createRecordMapper } from '../recordMapper';

export const amendmentMapper = createRecordMapper<AttendanceAmendment>({
  list: attendanceAmendmentsList,
  schema: attendanceAmendmentSchema,
  title: (a) => `${a.date} ${a.session}: ${a.originalCode} → ${a.newCode}`,
  fields: {
    pupilId: 'PwPupil',
    date: 'PwDate',
    session: 'PwSession',
    originalCode: 'PwOriginalCode',
    newCode: 'PwNewCode',
    reason: 'PwReason',
    amendedBy: 'PwAmendedBy',
    amendedAt: 'PwAmendedAt',
  },
});
