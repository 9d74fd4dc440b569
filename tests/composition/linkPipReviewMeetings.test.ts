import { DEFAULT_SETTINGS, type PipReview, type ReviewMeeting } from '../../src/domain';
import { linkPipReviewMeetings } from '../../src/composition/linkPipReviewMeetings';
import { FakePips } from '../support/fakePips';
import { FakeMeetings } from '../support/fakeMeetings';
import { SAM_PIP } from '../webparts/pips/components/pipFixtures';

const NOW = new Date('2026-12-08T15:00:00Z');
const meeting: ReviewMeeting = {
  id: 7,
  pupilId: SAM_PIP.pupilId,
  kind: 'PIP review',
  status: 'Scheduled',
  start: '2026-12-08T10:30:00Z',
  end: '2026-12-08T11:30:00Z',
  eventId: 'EVT-7',
  invitedAt: '2026-11-30T09:00:00Z',
  attendees: [{ name: 'Jo Carter', email: 'jo.carter@example.org', kind: 'parent' }],
  outcomes: [],
  targetOutcomes: [],
  actions: [],
};
const review: PipReview = {
  pipId: 1,
  pupilId: SAM_PIP.pupilId,
  reviewDate: '2026-12-08',
  targetOutcomes: [{ target: SAM_PIP.targets[0], outcome: 'Met' }],
  timetable: { days: [], slots: [] },
  totalHours: 0,
  decision: 'Continue',
};

test('a PIP review recorded on the PIP is the arranged review meeting: held once, seen in Review meetings', async () => {
  const meetings = new FakeMeetings([meeting]);
  const pips = linkPipReviewMeetings(new FakePips([SAM_PIP], [], DEFAULT_SETTINGS), meetings, () => NOW);
  const recorded = await pips.recordReview(review, 'PH-0001', '"1"');
  expect(recorded.meeting).toMatchObject({ id: 7, status: 'Held', pipReviewId: recorded.review.id, outcomes: ['PIP: continue on the current timetable'] });
  expect(meetings.records.find((m) => m.id === 7)).toMatchObject({ status: 'Held', pipReviewId: recorded.review.id, eventId: 'EVT-7' });
});

test('a meeting that cannot be updated leaves the review saved, and says so', async () => {
  const meetings = new FakeMeetings([meeting]);
  jest.spyOn(meetings, 'update').mockRejectedValue(new Error('SharePoint is busy'));
  const fakePips = new FakePips([SAM_PIP], [], DEFAULT_SETTINGS);
  const recorded = await linkPipReviewMeetings(fakePips, meetings, () => NOW).recordReview(review, 'PH-0001', '"1"');
  expect(fakePips.pipReviews).toHaveLength(1);
  expect(recorded.meetingProblem).toBe(
    'The review is saved, but its meeting in Review meetings could not be marked as held (SharePoint is busy): record it there.',
  );
});
