import { callingList, registerStates, reviewsThisWeek, timeLeftText } from '../../../src/webparts/today/components/todayModel';
import { DEFAULT_SETTINGS, dueCalendar } from '../../../src/domain';
import { needsAssessmentRequest } from '../../support/sendBuilders';
import { transitionPlanRecord } from '../../support/transitionBuilder';
import { pupilRecord } from '../../support/pupilBuilder';

const pupils = [1, 2, 3].map((id) => ({ ...pupilRecord(`PH-${id}`), id, etag: '"1"' }));
const mark = (pupilId: number, code: string) => ({ pupilId, mark: { pupilId, date: '2026-11-20', session: 'AM' as const, code, recordedBy: 'a@pathways.example.org', recordedAt: '2026-11-20T09:10:00Z' } });

describe('Today model', () => {
  it('the time left before a register closes, from the settings, in London time', () => {
    const [am, pm] = registerStates({ AM: undefined, PM: undefined }, pupils, new Date('2026-10-05T08:05:00Z'), DEFAULT_SETTINGS);
    // 09:05 BST: the morning register closes at 09:30, the afternoon's at 13:15.
    expect(timeLeftText(am)).toBe('25 minutes left (closes at 09:30)');
    expect(timeLeftText(pm)).toBe('4 hours 10 minutes left (closes at 13:15)');
    expect(am).toMatchObject({ taken: false, marked: 0, expected: 3 });
    expect(timeLeftText({ minutesLeft: -5, closes: '09:30' })).toBe('closed at 09:30');
  });

  it('first-day calling: on roll with no mark, or N', () => {
    const snap = { date: '2026-11-20', session: 'AM' as const, entries: [mark(1, '/'), mark(2, 'N')] };
    expect(callingList(snap, pupils, '2026-11-20').map((p) => p.id)).toEqual([2, 3]);
  });

  it('reviews this week leave out what Today lists in its own sections: baselines, transition plan reviews and EHC needs-assessment steps', () => {
    const pupil = { id: 1, enrolmentDate: '2026-09-02', placementStart: '2026-09-07', senProvision: 'K' as const, lac: false, yearGroup: '9' as const };
    // The LA received the request on 05/10/2026: its decision was due 16/11 (overdue); the plan's review is due on Friday 20/11, its meeting by the day before the move on Monday 23/11.
    const { items } = dueCalendar({
      today: '2026-11-20',
      settings: DEFAULT_SETTINGS,
      pupils: [pupil],
      meetings: [],
      ehcRequests: [needsAssessmentRequest(1, { receivedOn: '2026-10-05' })],
      transitionPlans: [transitionPlanRecord(1, { reviewOn: '2026-11-20', plannedOn: '2026-11-23' })],
    });
    expect(items.map((i) => i.kind)).toEqual(expect.arrayContaining(['ehc-assessment-decision', 'transition-plan-review', 'transition-meeting']));
    const listed = reviewsThisWeek(items, '2026-11-20').map((r) => r.item.kind);
    expect(listed).toContain('transition-meeting');
    expect(listed.filter((k) => k.startsWith('ehc-assessment') || k === 'transition-plan-review' || k === 'baseline-assessment')).toEqual([]);
  });
});
