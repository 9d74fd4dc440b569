import { pupilChangeSchema } from '../../../src/domain/pupils/pupilChange';
import { STAFF, issuesOf } from '../helpers';

describe('PupilChange', () => {
  const change = { pupilId: 2, kind: 'Support tier', from: 'Universal', to: 'Specialist offer', effective: '2026-02-02', reason: 'Review on 30/01', changedBy: STAFF };
  it('accepts a reasoned change', () => {
    expect(issuesOf(pupilChangeSchema, change)).toEqual({});
  });
  it('requires a reason and a real change', () => {
    expect(issuesOf(pupilChangeSchema, { ...change, reason: '' })).toEqual({ reason: ['Enter the reason for the change'] });
    expect(issuesOf(pupilChangeSchema, { ...change, to: 'Universal' })).toEqual({ to: ['The new value must be different from the old one'] });
  });
});
