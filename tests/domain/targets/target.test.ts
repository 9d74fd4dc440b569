import { targetSchema } from '../../../src/domain/targets/target';
import { issuesOf } from '../helpers';

describe('Target', () => {
  const target = {
    pupilId: 12,
    source: 'SEN support plan',
    sourceId: 4,
    outcome: 'Read a short text aloud to a familiar adult',
    measure: '3 sessions a week, logged in the learning log',
    dueDate: '2026-03-27',
    progress: [{ date: '2026-02-02', note: 'Read two pages', rating: 3 }],
  };
  it('accepts a SMART target', () => {
    expect(targetSchema.parse(target).closed).toBe(false);
  });
  it('needs a measure and a date', () => {
    expect(issuesOf(targetSchema, { ...target, measure: '' })).toEqual({ measure: ['A target needs a measure'] });
    expect(issuesOf(targetSchema, { ...target, measure: undefined })).toEqual({ measure: ['A target needs a measure'] });
    expect(issuesOf(targetSchema, { ...target, dueDate: '' })).toEqual({ dueDate: ['A target needs a date by when it should be met'] });
    expect(issuesOf(targetSchema, { ...target, dueDate: '27/3/26' })).toEqual({ dueDate: ['Enter the date as dd/mm/yyyy'] });
  });
  it('checks progress ratings', () => {
    expect(issuesOf(targetSchema, { ...target, progress: [{ date: '2026-02-02', note: 'ok', rating: 6 }] })).toEqual({
      'progress.0.rating': ['Choose a rating from 1 to 5'],
    });
  });
});
