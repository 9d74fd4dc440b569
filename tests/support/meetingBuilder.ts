/** The one builder for a review meeting in tests: a valid record (a draft placement review), then the caller's overrides. Fictional. */
import type { ReviewMeeting } from '../../src/domain';

export function reviewMeetingRecord(pupilId: number, overrides: Partial<ReviewMeeting> = {}): ReviewMeeting {
  return {
    pupilId,
    kind: 'Placement review',
    status: 'Draft',
    start: '2026-11-24T10:00:00Z',
    end: '2026-11-24T11:00:00Z',
    attendees: [{ name: 'Casey Lund', email: 'casey.lund@oakfield.example.sch.uk', kind: 'home-school' }],
    outcomes: [],
    targetOutcomes: [],
    actions: [],
    ...overrides,
  };
}
