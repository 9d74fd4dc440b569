/**
 * What a school's administrators do before Pathways Hub is used, in local mode:
 *  - the tenant: the PRU's staff exist in the directory as members, the home schools' named staff as guests
 *    (the emulator's directory stands for Entra ID here);
 *  - the site owner, after Setup: puts each member of PRU staff in the group of their role, through SharePoint's
 *    REST API as the owner would (Site permissions), never by writing to the emulator's store.
 * Home-school staff are put in their school's group by the product itself.
 */
import { SITE_GROUPS, siteGroup, type PathwaysGroupKey } from '../../src/lists';
import type { DemoData, DemoStaffUser } from '../demo/types';
import type { EmulatorStore } from '../emulator/store';
import { DEFAULT_ADMIN } from '../emulator/store';
import { connectAs } from './localConnection';
import '../../src/data/sp/pnp/siteGroups';
import '../../src/data/sp/pnp/siteUsers';

export interface Tenant {
  readonly store: EmulatorStore;
  readonly origin: string;
}

/** The group of a role (docs/architecture.md, "Who sees what"): the DSL and deputies sit with Leadership. */
export function groupOfStaff(s: DemoStaffUser): PathwaysGroupKey {
  if (s.role === 'headteacher' || s.role === 'senco' || s.safeguarding !== undefined) return 'leadership';
  if (s.role === 'attendance-officer' || s.role === 'admin') return 'office';
  return 'staff';
}

/** Adds the tenant's people (the directory). */
export function prepareDirectory(emulator: Tenant, data: DemoData): { email: string; displayName: string } {
  const { store } = emulator;
  for (const s of data.staff) store.addUser({ email: s.email, displayName: s.displayName, jobTitle: s.jobTitle, userType: 'Member' });
  for (const c of data.schoolContacts) {
    store.addUser({ email: c.contact.email, displayName: c.contact.fullName, jobTitle: c.contact.role, userType: 'Guest' });
  }
  const head = data.staff.find((s) => s.role === 'headteacher') ?? data.staff[0];
  return { email: head.email, displayName: head.displayName };
}

/** The owner adds each member of PRU staff to the group of their role (REST: ensureUser, then the group's users). */
export async function addStaffToGroups(origin: string, sitePath: string, staff: readonly DemoStaffUser[], owner: string = DEFAULT_ADMIN.email): Promise<void> {
  const { sp } = connectAs(origin, sitePath, owner);
  const groups = new Map<PathwaysGroupKey, number>();
  for (const g of SITE_GROUPS) groups.set(g.key, (await sp.web.siteGroups.getByName(g.title).select('Id')<{ Id: number }>()).Id);
  for (const s of staff) {
    const user = await sp.web.ensureUser(s.email);
    const groupId = groups.get(groupOfStaff(s));
    if (groupId === undefined) throw new Error(`No group ${siteGroup(groupOfStaff(s)).title}: run setup first.`);
    await sp.web.siteGroups.getById(groupId).users.add((user as { LoginName: string }).LoginName);
  }
}
