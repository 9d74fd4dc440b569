import { heldFromPipReview, meetingOfPipReview, pipDecisionWords } from '../../../src/domain/meetings/pipReviewMeeting';
import type { ReviewMeeting } from '../../../src/domain';

const NOW = new Date('2026-12-08T15:00:00Z');
const arranged = (id: number, start: string, over: Partial<ReviewMeeting> = {}): ReviewMeeting & { id: number } => ({
  id,
  pupilId: 1,
  kind: 'PIP review',
  status: 'Scheduled',
  start,
  end: new Date(Date.parse(start) + 3600000).toISOString(),
  attendees: [{ name: 'Jo Carter', email: 'jo.carter@example.org', kind: 'parent' }],
  outcomes: [],
  targetOutcomes: [],
  actions: [],
  ...over,
});

describe('the review meeting a PIP review records', () => {
  const review = { pupilId: 1, reviewDate: '2026-12-08' };

  it('is the pupil’s arranged PIP review meeting held on the review day or in the days before it', () => {
    const today = arranged(1, '2026-12-08T10:30:00Z');
    const lastWeek = arranged(2, '2026-12-01T10:30:00Z');
    expect(meetingOfPipReview([lastWeek, today], review, NOW)?.id).toBe(1);
    expect(meetingOfPipReview([lastWeek], review, NOW)?.id).toBe(2);
  });

  it('is never a meeting not yet started, already held or linked, of another kind or pupil, or long before', () => {
    expect(meetingOfPipReview([arranged(3, '2026-12-08T16:00:00Z')], review, NOW)).toBeUndefined();
    expect(meetingOfPipReview([arranged(4, '2026-12-08T10:30:00Z', { status: 'Held' })], review, NOW)).toBeUndefined();
    expect(meetingOfPipReview([arranged(5, '2026-12-08T10:30:00Z', { pipReviewId: 9 })], review, NOW)).toBeUndefined();
    expect(meetingOfPipReview([arranged(6, '2026-12-08T10:30:00Z', { kind: 'Placement review' })], review, NOW)).toBeUndefined();
    expect(meetingOfPipReview([arranged(7, '2026-12-08T10:30:00Z', { pupilId: 2 })], review, NOW)).toBeUndefined();
    expect(meetingOfPipReview([arranged(8, '2026-11-20T10:30:00Z')], review, NOW)).toBeUndefined();
  });

  it('becomes Held with the review’s targets, decision, notes and id', () => {
    const held = heldFromPipReview(arranged(1, '2026-12-08T10:30:00Z'), {
      id: 44,
      pipId: 1,
      pupilId: 1,
      reviewDate: '2026-12-08',
      targetOutcomes: [{ target: 'Attend every session', outcome: 'Partially met', narrative: 'Four of five' }],
      timetable: { days: [], slots: [] },
      totalHours: 0,
      decision: 'Extend',
      newEndDate: '2027-02-26',
      meetingNotes: 'Parent agreed',
    });
    expect(held).toMatchObject({
      status: 'Held',
      pipReviewId: 44,
      outcomes: ['PIP: extend to 26/02/2027'],
      targetOutcomes: [{ source: 'PIP', target: 'Attend every session', outcome: 'Partially met', note: 'Four of five' }],
      notes: 'Parent agreed',
    });
    expect(pipDecisionWords({ decision: 'Increase hours', totalHours: 12.5, weekCommencing: '2026-12-14' })).toBe('PIP: increase to 12.5 hours a week from 14/12/2026');
  });
});
