import { meetingsOfPip } from '../../../src/domain';

const pip = { pupilId: 1, startDate: '2026-09-07', plannedEndDate: '2026-12-18' };
const m = (id: number, over: Partial<{ pupilId: number; kind: 'PIP review' | 'Placement review'; status: 'Draft' | 'Scheduled' | 'Held' | 'Cancelled'; start: string; pipReviewId: number }>) => ({
  id,
  pupilId: 1,
  kind: 'PIP review' as const,
  status: 'Scheduled' as const,
  start: '2026-10-19T09:30:00Z',
  ...over,
});

test("a PIP's review meetings: the ones that recorded its reviews and those arranged while it runs, oldest first", () => {
  const meetings = [
    m(1, { start: '2026-11-30T09:30:00Z' }),
    m(2, { status: 'Held', pipReviewId: 10 }),
    m(3, { status: 'Held', pipReviewId: 99, start: '2026-10-20T09:30:00Z' }), // another PIP's review
    m(4, { pupilId: 2 }),
    m(5, { kind: 'Placement review' }),
    m(6, { status: 'Cancelled' }),
    m(7, { start: '2027-01-11T09:30:00Z' }), // after the planned end
    m(8, { start: '2026-08-27T09:30:00Z' }), // within the 14 days before the start
  ];
  expect(meetingsOfPip(meetings, pip, [10]).map((x) => x.id)).toEqual([8, 2, 1]);
  // An ended PIP: up to the day it ended.
  expect(meetingsOfPip(meetings, { ...pip, endedOn: '2026-11-20' }, [10]).map((x) => x.id)).toEqual([8, 2]);
});
