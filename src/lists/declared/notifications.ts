import { NOTIFICATION_OUTCOMES } from '../../domain/vocabulary';
import { choice, dateTime, integer, note, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const notificationsList: ListDefinition = {
  key: 'notifications',
  title: 'Pathways Notifications',
  url: 'Lists/PwNotifications',
  description: 'Every message the service sent: who, what, when, outcome.',
  fields: [
    integer('PwPupilId', 'Pupil id', { indexed: true }),
    text('PwKind', 'Kind', { required: true }),
    note('PwRecipients', 'Recipients', { required: true }),
    text('PwSubject', 'Subject', { required: true }),
    choice('PwOutcome', 'Outcome', NOTIFICATION_OUTCOMES, { required: true, indexed: true }),
    integer('PwAttempts', 'Attempts'),
    dateTime('PwLastAttempt', 'Last attempt'),
    note('PwError', 'Error'),
    text('PwDedupeKey', 'Dedupe key', { indexed: true, unique: true }),
    note('PwMessage', 'Message', { description: 'The short message sent: never pupil detail, so it can be sent again.' }),
    note('PwLink', 'Link to the record'),
    text('PwSentBy', 'Sent by'),
  ],
  versioning: { enabled: false },
  security: 'staff-only',
};
