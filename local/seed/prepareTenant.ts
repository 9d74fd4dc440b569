/**
 * What a tenant administrator does before Pathways Hub is used: the PRU's staff exist in the directory and are
 * members of the site. Home-school staff exist as guests; the product itself puts them in their school's group.
 *
 * The emulator has no custom permission levels, so the staff who enrol pupils (and so set permissions) join
 * the Owners group here; in SharePoint they are in Pathways Hub Leadership (src/lists/siteSecurity.ts).
 */
import type { DemoData, StaffRole } from '../demo/types';
import { DEFAULT_GROUPS, type EmulatorStore } from '../emulator/store';

const SECURES_RECORDS: readonly StaffRole[] = ['headteacher', 'senco', 'attendance-officer', 'admin'];

export interface Tenant {
  readonly store: EmulatorStore;
}

export function prepareTenant(emulator: Tenant, data: DemoData): { email: string; displayName: string } {
  const { store } = emulator;
  for (const s of data.staff) {
    store.addUser({ email: s.email, displayName: s.displayName, jobTitle: s.jobTitle, userType: 'Member' });
    store.addToGroup(SECURES_RECORDS.includes(s.role) ? DEFAULT_GROUPS.owners.id : DEFAULT_GROUPS.members.id, s.email);
  }
  for (const c of data.schoolContacts) {
    store.addUser({ email: c.contact.email, displayName: c.contact.fullName, jobTitle: c.contact.role, userType: 'Guest' });
  }
  const head = data.staff.find((s) => s.role === 'headteacher') ?? data.staff[0];
  return { email: head.email, displayName: head.displayName };
}
