import { failedNotificationSchema, type FailedNotification } from '../../../domain';
import { notificationsList } from '../../../lists/declared/notifications';
import { createRecordMapper, onlyColumns, type FieldMap } from '../recordMapper';

const fields: FieldMap<FailedNotification> = { subject: 'PwSubject', outcome: 'PwOutcome', attempts: 'PwAttempts' };

/** What Today shows of a failed message, and no other column asked of SharePoint (reads only). */
export const failedNotificationMapper = createRecordMapper<FailedNotification>({
  list: onlyColumns(notificationsList, fields),
  schema: failedNotificationSchema,
  fields,
});
