import { attendanceAmendmentSchema, type AttendanceAmendment } from '../../../domain';
import { listByKey } from '../../../lists';
import { createRecordMapper } from '../recordMapper';

export const amendmentMapper = createRecordMapper<AttendanceAmendment>({
  list: listByKey('attendanceAmendments'),
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
