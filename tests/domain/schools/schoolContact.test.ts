import { schoolContactSchema } from '../../../src/domain/schools/schoolContact';
import { issuesOf } from '../helpers';

describe('SchoolContact', () => {
  const contact = { schoolId: 4, fullName: 'Priya Sandhu', role: 'SENCO', email: 'p.sandhu@oakfield.example.sch.uk' };
  it('accepts a contact and defaults notify to true', () => {
    expect(schoolContactSchema.parse(contact).notify).toBe(true);
  });
  it('needs a school, a role from the list and an e-mail', () => {
    expect(Object.keys(issuesOf(schoolContactSchema, { ...contact, schoolId: undefined, role: 'Caretaker', email: '' })).sort()).toEqual([
      'email',
      'role',
      'schoolId',
    ]);
  });
});
