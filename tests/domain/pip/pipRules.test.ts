import { DEFAULT_SETTINGS, type Pip } from '../../../src/domain';
import { checkPip, checkPipReview, NOT_BEHAVIOUR_MESSAGE } from '../../../src/domain/pip/pipRules';
import { applyReviewDecision, reviewDecisionIssues } from '../../../src/domain/pip/reviewDecision';
import { pip as fixture, slots } from './fixtures';

const s = DEFAULT_SETTINGS;
const base = { ...fixture, id: 5, notBehaviourManagement: true } as unknown as Pip;
const byField = (issues: { path: (string | number)[]; message: string }[]) => Object.fromEntries(issues.map((i) => [i.path.join('.'), i.message]));

describe('checkPip: every rule before a PIP is saved', () => {
  it('accepts a complete active PIP', () => {
    expect(checkPip(base, s)).toEqual({ pip: expect.objectContaining({ status: 'Active' }), issues: [] });
  });

  it('gives a message at each bad field at once: end before start, overlap, outside the day, behaviour', () => {
    const bad = {
      ...base,
      plannedEndDate: '2026-01-01',
      notBehaviourManagement: undefined,
      timetables: [{ effectiveFrom: '2026-01-12', slots: [slots[0], { ...slots[0], start: '10:00', end: '12:00' }, { ...slots[1], start: '15:00', end: '16:00' }] }],
    };
    expect(byField(checkPip(bad, s).issues)).toEqual({
      plannedEndDate: 'Planned end date must be after the start date',
      'timetables.0.slots.1.start': 'This session overlaps another on Monday (09:30 to 11:30)',
      'timetables.0.slots.2.start': 'The session must be within the school day (09:00 to 15:15)',
      notBehaviourManagement: NOT_BEHAVIOUR_MESSAGE,
    });
  });

  it('refuses more hours than the full-time week, and a slot whose end is before its start', () => {
    const full = (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const).map((day) => ({ ...slots[0], day, start: '09:00', end: '14:30' }));
    expect(byField(checkPip({ ...base, timetables: [{ effectiveFrom: '2026-01-12', slots: full }] }, s).issues)).toEqual({
      'timetables.0.slots': 'The timetable is 27.5 hours a week: it cannot be more than the full-time 25 hours',
    });
    expect(byField(checkPip({ ...base, timetables: [{ effectiveFrom: '2026-01-12', slots: [{ ...slots[0], end: '09:00' }] }] }, s).issues)).toEqual({
      'timetables.0.slots.0.end': 'The end time must be after the start time',
    });
  });

  it('lets a draft be saved without the agreement or the confirmation, but not made active', () => {
    expect(checkPip({ ...base, status: 'Draft', parentSignOff: undefined, notBehaviourManagement: undefined }, s).issues).toEqual([]);
    expect(byField(checkPip({ ...base, parentSignOff: undefined }, s).issues)).toEqual({
      parentSignOff: 'A PIP cannot be active until the parent/carer agreement is recorded (name and date)',
    });
  });
});

describe('Review decisions', () => {
  const review = {
    pipId: 5,
    pupilId: 12,
    reviewDate: '2026-02-20',
    weekCommencing: '2026-02-23',
    targetOutcomes: [],
    timetable: { days: [], slots: [...slots, { ...slots[1], day: 'Tuesday' as const }] },
    decision: 'Increase hours' as const,
  };

  it('adds the new timetable from the week commencing, keeping the history', () => {
    const check = checkPipReview(review, base, s);
    expect(check.issues).toEqual([]);
    expect(check.pip?.timetables.map((t) => [t.effectiveFrom, t.slots.length])).toEqual([
      ['2026-01-12', 3],
      ['2026-02-23', 4],
    ]);
    expect(check.review?.totalHours).toBe(7.5);
  });

  it('refuses a review dated after today: it is recorded once it has taken place', () => {
    expect(byField(checkPipReview(review, base, s, '2026-02-19').issues)).toEqual({
      reviewDate: 'The review date 20/02/2026 is in the future: record the review once it has taken place',
    });
    expect(checkPipReview(review, base, s, '2026-02-20').issues).toEqual([]);
  });

  it('extends to the new end date, or ends the plan on the review date', () => {
    const extend = { ...review, decision: 'Extend' as const, newEndDate: '2026-05-01', timetable: { days: [], slots: [] } };
    expect(applyReviewDecision(base, { ...extend, totalHours: 0 } as never).plannedEndDate).toBe('2026-05-01');
    const end = checkPipReview({ ...review, decision: 'End (full-time)', timetable: { days: [], slots: [] } }, base, s);
    expect(end.pip).toMatchObject({ status: 'Ended', endedOn: '2026-02-20' });
  });

  it('refuses a review before the start, a new timetable that does not start later, hours changed without "Increase hours"', () => {
    expect(byField(checkPipReview({ ...review, reviewDate: '2026-01-05', weekCommencing: undefined, decision: 'Continue', timetable: { days: [], slots: [] } }, base, s).issues)).toEqual({
      reviewDate: 'The review date cannot be before the PIP start date',
    });
    expect(byField(checkPipReview({ ...review, weekCommencing: '2026-01-12' }, base, s).issues)).toEqual({
      weekCommencing: 'The new timetable must start after the current one, which started on 12/01/2026',
    });
    expect(byField(reviewDecisionIssues({ ...review, decision: 'Continue', totalHours: 0 } as never, base))).toEqual({
      'timetable.slots': 'Only "Increase hours" changes the timetable: this one has 7.5 hours a week, the current one 5.5',
    });
    expect(byField(checkPipReview({ ...review, decision: 'Extend', newEndDate: '2026-03-01', timetable: { days: [], slots: [] } }, base, s).issues)).toEqual({
      newEndDate: 'The new end date must be after the current planned end date',
    });
  });

  it('refuses to review a draft or an ended PIP', () => {
    expect(byField(checkPipReview(review, { ...base, status: 'Ended', endedOn: '2026-02-01' }, s).issues)).toEqual({ decision: 'This PIP has ended: a review cannot change it' });
    expect(byField(checkPipReview(review, { ...base, status: 'Draft' }, s).issues)).toMatchObject({ decision: expect.stringContaining('Make the PIP active') });
  });
});
