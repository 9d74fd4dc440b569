import { notificationRecordSchema } from '../../../src/domain/notifications/notificationRecord';
import { issuesOf } from '../helpers';

describe('NotificationRecord', () => {
  const n = {
    pupilId: 12,
    kind: 'pip-review-due',
    recipients: ['p.sandhu@oakfield.example.sch.uk'],
    subject: 'PIP review due',
    outcome: 'Sent',
    attempts: 1,
    lastAttempt: '2026-02-16T08:00:00Z',
    dedupeKey: 'pip-review-due:5:2026-02-23',
  };
  it('accepts a sent notification and a pending one with no attempts', () => {
    expect(issuesOf(notificationRecordSchema, n)).toEqual({});
    expect(issuesOf(notificationRecordSchema, { ...n, outcome: 'Pending', attempts: 0, lastAttempt: undefined })).toEqual({});
  });
  it('needs at least one valid recipient', () => {
    expect(issuesOf(notificationRecordSchema, { ...n, recipients: [] })).toEqual({ recipients: ['Add at least one recipient'] });
    expect(Object.keys(issuesOf(notificationRecordSchema, { ...n, recipients: ['oakfield'] }))).toEqual(['recipients.0']);
  });
  it('needs an attempt when sent and an error when failed', () => {
    expect(issuesOf(notificationRecordSchema, { ...n, attempts: 0 })).toEqual({ attempts: ['A sent or failed notification has at least one attempt'] });
    expect(issuesOf(notificationRecordSchema, { ...n, outcome: 'Failed' })).toEqual({ error: ['Record why the notification failed'] });
  });
  it('keeps the message and a real link, so a failed one can be sent again', () => {
    expect(issuesOf(notificationRecordSchema, { ...n, message: 'Please open the record.', linkUrl: 'https://contoso.example/sites/pathways/x', sentBy: 'a@b.org' })).toEqual({});
    expect(issuesOf(notificationRecordSchema, { ...n, linkUrl: 'the record' })).toEqual({ linkUrl: ['Enter the link as a web address'] });
  });
});
