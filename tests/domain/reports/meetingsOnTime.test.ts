import { meetingsOnTime, onTimeSummary, type DueMeeting, type DuePupil, type MeetingsOnTimeInput } from '../../../src/domain';
import { leadersSettings } from '../../support/leadersReportFixture';

const pupil = (id: number, change: Partial<DuePupil> = {}): DuePupil => ({ id, enrolmentDate: '2025-09-01', placementStart: '2026-09-07', senProvision: 'N', lac: false, yearGroup: '9', ...change });
const held = (id: number, pupilId: number, kind: DueMeeting['kind'], day: string): DueMeeting => ({ id, pupilId, kind, status: 'Held', start: `${day}T10:00:00Z` });

const input = (change: Partial<MeetingsOnTimeInput> = {}): MeetingsOnTimeInput => ({
  from: '2026-09-02',
  to: '2026-11-20',
  settings: leadersSettings,
  pupils: [pupil(1), pupil(2), pupil(3), pupil(4, { senProvision: 'E', ehcpLastReview: '2025-10-01', placementStart: '2026-11-02' })],
  // Placement reviews fall due 6 weeks after 07/09/2026, on 19/10/2026: one held before, one after, one not at all.
  meetings: [held(1, 1, 'Placement review', '2026-10-16'), held(2, 2, 'Placement review', '2026-10-23'), held(3, 4, 'EHCP annual review', '2026-09-24')],
  notifications: [
    { kind: 'attendance-stage', outcome: 'Sent', lastAttempt: '2026-10-01T09:00:00Z' },
    { kind: 'attendance-stage', outcome: 'Failed', lastAttempt: '2026-10-02T09:00:00Z' },
    { kind: 'attendance-stage', outcome: 'Sent', lastAttempt: '2026-08-01T09:00:00Z' },
    { kind: 'meeting-invitation', outcome: 'Sent', lastAttempt: '2026-11-20T10:00:00Z' },
    { kind: 'meeting-invitation', outcome: 'Pending' },
  ],
  ...change,
});

describe('meetingsOnTime: review meetings due in the period and notifications sent', () => {
  const r = meetingsOnTime(input());
  const row = (kind: string) => r.reviews.find((x) => x.kind === kind);

  it('places each review by the due calendar: held by its due date, held after it, or not held and overdue', () => {
    expect(row('placement-review')).toMatchObject({ due: 3, heldOnTime: 1, heldLate: 1, overdue: 1 });
    expect(row('ehcp-annual-review')).toMatchObject({ due: 1, heldOnTime: 1, heldLate: 0, overdue: 0 });
    expect(row('pep-review')).toMatchObject({ due: 0, heldOnTime: 0, heldLate: 0, overdue: 0 });
  });

  it('counts a review held after the period as not yet held at its end', () => {
    const later = meetingsOnTime(input({ meetings: [held(1, 1, 'Placement review', '2026-10-16'), held(2, 2, 'Placement review', '2026-11-25')] }));
    expect(later.reviews.find((x) => x.kind === 'placement-review')).toMatchObject({ due: 3, heldOnTime: 1, heldLate: 0, overdue: 2 });
  });

  it('counts a PIP review recorded on the PIP by the PIP review rule (every 6 weeks from its start)', () => {
    const pip = { id: 7, pupilId: 1, status: 'Active' as const, startDate: '2026-09-07', plannedEndDate: '2026-12-18' };
    const onTime = meetingsOnTime(input({ pips: [pip], pipReviews: [{ pipId: 7, reviewDate: '2026-10-16' }] }));
    expect(onTime.reviews.find((x) => x.kind === 'pip-review')).toMatchObject({ due: 1, heldOnTime: 1, heldLate: 0, overdue: 0 });
    const late = meetingsOnTime(input({ pips: [pip], pipReviews: [{ pipId: 7, reviewDate: '2026-11-02' }] }));
    expect(late.reviews.find((x) => x.kind === 'pip-review')).toMatchObject({ due: 1, heldOnTime: 0, heldLate: 1, overdue: 0 });
  });

  it('counts the reviews of a PIP that has since ended, as the PIP stood the day each was held', () => {
    const ended = { id: 8, pupilId: 2, status: 'Ended' as const, startDate: '2026-09-07', plannedEndDate: '2026-12-18', endedOn: '2026-11-06' };
    const onTime = meetingsOnTime(input({ pips: [ended], pipReviews: [{ pipId: 8, reviewDate: '2026-10-16' }] }));
    expect(onTime.reviews.find((x) => x.kind === 'pip-review')).toMatchObject({ due: 1, heldOnTime: 1, heldLate: 0, overdue: 0 });
    const late = meetingsOnTime(input({ pips: [ended], pipReviews: [{ pipId: 8, reviewDate: '2026-11-02' }] }));
    expect(late.reviews.find((x) => x.kind === 'pip-review')).toMatchObject({ due: 1, heldOnTime: 0, heldLate: 1, overdue: 0 });
    // Ended after the period: still running at its end, so a review not held by then is overdue.
    const endedLater = meetingsOnTime(input({ pips: [{ ...ended, endedOn: '2026-12-04' }], pipReviews: [] }));
    expect(endedLater.reviews.find((x) => x.kind === 'pip-review')).toMatchObject({ due: 1, overdue: 1 });
    // Ended before its first review fell due (19/10/2026): nothing was due.
    const short = meetingsOnTime(input({ pips: [{ ...ended, endedOn: '2026-10-09' }], pipReviews: [] }));
    expect(short.reviews.find((x) => x.kind === 'pip-review')).toMatchObject({ due: 0, overdue: 0 });
  });

  it('counts the notifications last tried in the period by kind, and says what the log does not record', () => {
    expect(r.notifications).toEqual([
      { kind: 'attendance-stage', sent: 1, failed: 1, pending: 0 },
      { kind: 'meeting-invitation', sent: 1, failed: 0, pending: 0 },
    ]);
    expect(r.notRecorded.join(' ')).toMatch(/not when the event that called for it happened/);
    expect(meetingsOnTime(input({ notificationsUnread: 'Access denied' })).notRecorded.join(' ')).toMatch(/could not be read \(Access denied\)/);
  });

  it('sums it up in one line', () => {
    expect(onTimeSummary(r)).toBe('4 review meetings fell due in the period: 2 held on time, 1 held late, 1 not yet held and overdue. 2 notifications sent, 1 failed.');
  });
});
