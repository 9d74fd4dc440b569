import { prizeDrawForWeek, currentOrLastTerm, termOfWeek } from '../../../src/domain/attendance/prizeDrawWeek';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { week } from './insightsFixtures';

const s = DEFAULT_SETTINGS;

describe('prize draw by week', () => {
  it('gives one ticket above 90%, two at 100%, none at 90% or with no possible sessions', () => {
    const marks = [
      ...week(1, '2026-11-16', '/'),
      ...week(2, '2026-11-16', ['/', '/', '/', '/', '/', '/', '/', '/', '/', '/', '/', 'L', '/', '/', '/', '/', '/', '/', '/', 'O'], 20).slice(0, 10),
      ...week(3, '2026-11-16', ['/', '/', '/', '/', '/', '/', '/', '/', '/', 'O']),
      ...week(4, '2026-11-16', '#'),
    ];
    // Pupil 2: 10 of 10 present (L counts as present) → 2 tickets.
    const rows = prizeDrawForWeek(marks, '2026-11-18', s);
    const byPupil = new Map(rows.map((r) => [r.pupilId, r]));
    expect(byPupil.get(1)?.tickets).toBe(2);
    expect(byPupil.get(2)?.tickets).toBe(2);
    expect(byPupil.get(3)).toMatchObject({ tickets: 0, percent: 90 });
    expect(byPupil.get(4)).toMatchObject({ tickets: 0, percent: null, possible: 0 });
  });

  it('gives one ticket for 95%', () => {
    const codes = Array.from({ length: 20 }, (_, i) => (i === 0 ? 'O' : '/'));
    const marks = week(1, '2026-11-16', codes.slice(0, 10)).concat(week(1, '2026-11-16', '/', 10).map((m) => ({ ...m, pupilId: 1 })));
    // 20 marks for the same week (duplicates on purpose): 19 of 20 = 95%.
    expect(prizeDrawForWeek(marks, '2026-11-16', s)[0]).toMatchObject({ tickets: 1, percent: 95 });
  });

  it('adds up the tickets of the term so far', () => {
    const marks = [...week(1, '2026-11-02', '/'), ...week(1, '2026-11-09', ['/', 'O']), ...week(1, '2026-11-16', '/'), ...week(1, '2026-10-19', '/')];
    const [row] = prizeDrawForWeek(marks, '2026-11-16', s);
    expect(row).toMatchObject({ tickets: 2, termTickets: 6 });
  });

  it('starts a new term total in the first week of a term that begins on a Wednesday', () => {
    // Autumn 2026/27 starts Wednesday 02/09/2026: Monday 31/08 and Tuesday 01/09 are the summer holiday.
    const firstWeek = week(1, '2026-08-31', '/').filter((m) => m.date >= '2026-09-02');
    const marks = [...week(1, '2026-07-06', '/'), ...week(1, '2026-07-13', '/'), ...firstWeek];
    expect(prizeDrawForWeek(marks, '2026-09-02', s)[0]).toMatchObject({ tickets: 2, termTickets: 2 });
    expect(prizeDrawForWeek(marks, '2026-08-31', s)[0]).toMatchObject({ tickets: 2, termTickets: 2 });
    expect(termOfWeek('2026-08-31', s)).toMatchObject({ term: 'Autumn', academicYear: '2026/27' });
  });

  it('finds the term of a date, and the last term in a holiday', () => {
    expect(currentOrLastTerm('2026-11-18', s)).toMatchObject({ term: 'Autumn', academicYear: '2026/27', start: '2026-09-02', end: '2026-12-18' });
    expect(currentOrLastTerm('2026-12-28', s)?.term).toBe('Autumn');
    expect(currentOrLastTerm('2020-01-01', s)).toBeNull();
  });
});
