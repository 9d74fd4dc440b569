import { DEFAULT_SETTINGS } from '../../../src/domain';
import { dueCalendar, type DuePupil } from '../../../src/domain/meetings/dueCalendar';
import { nextReviewAfter } from '../../../src/domain/meetings/nextReview';

const pupil: DuePupil = { id: 5, enrolmentDate: '2026-09-02', placementStart: '2026-09-07', senProvision: 'E', ehcpLastReview: '2026-01-12', lac: false, yearGroup: '8' };

describe('the next review once a meeting has been held', () => {
  it('a placement review held today makes the next one due 6 weeks later', () => {
    const before = dueCalendar({ today: '2026-11-20', settings: DEFAULT_SETTINGS, pupils: [pupil], meetings: [] });
    expect(nextReviewAfter('Placement review', 5, before.items)?.dueDate).toBe('2026-10-19');
    const held = { id: 1, pupilId: 5, kind: 'Placement review' as const, status: 'Held' as const, start: '2026-11-20T10:00:00Z' };
    const after = dueCalendar({ today: '2026-11-20', settings: DEFAULT_SETTINGS, pupils: [pupil], meetings: [held] });
    expect(nextReviewAfter('Placement review', 5, after.items)).toMatchObject({ kind: 'placement-review', dueDate: '2027-01-01', actBy: '2026-12-18' });
  });

  it('an EHC plan annual review is followed by the next EHC plan review; other pupils and planned meetings are skipped', () => {
    const held = { id: 2, pupilId: 5, kind: 'EHCP annual review' as const, status: 'Held' as const, start: '2026-11-20T10:00:00Z' };
    const { items } = dueCalendar({ today: '2026-11-20', settings: DEFAULT_SETTINGS, pupils: [pupil], meetings: [held] });
    expect(nextReviewAfter('EHCP annual review', 5, items)).toMatchObject({ kind: 'ehcp-termly-review', dueDate: '2027-03-25' });
    expect(nextReviewAfter('EHCP annual review', 6, items)).toBeUndefined();
    expect(nextReviewAfter('Attendance meeting', 5, items)).toBeUndefined();
    const planned = { id: 3, pupilId: 5, kind: 'EHCP interim review' as const, status: 'Draft' as const, start: '2027-03-10T10:00:00Z' };
    const withPlan = dueCalendar({ today: '2026-11-20', settings: DEFAULT_SETTINGS, pupils: [pupil], meetings: [held, planned] }).items;
    expect(nextReviewAfter('EHCP annual review', 5, withPlan)?.kind).toBe('ehcp-annual-review');
  });
});
