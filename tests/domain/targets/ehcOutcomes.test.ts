import { ehcOutcomes, latestRating } from '../../../src/domain/targets/ehcOutcomes';
import type { Target } from '../../../src/domain';

const t = (id: number, overrides: Partial<Target>): Target & { id: number } => ({
  id,
  pupilId: 1,
  source: 'EHC plan outcome',
  outcome: 'outcome',
  measure: 'measure',
  dueDate: '2027-07-16',
  progress: [],
  closed: false,
  ...overrides,
});

describe('EHC plan outcomes broken into annual SMART targets', () => {
  it('puts each annual target under its outcome, earliest first, and counts the met ones', () => {
    const out = ehcOutcomes([
      t(1, { outcome: 'Communicates needs to adults in school' }),
      t(2, { sourceId: 1, dueDate: '2027-07-16', closed: true }),
      t(3, { sourceId: 1, dueDate: '2027-02-12' }),
      t(4, { source: 'SEN support plan', sourceId: 1 }),
      t(5, { outcome: 'Travels independently' }),
    ]);
    expect(out.map((o) => [o.outcome.id, o.targets.map((x) => x.id), o.met])).toEqual([
      [1, [3, 2], 1],
      [5, [], 0],
    ]);
  });

  it('reads the latest rating given', () => {
    expect(latestRating({ progress: [{ date: '2026-10-01', note: 'a', rating: 2 }, { date: '2026-11-01', note: 'b' }] })).toBe(2);
    expect(latestRating({ progress: [] })).toBeUndefined();
  });
});
