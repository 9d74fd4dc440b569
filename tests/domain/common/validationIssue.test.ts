import { z } from 'zod';
import { fieldKey, issuesByField, issuesFromZodError } from '../../../src/domain/common/validationIssue';

describe('validation issues', () => {
  it('keys issues by dotted path and groups them', () => {
    expect(fieldKey(['timetables', 0, 'slots', 1, 'end'])).toBe('timetables.0.slots.1.end');
    expect(
      issuesByField([
        { path: ['a'], message: 'one' },
        { path: ['a'], message: 'two' },
        { path: [], message: 'whole' },
      ]),
    ).toEqual({ a: ['one', 'two'], '': ['whole'] });
  });
  it('converts a zod error', () => {
    const r = z.object({ n: z.number() }).safeParse({ n: 'x' });
    if (r.success) throw new Error('expected a failure');
    expect(issuesFromZodError(r.error)[0].path).toEqual(['n']);
  });
});
