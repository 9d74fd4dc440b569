import { failedNotificationSchema, type FailedNotification } from '../../../domain';
import { notificationsList } from '../../../lists/declared/notifications';
import { createRecordMapper, type FieldMap } from '../recordMapper';

const fields: FieldMap<FailedNotification> = { subject: 'PwSubject', outcome: 'PwOutcome', attempts: 'PwAttempts' };
const columns: readonly string[] = Object.values(fields);

/** What Today shows of a failed message, and no other column asked of SharePoint (reads only). */
export const failedNotificationMapper = createRecordMapper<FailedNotification>({
  list: { ...notificationsList, fields: notificationsList.fields.filter((f) => columns.includes(f.internalName)) },
  schema: failedNotificationSchema,
  fields,
});
