import { schoolSchema } from '../../../src/domain/schools/school';
import { issuesOf } from '../helpers';

describe('School', () => {
  const school = { name: 'Oakfield Academy', urn: '123456', phase: 'Secondary', email: 'office@oakfield.example.sch.uk' };
  it('accepts a school and defaults to active', () => {
    expect(schoolSchema.parse(school).active).toBe(true);
    expect(issuesOf(schoolSchema, { ...school, urn: '12345678' })).toEqual({});
  });
  it.each(['12345', '123456789', '12a456'])('rejects URN %p', (urn) => {
    expect(issuesOf(schoolSchema, { ...school, urn })).toEqual({ urn: ['The URN must be 6 to 8 digits'] });
  });
  it('rejects an unknown phase and a bad e-mail', () => {
    expect(Object.keys(issuesOf(schoolSchema, { ...school, phase: 'Nursery', email: 'office' })).sort()).toEqual(['email', 'phase']);
  });
});
