import { notificationRecordSchema, type NotificationRecord } from '../../../domain';
import { notificationsList } from '../../../lists/declared/notifications';
import { createRecordMapper } from '../recordMapper';

/** The log of every message sent ('Pathways Notifications', PRU staff only). Recipients are a JSON column. */
export const notificationMapper = createRecordMapper<NotificationRecord>({
  list: notificationsList,
  schema: notificationRecordSchema,
  title: (n) => (n.subject.length > 250 ? `${n.subject.slice(0, 249)}…` : n.subject),
  json: ['recipients'],
  fields: {
    pupilId: 'PwPupilId',
    kind: 'PwKind',
    recipients: 'PwRecipients',
    subject: 'PwSubject',
    outcome: 'PwOutcome',
    attempts: 'PwAttempts',
    lastAttempt: 'PwLastAttempt',
    error: 'PwError',
    dedupeKey: 'PwDedupeKey',
    message: 'PwMessage',
    linkUrl: 'PwLink',
    sentBy: 'PwSentBy',
  },
});
