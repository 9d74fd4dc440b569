import { buildHeldElsewhere, DEFAULT_SETTINGS, dueCalendar, meetingDay, reviewMeetingSchema, type HeldElsewhereValues } from '../../../src/domain';

const by = { email: 'senco@pathways.example.org', displayName: 'Sam Senco' };
const values = (v: Partial<HeldElsewhereValues> = {}): HeldElsewhereValues => ({
  pupilId: 4,
  kind: 'PEP review',
  date: '12/11/2026',
  outcome: 'PEP targets agreed with the Virtual School.',
  recordedBy: by,
  ...v,
});

describe('a review held outside Pathways Hub, recorded afterwards', () => {
  it('is a valid Held meeting on that London day, with who recorded it and no invitation claimed', () => {
    const { meeting, errors } = buildHeldElsewhere(values(), { today: '2026-11-20' });
    expect(errors).toEqual({});
    expect(meeting && reviewMeetingSchema.parse(meeting)).toMatchObject({ status: 'Held', kind: 'PEP review', outcomes: ['PEP targets agreed with the Virtual School.'] });
    expect(meeting && meetingDay(meeting)).toBe('2026-11-12');
    expect(meeting?.eventId).toBeUndefined();
    expect(meeting?.notes).toContain('recorded afterwards by Sam Senco');
  });

  it.each([
    ['12/13/2026', 'date', 'Enter the day it was held as dd/mm/yyyy'],
    ['21/11/2026', 'date', 'after today'],
    ['01/09/2025', 'date', 'last 14 months'],
  ])('refuses the day %s with a message at the field', (date, field, words) => {
    const r = buildHeldElsewhere(values({ date }), { today: '2026-11-20' });
    expect(r.meeting).toBeUndefined();
    expect(r.errors[field as 'date']).toContain(words);
  });

  it('asks for what was decided', () => {
    expect(buildHeldElsewhere(values({ outcome: '  ' }), { today: '2026-11-20' }).errors.outcome).toBe('Enter what was decided at the review');
  });

  it("counts as the period's review in the due calendar", () => {
    const settings = DEFAULT_SETTINGS;
    const pupil = { id: 4, enrolmentDate: '2025-09-01', senProvision: 'K' as const, lac: true, yearGroup: '9' as const, lastPlacementReview: '2026-11-10' };
    const before = dueCalendar({ today: '2026-11-20', settings, pupils: [pupil], meetings: [] }).items.filter((i) => i.kind === 'pep-review');
    const { meeting } = buildHeldElsewhere(values(), { today: '2026-11-20' });
    const after = dueCalendar({ today: '2026-11-20', settings, pupils: [pupil], meetings: meeting ? [{ ...meeting, id: 1 }] : [] }).items.filter((i) => i.kind === 'pep-review');
    const thisTerm = before.find((i) => i.dueDate >= '2026-11-20' && i.dueDate <= '2026-12-31');
    expect(thisTerm).toBeDefined();
    expect(after.map((i) => i.dueDate)).not.toContain(thisTerm?.dueDate);
  });
});
