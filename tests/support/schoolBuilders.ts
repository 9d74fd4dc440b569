/** Schools and named staff for tests: one builder each, shared. Fictional names, example domains. */
import type { School, SchoolContact } from '../../src/domain';

export function aSchool(overrides: Partial<School> = {}): School {
  return { name: 'Oakfield Academy', urn: '990001', phase: 'Secondary', email: 'office@oakfield.example.sch.uk', active: true, ...overrides };
}

export function aContact(overrides: Partial<SchoolContact> = {}): SchoolContact {
  return { schoolId: 1, fullName: 'Jo Marr', role: 'SENCO', email: 'jo.marr@oakfield.example.sch.uk', notify: true, ...overrides };
}
