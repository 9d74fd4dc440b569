/**
 * The Review meetings "Due" view on the demo date, worked out by the product's own rules (domain dueCalendar and
 * dueRows) from the demo records as seeded: the meetings booked (Scheduled, invited), the reviews recorded as held
 * outside Pathways Hub (built by the Due view's own form, buildHeldElsewhere), the PIPs and their reviews, the
 * baseline assessments, the transition plan and the request for an EHC needs assessment (local/seed/seedTransitionPlans).
 * Overdue is only what the story says is overdue, each for a reason a reader can see.
 */
import { buildHeldElsewhere, dueCalendar, dueRows, mondayOf, type DueMeeting } from '../../../src/domain';
import { addWeeks } from '../../../src/domain/dates/isoDates';
import { DEMO_SETTINGS } from '../../../local/demo/calendar';
import { demoNeedsAssessmentRequests, demoTransitionPlans } from '../../../local/seed/seedTransitionPlans';
import { demo } from './demoFixture';

function dueOnDemoDate() {
  const d = demo();
  const idOf = new Map(d.pupils.map((p, i) => [p.key, i + 1]));
  const id = (key: string): number => idOf.get(key) as number;
  let n = 0;
  const booked: DueMeeting[] = d.reviewMeetings.map((m) => ({ ...m.meeting, id: ++n, pupilId: id(m.pupilKey), status: 'Scheduled', eventId: `event-${n}`, invitedAt: `${d.today}T08:00:00Z` }));
  const held: DueMeeting[] = d.heldMeetings.map((h) => {
    const built = buildHeldElsewhere({ ...h, pupilId: id(h.pupilKey) }, { today: d.today });
    if (!built.meeting) throw new Error(`${h.key} refused: ${JSON.stringify(built.errors)}`);
    return { ...built.meeting, id: ++n, pupilId: id(h.pupilKey) };
  });
  const pipId = new Map(d.pips.map((p, i) => [p.key, i + 1]));
  const recent = d.pupils.filter((p) => (p.pupil.placementStart ?? p.pupil.enrolmentDate) >= addWeeks(d.today, -12));
  const calendar = dueCalendar({
    today: d.today,
    settings: DEMO_SETTINGS,
    pupils: d.pupils.map((p) => ({ ...p.pupil, id: id(p.key) })),
    meetings: [...booked, ...held],
    pips: d.pips.map((p) => ({ ...p.pip, id: pipId.get(p.key) as number, pupilId: id(p.pupilKey) })),
    pipReviews: d.pipReviews.map((r) => ({ pipId: pipId.get(r.pipKey) as number, reviewDate: r.review.reviewDate })),
    baselines: recent.map((p) => ({ pupilId: id(p.key), assessedOn: d.baselines.filter((b) => b.pupilKey === p.key).map((b) => b.assessment.assessedOn) })),
    ehcRequests: demoNeedsAssessmentRequests(d).map((r) => ({ ...r.request, pupilId: id(r.pupilKey) })),
    transitionPlans: demoTransitionPlans(d).map((t) => ({ ...t.plan, pupilId: id(t.pupilKey) })),
  });
  const keyOf = new Map(d.pupils.map((p) => [id(p.key), p.key]));
  return { d, calendar, rows: dueRows(calendar.items, { today: d.today, horizonWeeks: 8 }), keyOf };
}

describe('demo data: the Due view on the demo date', () => {
  it('overdue: only the annual review the story leaves late (with its invitations and papers), the newest arrival’s baseline and the rebooked placement review', () => {
    const { d, rows, keyOf } = dueOnDemoDate();
    const newest = [...d.pupils].sort((a, b) => (a.pupil.enrolmentDate < b.pupil.enrolmentDate ? 1 : -1))[0].key;
    const overdue = rows.filter((r) => r.status === 'overdue').map((r) => `${r.item.kind} ${keyOf.get(r.item.pupilId)}`);
    const rebooked = d.reviewMeetings.find((m) => m.meeting.kind === 'Placement review' && (m.meeting.notes ?? '').includes('rebooked'));
    expect(rebooked).toBeDefined();
    expect(overdue.sort()).toEqual(
      [
        `ehcp-annual-review ${d.scenarios.ehcpReviewOverdue}`,
        `ehcp-invitations ${d.scenarios.ehcpReviewOverdue}`,
        `ehcp-papers ${d.scenarios.ehcpReviewOverdue}`,
        `baseline-assessment ${newest}`,
        `placement-review ${rebooked?.pupilKey}`,
      ].sort(),
    );
  });

  it('lists a believable number of items in the next 8 weeks, placement reviews spread over the weeks, no problem left unexplained', () => {
    const { d, rows, calendar } = dueOnDemoDate();
    expect(calendar.problems).toEqual([]);
    // About one placement review per pupil every 6 weeks, the PIP, EHC plan and PEP reviews: not one per pupil per kind.
    expect(rows.length).toBeLessThanOrEqual(d.pupils.length * 1.6);
    const byWeek = new Map<string, number>();
    for (const r of rows.filter((x) => x.item.kind === 'placement-review' && x.status !== 'overdue')) {
      const week = mondayOf(r.item.actBy);
      byWeek.set(week, (byWeek.get(week) ?? 0) + 1);
    }
    expect(Math.max(...Array.from(byWeek.values()))).toBeLessThanOrEqual(Math.ceil(d.pupils.length / 3));
    // Every review the story says was held is this term's or last term's, before the demo date.
    for (const h of d.heldMeetings) expect(h.date.split('/').reverse().join('-') < d.today).toBe(true);
  });

  it('shows the transition plan’s review and its meeting still to arrange, and the needs assessment’s decision due soon; its later steps fall beyond 8 weeks', () => {
    const { d, rows, calendar, keyOf } = dueOnDemoDate();
    const kinds = ['ehc-assessment-decision', 'ehc-assessment-draft', 'ehc-assessment-final', 'transition-plan-review', 'transition-meeting'];
    const [plan] = demoTransitionPlans(d);
    const [request] = demoNeedsAssessmentRequests(d);
    const shown = rows.filter((r) => kinds.indexOf(r.item.kind) >= 0).map((r) => `${r.item.kind} ${r.status} ${keyOf.get(r.item.pupilId)}`);
    expect(shown.sort()).toEqual(
      [`ehc-assessment-decision due-soon ${request.pupilKey}`, `transition-plan-review due-soon ${plan.pupilKey}`, `transition-meeting upcoming ${plan.pupilKey}`].sort(),
    );
    // The 16- and 20-week steps are on the calendar, past the Due view's 8 weeks.
    expect(calendar.items.filter((i) => i.kind === 'ehc-assessment-draft' || i.kind === 'ehc-assessment-final')).toHaveLength(2);
    expect(rows.find((r) => r.item.kind === 'transition-meeting')?.item.planned).toBeUndefined();
  });
});
