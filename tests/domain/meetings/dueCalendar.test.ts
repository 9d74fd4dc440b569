import { DEFAULT_SETTINGS, type SchoolSettings } from '../../../src/domain';
import { dueCalendar, receivedBeforeLongClosure, type DueCalendarInput, type DueMeeting, type DuePupil } from '../../../src/domain/meetings/dueCalendar';
import type { DueItem, DueKind } from '../../../src/domain/meetings/dueItem';

const pupil = (over: Partial<DuePupil> = {}): DuePupil => ({
  id: 1,
  enrolmentDate: '2026-09-02',
  placementStart: '2026-09-07',
  senProvision: 'K',
  lac: false,
  yearGroup: '9',
  ...over,
});

let nextId = 100;
const meeting = (over: Partial<DueMeeting> & Pick<DueMeeting, 'kind' | 'status' | 'start'>): DueMeeting => ({ id: nextId++, pupilId: 1, ...over });

const run = (over: Partial<DueCalendarInput> = {}): ReturnType<typeof dueCalendar> =>
  dueCalendar({ today: '2026-11-20', settings: DEFAULT_SETTINGS, pupils: [pupil()], meetings: [], ...over });

const only = (items: readonly DueItem[], kind: DueKind): DueItem[] => items.filter((i) => i.kind === kind);
const one = (items: readonly DueItem[], kind: DueKind): DueItem => {
  const found = only(items, kind);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('placement review every 6 weeks (setting) from the placement start or the last review', () => {
  it('counts from the placement start when no review has been held', () => {
    const item = one(run().items, 'placement-review');
    expect(item).toMatchObject({ dueDate: '2026-10-19', actBy: '2026-10-19', meetingKind: 'Placement review' });
    expect(item.basis).toBe('6 weeks after the placement started on 07/09/2026');
  });

  it('counts from the latest review: the pupil record or a meeting held', () => {
    const held = meeting({ kind: 'Placement review', status: 'Held', start: '2026-10-15T10:00:00+01:00' });
    const item = one(run({ pupils: [pupil({ lastPlacementReview: '2026-10-05' })], meetings: [held] }).items, 'placement-review');
    expect(item.dueDate).toBe('2026-11-26');
    expect(item.basis).toContain('last placement review on 15/10/2026');
  });

  it('uses the setting', () => {
    const settings: SchoolSettings = { ...DEFAULT_SETTINGS, statutory: { ...DEFAULT_SETTINGS.statutory, placementReviewWeeks: 4 } };
    expect(one(run({ settings }).items, 'placement-review').dueDate).toBe('2026-10-05');
  });

  it('moves a review due at a weekend, or in the half-term, to the school day before', () => {
    expect(one(run({ pupils: [pupil({ placementStart: '2026-09-12' })] }).items, 'placement-review')).toMatchObject({
      dueDate: '2026-10-24',
      actBy: '2026-10-23',
      moved: 'weekend',
    });
    const inHoliday = one(run({ pupils: [pupil({ placementStart: '2026-09-16' })] }).items, 'placement-review');
    expect(inHoliday).toMatchObject({ dueDate: '2026-10-28', actBy: '2026-10-23', moved: 'holiday' });
    expect(inHoliday.notes[0]).toBe('28/10/2026 falls in a school holiday: act by 23/10/2026.');
  });

  it('shows the meeting already arranged for it', () => {
    const planned = meeting({ kind: 'Placement review', status: 'Scheduled', start: '2026-10-16T09:30:00+01:00', eventId: 'AAMk1', invitedAt: '2026-10-01T10:00:00Z' });
    expect(one(run({ meetings: [planned] }).items, 'placement-review').planned).toEqual({
      id: planned.id,
      start: planned.start,
      status: 'Scheduled',
      invited: true,
    });
  });

  it('leaves out pupils who have left, keeps those leaving later', () => {
    expect(run({ pupils: [pupil({ leavingDate: '2026-11-19' })] }).items).toEqual([]);
    expect(run({ pupils: [pupil({ leavingDate: '2026-12-18' })] }).items).toHaveLength(1);
  });
});

describe('PIP review every 6 weeks while a PIP is active', () => {
  const pip = { id: 7, pupilId: 1, status: 'Active' as const, startDate: '2026-09-14', plannedEndDate: '2027-01-29' };

  it('from the start, then from the last review', () => {
    expect(one(run({ pips: [pip] }).items, 'pip-review')).toMatchObject({ dueDate: '2026-10-26', actBy: '2026-10-23', moved: 'holiday' });
    const item = one(run({ pips: [pip], pipReviews: [{ pipId: 7, reviewDate: '2026-10-21' }] }).items, 'pip-review');
    expect(item.dueDate).toBe('2026-12-02');
    expect(item.basis).toBe('6 weeks after the last PIP review on 21/10/2026');
  });

  it('never later than the planned end, and not for a PIP that is not active', () => {
    const ending = { ...pip, plannedEndDate: '2026-11-25' };
    const item = one(run({ pips: [ending], pipReviews: [{ pipId: 7, reviewDate: '2026-11-02' }] }).items, 'pip-review');
    expect(item.dueDate).toBe('2026-11-25');
    expect(item.basis).toContain("planned end date, 25/11/2026");
    expect(only(run({ pips: [{ ...pip, status: 'Ended' }] }).items, 'pip-review')).toEqual([]);
    expect(only(run({ pips: [{ ...pip, pupilId: 2 }] }).items, 'pip-review')).toEqual([]);
  });

  it('counts a PIP review meeting held as a review', () => {
    const held = meeting({ kind: 'PIP review', status: 'Held', start: '2026-11-04T14:00:00Z' });
    expect(one(run({ pips: [pip], meetings: [held] }).items, 'pip-review').dueDate).toBe('2026-12-16');
  });
});

describe('EHC plan: termly reviews, the annual review and its statutory steps', () => {
  const e = (over: Partial<DuePupil> = {}): DuePupil => pupil({ senProvision: 'E', ehcpLastReview: '2026-01-20', ...over });

  it('annual review within 12 months of the last; invitations and papers 2 weeks before', () => {
    const { items } = run({ pupils: [e()] });
    expect(one(items, 'ehcp-annual-review')).toMatchObject({ dueDate: '2027-01-20', actBy: '2027-01-20', meetingKind: 'EHCP annual review' });
    expect(one(items, 'ehcp-invitations')).toMatchObject({ dueDate: '2027-01-06', actBy: '2027-01-06' });
    expect(one(items, 'ehcp-papers').dueDate).toBe('2027-01-06');
  });

  it('dates the invitations and papers from the meeting once it is arranged; an invitation sent is done', () => {
    const planned = meeting({ kind: 'EHCP annual review', status: 'Draft', start: '2027-01-12T10:00:00Z' });
    const { items } = run({ pupils: [e()], meetings: [planned] });
    expect(one(items, 'ehcp-invitations')).toMatchObject({ dueDate: '2026-12-29', actBy: '2026-12-18', moved: 'holiday' });
    expect(one(items, 'ehcp-invitations').basis).toBe('at least 2 weeks before the meeting on 12/01/2027');
    const invited = { ...planned, status: 'Scheduled' as const, eventId: 'AAMk2', invitedAt: '2026-12-10T09:00:00Z', papersSentOn: '2026-12-15' };
    const after = run({ pupils: [e()], meetings: [invited] }).items;
    expect(only(after, 'ehcp-invitations')).toEqual([]);
    expect(only(after, 'ehcp-papers')).toEqual([]);
    expect(one(after, 'ehcp-annual-review').planned?.invited).toBe(true);
  });

  it('after the meeting: the report within 2 weeks and the LA decision within 4; the next annual review from it', () => {
    const held = meeting({ kind: 'EHCP annual review', status: 'Held', start: '2026-11-10T10:00:00Z' });
    const { items } = run({ pupils: [e()], meetings: [held] });
    expect(one(items, 'ehcp-report')).toMatchObject({ dueDate: '2026-11-24', sourceId: held.id });
    expect(one(items, 'ehcp-la-decision')).toMatchObject({ dueDate: '2026-12-08', sourceId: held.id });
    expect(one(items, 'ehcp-annual-review').dueDate).toBe('2027-11-10');
    const done = run({ pupils: [e()], meetings: [{ ...held, reportSentOn: '2026-11-20', laDecisionOn: '2026-11-30' }] }).items;
    expect(only(done, 'ehcp-report')).toEqual([]);
    expect(only(done, 'ehcp-la-decision')).toEqual([]);
  });

  it('a review each term: due by the end of the term, overdue when last term had none', () => {
    const termly = only(run({ pupils: [e({ enrolmentDate: '2026-04-13' })] }).items, 'ehcp-termly-review');
    expect(termly.map((i) => [i.dueDate, i.actBy])).toEqual([
      ['2026-07-21', '2026-07-21'],
      ['2026-12-18', '2026-12-18'],
    ]);
    expect(termly[0].basis).toBe('one review each term: the Summer term 2025/26 ends on 21/07/2026');
    const interim = meeting({ kind: 'EHCP interim review', status: 'Held', start: '2026-10-01T10:00:00+01:00' });
    // Autumn is covered by the interim review, spring by the annual review due on 20/01/2027.
    expect(only(run({ pupils: [e()], meetings: [interim] }).items, 'ehcp-termly-review')).toEqual([]);
    expect(only(run({ pupils: [e({ ehcpLastReview: '2026-07-01' })], meetings: [interim] }).items, 'ehcp-termly-review').map((i) => i.basis)).toEqual([
      'one review each term: the Spring term 2026/27 ends on 25/03/2027',
    ]);
  });

  it("the last annual review on the pupil's record is that term's review", () => {
    const termly = only(run({ pupils: [e({ enrolmentDate: '2026-04-13', ehcpLastReview: '2026-05-12' })] }).items, 'ehcp-termly-review');
    expect(termly.map((i) => i.dueDate)).toEqual(['2026-12-18']);
  });

  it('the annual review due this term is the termly review', () => {
    const { items } = run({ pupils: [e({ ehcpLastReview: '2025-12-10' })] });
    expect(one(items, 'ehcp-annual-review').dueDate).toBe('2026-12-10');
    // Nothing more for this term: the next one is next term's.
    expect(only(items, 'ehcp-termly-review').map((i) => i.dueDate)).toEqual(['2027-03-25']);
  });

  it('the 12-month anniversary of 29 February is 28 February, and a 28 February review is not due on the 29th', () => {
    const settings: SchoolSettings = {
      ...DEFAULT_SETTINGS,
      terms: [
        { academicYear: '2028/29', term: 'Autumn', halfTerms: [{ start: '2028-09-04', end: '2028-12-20' }] },
        { academicYear: '2028/29', term: 'Spring', halfTerms: [{ start: '2029-01-08', end: '2029-02-16' }, { start: '2029-02-26', end: '2029-03-29' }] },
      ],
      closures: [],
    };
    const leap = one(dueCalendar({ today: '2028-11-01', settings, pupils: [e({ ehcpLastReview: '2028-02-29' })], meetings: [] }).items, 'ehcp-annual-review');
    expect(leap).toMatchObject({ dueDate: '2029-02-28', actBy: '2029-02-28' });
    expect(leap.basis).toBe('within 12 months of the last annual review on 29/02/2028');
    const beforeLeap = dueCalendar({ today: '2027-11-01', settings: DEFAULT_SETTINGS, pupils: [e({ ehcpLastReview: '2027-02-28' })], meetings: [] });
    expect(one(beforeLeap.items, 'ehcp-annual-review').dueDate).toBe('2028-02-28');
  });

  it('an anniversary in the half-term is acted on before it', () => {
    const { items } = run({ pupils: [e({ ehcpLastReview: '2026-02-17' })] });
    expect(one(items, 'ehcp-annual-review')).toMatchObject({ dueDate: '2027-02-17', actBy: '2027-02-12', moved: 'holiday' });
  });

  it('says when the last review date is missing', () => {
    const r = run({ pupils: [e({ ehcpLastReview: undefined })] });
    expect(only(r.items, 'ehcp-annual-review')).toEqual([]);
    expect(r.problems).toEqual([{ pupilId: 1, message: expect.stringContaining('No date of the last EHC plan review') }]);
  });

  it('phase transfer: Year 6 by 15 February, Year 11 by 31 March, acted on before the holiday', () => {
    expect(one(run({ pupils: [e({ yearGroup: '6' })] }).items, 'phase-transfer')).toMatchObject({
      dueDate: '2027-02-15',
      actBy: '2027-02-12',
      moved: 'holiday',
    });
    const y11 = one(run({ pupils: [e({ yearGroup: '11' })] }).items, 'phase-transfer');
    expect(y11).toMatchObject({ dueDate: '2027-03-31', actBy: '2027-03-25' });
    expect(y11.basis).toContain('Year 11 moves to post-16');
    expect(only(run({ pupils: [e({ yearGroup: '10' })] }).items, 'phase-transfer')).toEqual([]);
    const held = meeting({ kind: 'EHCP annual review', status: 'Held', start: '2026-10-05T10:00:00+01:00', laDecisionOn: '2026-10-30' });
    expect(only(run({ pupils: [e({ yearGroup: '6' })], meetings: [held] }).items, 'phase-transfer')).toEqual([]);
  });
});

describe('PEP review for a looked-after pupil', () => {
  it('once each term', () => {
    const items = only(run({ pupils: [pupil({ lac: true, enrolmentDate: '2026-04-01' })] }).items, 'pep-review');
    expect(items.map((i) => i.dueDate)).toEqual(['2026-07-21', '2026-12-18']);
    const held = meeting({ kind: 'PEP review', status: 'Held', start: '2026-09-30T10:00:00+01:00' });
    expect(only(run({ pupils: [pupil({ lac: true })], meetings: [held] }).items, 'pep-review').map((i) => i.dueDate)).toEqual(['2027-03-25']);
    expect(only(run().items, 'pep-review')).toEqual([]);
  });

  it('half-termly with 6 a year; every 3 months with 4 a year', () => {
    const six: SchoolSettings = { ...DEFAULT_SETTINGS, statutory: { ...DEFAULT_SETTINGS.statutory, pepReviewsPerYear: 6 } };
    const half = only(run({ settings: six, pupils: [pupil({ lac: true })] }).items, 'pep-review');
    expect(half.map((i) => i.dueDate)).toEqual(['2026-10-23', '2026-12-18']);
    expect(half[1].basis).toBe('one PEP review each half-term: the Autumn 2 2026/27 ends on 18/12/2026');
    const four: SchoolSettings = { ...DEFAULT_SETTINGS, statutory: { ...DEFAULT_SETTINGS.statutory, pepReviewsPerYear: 4 } };
    expect(one(run({ settings: four, pupils: [pupil({ lac: true })] }).items, 'pep-review').dueDate).toBe('2026-12-07');
  });
});

describe('baseline assessment within 4 weeks of starting', () => {
  it('only when assessments are known', () => {
    expect(only(run().items, 'baseline-assessment')).toEqual([]);
    expect(only(run({ baselines: [{ pupilId: 2, assessedOn: [] }] }).items, 'baseline-assessment')).toEqual([]);
    expect(one(run({ baselines: [{ pupilId: 1, assessedOn: [] }] }).items, 'baseline-assessment')).toMatchObject({ dueDate: '2026-10-05' });
    expect(only(run({ baselines: [{ pupilId: 1, assessedOn: ['2026-09-20'] }] }).items, 'baseline-assessment')).toEqual([]);
    expect(only(run({ baselines: [{ pupilId: 1, assessedOn: ['2026-06-20'] }] }).items, 'baseline-assessment')).toHaveLength(1);
  });
});

describe('LA requests during an EHC needs assessment', () => {
  it('information within 6 weeks; views on a draft plan within 15 days', () => {
    const { items } = run({
      ehcRequests: [
        { id: 31, pupilId: 1, kind: 'LA information request', receivedOn: '2026-11-16', reference: 'EHC-2291' },
        { pupilId: 1, kind: 'Draft plan consultation', receivedOn: '2026-11-18' },
        { pupilId: 1, kind: 'Draft plan consultation', receivedOn: '2026-11-02', respondedOn: '2026-11-10' },
      ],
    });
    const info = one(items, 'la-information-request');
    expect(info).toMatchObject({ dueDate: '2026-12-28', actBy: '2026-12-18', moved: 'holiday', sourceId: 31 });
    expect(info.basis).toBe('within 6 weeks of the request received on 16/11/2026 (LA reference EHC-2291)');
    expect(one(items, 'draft-plan-comments')).toMatchObject({ dueDate: '2026-12-03', actBy: '2026-12-03' });
  });

  it('warns that the 6-week limit may not apply to a request in the week before the summer closure', () => {
    const settings: SchoolSettings = {
      ...DEFAULT_SETTINGS,
      terms: [...DEFAULT_SETTINGS.terms, { academicYear: '2027/28', term: 'Autumn', halfTerms: [{ start: '2027-09-02', end: '2027-10-22' }] }],
    };
    expect(receivedBeforeLongClosure('2027-07-16', settings)).toBe(true);
    expect(receivedBeforeLongClosure('2027-07-05', settings)).toBe(false);
    expect(receivedBeforeLongClosure('2026-10-20', settings)).toBe(false);
    // Without next year's term dates the length of the closure is unknown: no warning.
    expect(receivedBeforeLongClosure('2027-07-16', DEFAULT_SETTINGS)).toBe(false);
    const item = one(
      dueCalendar({ today: '2027-07-19', settings, pupils: [pupil()], meetings: [], ehcRequests: [{ pupilId: 1, kind: 'LA information request', receivedOn: '2027-07-16' }] }).items,
      'la-information-request',
    );
    expect(item).toMatchObject({ dueDate: '2027-08-27', actBy: '2027-07-21', moved: 'holiday' });
    expect(item.notes[1]).toContain('the 6-week limit may not apply');
  });
});

describe('the calendar as a whole', () => {
  it('is ordered by the day to act by', () => {
    const { items } = run({
      pupils: [pupil(), pupil({ id: 2, placementStart: '2026-09-02', senProvision: 'E', ehcpLastReview: '2026-03-01' })],
    });
    const days = items.map((i) => i.actBy);
    expect(days).toEqual([...days].sort());
    expect(new Set(items.map((i) => i.pupilId))).toEqual(new Set([1, 2]));
  });
});
