/**
 * Each home school has one SharePoint group holding its named staff (members of the tenant or guests). The group,
 * not each person, is granted Read on the school's pupils (PupilAccessService), so a change of named staff is a
 * change of group membership and takes effect on every pupil of that school at once.
 */
import type { School, SchoolContact } from '../../../domain';
import type { Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { listByKey } from '../../../lists';
import { toDataError } from '../spErrors';
import { ROLE_READ } from './roles';

export function schoolGroupTitle(school: Pick<School, 'name' | 'urn'>): string {
  return `Pathways Hub - ${school.name} (URN ${school.urn}) staff`;
}

export class SchoolGroupService {
  public constructor(private readonly sp: SPFI) {}

  /** Creates the school's group when it has none, records its id on the school, and returns the id. */
  public async ensureGroup(school: Saved<School>): Promise<number> {
    if (school.staffGroupId !== undefined) return school.staffGroupId;
    // Idempotent: a caller holding an older copy of the school (saved before its group was made) gets the same group.
    const stored = await this.storedGroupId(school.id);
    if (stored !== undefined) return stored;
    try {
      const group = await this.sp.web.siteGroups.add({
        Title: schoolGroupTitle(school),
        Description: `Named staff of ${school.name}: read access to their own pupils in Pathways Hub.`,
      });
      const id = Number((group as { Id: number }).Id);
      const schoolItem = this.sp.web.lists.getByTitle(listByKey('schools').title).items.getById(school.id);
      await schoolItem.update({ PwStaffGroupId: id });
      // The school's own record is readable by its staff (security 'school-item'); nobody else's is.
      await schoolItem.breakRoleInheritance(true, false);
      await schoolItem.roleAssignments.add(id, ROLE_READ);
      // Home-school staff read the service's settings (term dates, thresholds) to see their pupils' figures.
      const settings = this.sp.web.lists.getByTitle(listByKey('settings').title);
      await settings.breakRoleInheritance(true, false);
      await settings.roleAssignments.add(id, ROLE_READ);
      return id;
    } catch (e) {
      throw toDataError(e, `create the staff group for ${school.name}`);
    }
  }

  private async storedGroupId(schoolId: number): Promise<number | undefined> {
    try {
      const item = await this.sp.web.lists
        .getByTitle(listByKey('schools').title)
        .items.getById(schoolId)
        .select('PwStaffGroupId')<{ PwStaffGroupId?: number | null }>();
      return typeof item.PwStaffGroupId === 'number' ? item.PwStaffGroupId : undefined;
    } catch (e) {
      throw toDataError(e, 'load the school’s staff group');
    }
  }

  /**
   * Makes the group's members exactly the school's contacts, and lets the group read those contacts' records.
   * Returns who was added and removed.
   */
  public async syncMembers(groupId: number, contacts: readonly Saved<SchoolContact>[]): Promise<{ added: string[]; removed: string[] }> {
    const group = this.sp.web.siteGroups.getById(groupId);
    try {
      const contactItems = this.sp.web.lists.getByTitle(listByKey('schoolContacts').title).items;
      for (const c of contacts) {
        await contactItems.getById(c.id).breakRoleInheritance(true, false);
        await contactItems.getById(c.id).roleAssignments.add(groupId, ROLE_READ);
      }
      const current = await group.users.select('Id', 'Email', 'LoginName')<{ Id: number; Email: string; LoginName: string }[]>();
      const wanted = new Set(contacts.map((c) => c.email.toLowerCase()));
      const have = new Set(current.map((u) => u.Email.toLowerCase()));
      const added: string[] = [];
      const removed: string[] = [];
      for (const email of Array.from(wanted)) {
        if (have.has(email)) continue;
        const user = await this.sp.web.ensureUser(email);
        await group.users.add((user as { LoginName: string }).LoginName);
        added.push(email);
      }
      for (const u of current) {
        if (!wanted.has(u.Email.toLowerCase())) {
          await group.users.removeById(u.Id);
          removed.push(u.Email);
        }
      }
      return { added, removed };
    } catch (e) {
      throw toDataError(e, 'update the school staff group');
    }
  }
}
