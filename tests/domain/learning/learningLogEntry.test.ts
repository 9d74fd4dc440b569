import { learningLogEntrySchema } from '../../../src/domain/learning/learningLogEntry';
import { issuesOf } from '../helpers';

describe('LearningLogEntry', () => {
  const entry = { logId: 3, pupilId: 12, subject: 'Maths', entryDate: '2026-10-05', teacher: 'Leo Brennan', entry: 'Fractions: confident with halves' };
  it('accepts an entry and defaults highlight to false', () => {
    expect(learningLogEntrySchema.parse(entry).highlight).toBe(false);
  });
  it('needs the entry text', () => {
    expect(issuesOf(learningLogEntrySchema, { ...entry, entry: ' ' })).toEqual({ entry: ['Enter what the pupil did'] });
  });
});
