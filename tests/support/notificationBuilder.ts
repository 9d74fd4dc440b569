/** The one builder for a notification request in tests: a valid message to a home school's named contact, then the caller's overrides. Fictional. */
import type { NotificationRequest } from '../../src/data/ports';

export function notificationRequest(pupilId: number, overrides: Partial<NotificationRequest> = {}): NotificationRequest {
  return {
    kind: 'attendance-stage',
    pupilId,
    to: ['senco@oakfield.example.sch.uk'],
    subject: `Pathways Learning Centre: an attendance update for pupil ${pupilId}`,
    message: 'There is an attendance update about a pupil you are named for. Please open the record to see it.',
    link: `https://pathways.example.org/sites/pathways/Lists/PwPupils/DispForm.aspx?ID=${pupilId}`,
    dedupeKey: `test-notification:${pupilId}`,
    ...overrides,
  };
}
