import { learningLogTermOf } from '../../../src/domain/learning/learningLogTermOf';
import type { TermDates } from '../../../src/domain';

const terms: TermDates[] = [
  { academicYear: '2026/27', term: 'Autumn', halfTerms: [{ start: '2026-09-02', end: '2026-10-23' }, { start: '2026-11-02', end: '2026-12-18' }] },
  { academicYear: '2026/27', term: 'Spring', halfTerms: [{ start: '2027-01-05', end: '2027-02-12' }, { start: '2027-02-22', end: '2027-03-26' }] },
];

describe('learningLogTermOf (which learning log a date belongs to)', () => {
  it('is the term whose dates include the day, half-term holiday included', () => {
    expect(learningLogTermOf('2026-10-28', terms)).toEqual({ academicYear: '2026/27', term: 'Autumn' });
    expect(learningLogTermOf('2027-02-15', terms)).toEqual({ academicYear: '2026/27', term: 'Spring' });
  });
  it('in a holiday is the next term; with no dates it goes by month', () => {
    expect(learningLogTermOf('2026-12-28', terms)).toEqual({ academicYear: '2026/27', term: 'Spring' });
    expect(learningLogTermOf('2027-05-10', terms)).toEqual({ academicYear: '2026/27', term: 'Summer' });
    expect(learningLogTermOf('2027-01-10', [])).toEqual({ academicYear: '2026/27', term: 'Spring' });
  });
});
