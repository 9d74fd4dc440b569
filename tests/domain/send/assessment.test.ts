import { assessmentSchema, formatReadingAge } from '../../../src/domain/send/assessment';
import { issuesOf } from '../helpers';

describe('Assessment', () => {
  const reading = { pupilId: 12, kind: 'Reading age', subject: 'English', assessedOn: '2026-01-14', instrument: 'Reading test', readingAgeMonths: 114 };
  it('accepts a reading age and formats it', () => {
    expect(issuesOf(assessmentSchema, reading)).toEqual({});
    expect(formatReadingAge(114)).toBe('9y 6m');
  });
  it('needs the reading age for a reading age, and a score for a standardised score', () => {
    expect(issuesOf(assessmentSchema, { ...reading, readingAgeMonths: undefined })).toEqual({ readingAgeMonths: ['Enter the reading age in months'] });
    expect(issuesOf(assessmentSchema, { ...reading, kind: 'Standardised score', readingAgeMonths: undefined })).toEqual({
      score: ['Enter the standardised score'],
    });
    expect(issuesOf(assessmentSchema, { ...reading, readingAgeMonths: 9.5 })).toEqual({ readingAgeMonths: ['Enter the reading age in whole months'] });
  });
});
