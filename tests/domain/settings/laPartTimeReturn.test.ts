import { laPartTimeReturnSchema } from '../../../src/domain/settings/laPartTimeReturn';
import { issuesOf } from '../helpers';

describe('LA part-time timetable return', () => {
  it('needs a number of days when the return is due within days', () => {
    const r = { fields: ['Name', 'Hours offered'], format: 'CSV', timing: 'Within days of agreement' };
    expect(issuesOf(laPartTimeReturnSchema, r)).toEqual({ deadlineDays: ['Enter the number of days the LA allows'] });
    expect(issuesOf(laPartTimeReturnSchema, { ...r, deadlineDays: 10 })).toEqual({});
  });
  it('rejects an unknown field and an empty field list', () => {
    expect(issuesOf(laPartTimeReturnSchema, { fields: ['Shoe size'], format: 'CSV', timing: 'Half-termly' })['fields.0']).toHaveLength(1);
    expect(issuesOf(laPartTimeReturnSchema, { fields: [], format: 'CSV', timing: 'Half-termly' }).fields).toEqual([
      'Choose at least one field for the return',
    ]);
  });
});
