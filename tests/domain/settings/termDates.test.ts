import { closureSchema, termDatesSchema } from '../../../src/domain/settings/termDates';
import { issuesOf } from '../helpers';

describe('term dates', () => {
  const autumn = {
    academicYear: '2026/27',
    term: 'Autumn',
    halfTerms: [
      { start: '2026-09-02', end: '2026-10-23' },
      { start: '2026-11-02', end: '2026-12-18' },
    ],
  };
  it('accepts a term with two half-terms', () => {
    expect(issuesOf(termDatesSchema, autumn)).toEqual({});
  });
  it('rejects overlapping half-terms and reversed dates', () => {
    expect(issuesOf(termDatesSchema, { ...autumn, halfTerms: [autumn.halfTerms[0], { start: '2026-10-20', end: '2026-12-18' }] })).toEqual({
      'halfTerms.1.start': ['The second half-term must start after the first one ends'],
    });
    expect(issuesOf(termDatesSchema, { ...autumn, halfTerms: [{ start: '2026-10-23', end: '2026-09-02' }] })).toEqual({
      'halfTerms.0.end': ['The last day must not be before the first day'],
    });
  });
  it('needs a reason for a closure', () => {
    expect(issuesOf(closureSchema, { date: '2026-11-02', reason: '' })).toEqual({ reason: ['Enter the reason for the closure'] });
  });
});
