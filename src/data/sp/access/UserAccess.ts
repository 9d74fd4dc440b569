/**
 * What the signed-in user is, from what SharePoint lets them do: PRU staff (Leadership, Office and the Staff group's
 * teachers and lead tutors) may add the records they keep — learning-log entries, registers, behaviour logs — to
 * the list as a whole; home-school staff only ever read their own pupils' items. Whether someone may enrol or edit
 * pupils is a separate question (`pupilRights`): teachers may not. Asking SharePoint for the permission itself (rather than
 * matching group names, which differ from site to site) keeps this true whatever the site's groups are called.
 * The page uses it to offer actions (the census export, enrolling, the settings editor, adding schools); SharePoint's
 * permissions still decide what anyone can read or write.
 */
import { PermissionKind } from '../pnp/security';
import type { ListDefinition } from '../../../lists';
import { ehcRequestsList } from '../../../lists/declared/ehcRequests';
import { learningLogEntriesList } from '../../../lists/declared/learningLogEntries';
import { pupilsList } from '../../../lists/declared/pupils';
import { schoolsList } from '../../../lists/declared/schools';
import { settingsList } from '../../../lists/declared/settings';
import type { IUserAccess, PupilRights, UserPermission } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';

/** The list, and the right on it, that each permission needs. */
const NEEDS: Record<UserPermission, { list: ListDefinition; right: PermissionKind }> = {
  'edit-settings': { list: settingsList, right: PermissionKind.EditListItems },
  'manage-schools': { list: schoolsList, right: PermissionKind.AddListItems },
  'record-ehc-requests': { list: ehcRequestsList, right: PermissionKind.AddListItems },
};

/**
 * The list whose right to add items marks PRU staff: every Pathways group contributes to it (LIST_ACCESS in
 * src/lists/siteSecurity.ts, checked by tests/data/sp/access/userAccess.test.ts) and a home school's group is only
 * ever given Read on its own pupils' items, never a right on the list itself.
 */
export const PRU_STAFF_LIST = learningLogEntriesList;

export class SpUserAccess implements IUserAccess {
  private cached?: Promise<boolean>;
  private rights?: Promise<PupilRights>;
  private readonly permissions = new Map<UserPermission, Promise<boolean>>();

  public constructor(private readonly sp: SPFI) {}

  public isPruStaff(): Promise<boolean> {
    if (!this.cached) {
      this.cached = this.load().catch((e: unknown) => {
        this.cached = undefined;
        throw e;
      });
    }
    return this.cached;
  }

  public pupilRights(): Promise<PupilRights> {
    if (!this.rights) {
      this.rights = this.loadRights().catch((e: unknown) => {
        this.rights = undefined;
        throw e;
      });
    }
    return this.rights;
  }

  public can(permission: UserPermission): Promise<boolean> {
    let answer = this.permissions.get(permission);
    if (!answer) {
      answer = this.loadPermission(permission).catch((e: unknown) => {
        this.permissions.delete(permission);
        throw e;
      });
      this.permissions.set(permission, answer);
    }
    return answer;
  }

  private async loadPermission(permission: UserPermission): Promise<boolean> {
    const { list, right } = NEEDS[permission];
    try {
      return await this.sp.web.lists.getByTitle(list.title).currentUserHasPermissions(right);
    } catch (e) {
      const err = toDataError(e, 'check your access');
      // A user who cannot see the list at all certainly may not change it.
      if (err.kind === 'not-found' || err.kind === 'access-denied') return false;
      throw err;
    }
  }

  private async loadRights(): Promise<PupilRights> {
    const list = this.sp.web.lists.getByTitle(pupilsList.title);
    try {
      const perms = await list.getCurrentUserEffectivePermissions();
      return { canAdd: list.hasPermissions(perms, PermissionKind.AddListItems), canEdit: list.hasPermissions(perms, PermissionKind.EditListItems) };
    } catch (e) {
      const err = toDataError(e, 'check your access to the pupils');
      if (err.kind === 'not-found' || err.kind === 'access-denied') return { canAdd: false, canEdit: false };
      throw err;
    }
  }

  private async load(): Promise<boolean> {
    try {
      return await this.sp.web.lists.getByTitle(PRU_STAFF_LIST.title).currentUserHasPermissions(PermissionKind.AddListItems);
    } catch (e) {
      const err = toDataError(e, 'check your access');
      // A user who cannot see the list at all is certainly not PRU staff.
      if (err.kind === 'not-found' || err.kind === 'access-denied') return false;
      throw err;
    }
  }
}
