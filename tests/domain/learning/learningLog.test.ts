import { learningLogKey, learningLogSchema } from '../../../src/domain/learning/learningLog';
import { issuesOf } from '../helpers';

describe('LearningLog (Appendix 3)', () => {
  const log = { pupilId: 12, academicYear: '2026/27', term: 'Autumn', subjects: [{ subject: 'English', teacher: 'Leo Brennan' }] };
  it('accepts a log and builds its key', () => {
    expect(issuesOf(learningLogSchema, log)).toEqual({});
    expect(learningLogKey(learningLogSchema.parse(log))).toBe('12-2026/27-Autumn');
  });
  it('rejects a bad year, term and duplicated subject', () => {
    const issues = issuesOf(learningLogSchema, { ...log, academicYear: '2026', term: 'Winter' });
    expect(Object.keys(issues).sort()).toEqual(['academicYear', 'term']);
    expect(issuesOf(learningLogSchema, { ...log, subjects: [...log.subjects, { subject: 'english', teacher: 'Amara Okafor' }] })).toEqual({
      'subjects.1.subject': ['english is listed twice'],
    });
  });
});
