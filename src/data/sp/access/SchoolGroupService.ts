/**
 * Each home school has one SharePoint group holding its named staff (members of the tenant or guests). The group,
 * not each person, is granted Read on the school's pupils (PupilAccessService), so a change of named staff is a
 * change of group membership and takes effect on every pupil of that school at once.
 */
import type { School, SchoolContact } from '../../../domain';
import type { ContactInvitation, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { HOME_SCHOOL_PAGE, SITE_PAGES_FOLDER, pageFileName, siteGroup } from '../../../lists';
import { schoolContactsList } from '../../../lists/declared/schoolContacts';
import { schoolsList } from '../../../lists/declared/schools';
import { settingsList } from '../../../lists/declared/settings';
import { DataError } from '../../errors';
import type { IGuestInvitations } from '../../graph/invitations/GuestInvitationService';
import { toDataError } from '../spErrors';
import { ROLE_READ } from './roles';
import '../pnp/files';
import '../pnp/security';
import '../pnp/siteGroups';
import '../pnp/siteUsers';

export function schoolGroupTitle(school: Pick<School, 'name' | 'urn'>): string {
  return `Pathways Hub - ${school.name} (URN ${school.urn}) staff`;
}

/** The outcome of making a school's staff group match its named staff. */
export interface StaffSync {
  readonly added: string[];
  readonly removed: string[];
  /** Each contact's invitation, by contact id. */
  readonly invitations: ReadonlyMap<number, ContactInvitation>;
}

export class SchoolGroupService {
  /** @param invitations invites contacts who are not yet guests of the tenant (Graph); without it they stay 'Not yet invited'. */
  public constructor(
    private readonly sp: SPFI,
    private readonly invitations?: IGuestInvitations,
  ) {}

  /**
   * Creates the school's group when it has none, records its id on the school, and returns the id. The group is
   * owned by the Pathways Hub Leadership group (so Leadership, not the one person who made it, manages its members),
   * and its membership is visible only to its members and owners (OnlyAllowMembersViewMembership), so one school
   * cannot read another school's staff.
   */
  public async ensureGroup(school: Saved<School>): Promise<number> {
    if (school.staffGroupId !== undefined) return school.staffGroupId;
    // Idempotent: a caller holding an older copy of the school (saved before its group was made) gets the same group.
    const stored = await this.storedGroupId(school.id);
    if (stored !== undefined) return stored;
    const ownerId = await this.leadershipGroupId();
    try {
      const id = await this.createOrFindGroup(school);
      await this.sp.web.siteGroups.getById(id).setUserAsOwner(ownerId);
      const schoolItem = this.sp.web.lists.getByTitle(schoolsList.title).items.getById(school.id);
      await schoolItem.update({ PwStaffGroupId: id });
      // The school's own record is readable by its staff (security 'school-item'); nobody else's is.
      await schoolItem.breakRoleInheritance(true, false);
      await schoolItem.roleAssignments.add(id, ROLE_READ);
      // Home-school staff read the service's settings (term dates, thresholds) to see their pupils' figures.
      const settings = this.sp.web.lists.getByTitle(settingsList.title);
      await settings.breakRoleInheritance(true, false);
      await settings.roleAssignments.add(id, ROLE_READ);
      await this.shareHomeSchoolPage(id);
      return id;
    } catch (e) {
      throw toDataError(e, `create the staff group for ${school.name}`);
    }
  }

  /**
   * Home-school staff open Pathways Hub on the home-school page, and on no other: their item and folder grants give
   * them only Limited Access on the site, which opens no page. The page has unique permissions (setup copies the
   * site's); the group gets Read on it. A site whose pages are not set up yet is left for setup, which shares the
   * page with every school's group when it makes it.
   */
  private async shareHomeSchoolPage(groupId: number): Promise<void> {
    const web = await this.sp.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    const url = `${web.ServerRelativeUrl.replace(/\/+$/, '')}/${SITE_PAGES_FOLDER}/${pageFileName(HOME_SCHOOL_PAGE)}`;
    const found = await this.sp.web
      .getFileByServerRelativePath(url)
      .listItemAllFields.select('Id', 'HasUniqueRoleAssignments')<{ Id?: number; HasUniqueRoleAssignments?: boolean }>()
      .catch((e: unknown) => {
        if (toDataError(e, 'find the home-school page').kind === 'not-found') return undefined;
        throw e;
      });
    if (found?.Id === undefined) return;
    const page = this.sp.web.getList(`${web.ServerRelativeUrl.replace(/\/+$/, '')}/${SITE_PAGES_FOLDER}`).items.getById(found.Id);
    if (!found.HasUniqueRoleAssignments) await page.breakRoleInheritance(true, false);
    await page.roleAssignments.add(groupId, ROLE_READ);
  }

  /** Creates the group; a group left by an earlier attempt that stopped before it was recorded is reused. */
  private async createOrFindGroup(school: Saved<School>): Promise<number> {
    const title = schoolGroupTitle(school);
    try {
      const group = await this.sp.web.siteGroups.add({
        Title: title,
        Description: `Named staff of ${school.name}: read access to their own pupils in Pathways Hub.`,
        OnlyAllowMembersViewMembership: true,
        AllowMembersEditMembership: false,
        AllowRequestToJoinLeave: false,
      });
      return Number((group as { Id: number }).Id);
    } catch (e) {
      if (toDataError(e, 'create the group').kind === 'access-denied') throw e;
      const existing = await this.sp.web.siteGroups.getByName(title).select('Id')<{ Id: number }>().catch(() => undefined);
      if (!existing) throw e;
      await this.sp.web.siteGroups.getById(existing.Id).update({ OnlyAllowMembersViewMembership: true, AllowMembersEditMembership: false });
      return existing.Id;
    }
  }

  /** The Pathways Hub Leadership group that setup makes: the owner of every school group. */
  private async leadershipGroupId(): Promise<number> {
    const title = siteGroup('leadership').title;
    try {
      return (await this.sp.web.siteGroups.getByName(title).select('Id')<{ Id: number }>()).Id;
    } catch (e) {
      const err = toDataError(e, `find the ${title} group`);
      if (err.kind !== 'not-found') throw err;
      throw new DataError('not-found', `The ${title} group is missing from this site, so a school's staff group cannot be given its owner. Ask a site owner to run Pathways Hub setup.`, 404);
    }
  }

  private async storedGroupId(schoolId: number): Promise<number | undefined> {
    try {
      const item = await this.sp.web.lists
        .getByTitle(schoolsList.title)
        .items.getById(schoolId)
        .select('PwStaffGroupId')<{ PwStaffGroupId?: number | null }>();
      return typeof item.PwStaffGroupId === 'number' ? item.PwStaffGroupId : undefined;
    } catch (e) {
      throw toDataError(e, 'load the school’s staff group');
    }
  }

  /**
   * Makes the group's members exactly the school's contacts, and lets the group read those contacts' records.
   * A contact who is not yet a user or guest of the tenant is invited first (SharePoint's ensureUser finds only
   * people already in the directory). One person who cannot be invited (the administrator has not approved
   * User.Invite.All, Microsoft 365 is busy) does not stop the others: they are reported 'Not yet invited' with
   * the reason, and the next sync tries again. Returns who was added and removed, and each contact's invitation.
   */
  public async syncMembers(groupId: number, contacts: readonly Saved<SchoolContact>[], schoolName = 'their school'): Promise<StaffSync> {
    const group = this.sp.web.siteGroups.getById(groupId);
    const invitations = new Map<number, ContactInvitation>();
    const added: string[] = [];
    const removed: string[] = [];
    try {
      const contactItems = this.sp.web.lists.getByTitle(schoolContactsList.title).items;
      for (const c of contacts) {
        await contactItems.getById(c.id).breakRoleInheritance(true, false);
        await contactItems.getById(c.id).roleAssignments.add(groupId, ROLE_READ);
      }
      const current = await group.users.select('Id', 'Email', 'LoginName')<{ Id: number; Email: string; LoginName: string }[]>();
      const wanted = new Set(contacts.map((c) => c.email.toLowerCase()));
      const have = new Set(current.map((u) => u.Email.toLowerCase()));
      for (const c of contacts) {
        const email = c.email.toLowerCase();
        if (have.has(email)) {
          invitations.set(c.id, { state: 'Invited' });
          continue;
        }
        const found = await this.userFor(c, schoolName);
        if ('state' in found) {
          invitations.set(c.id, found);
          continue;
        }
        await group.users.add(found.loginName);
        have.add(email);
        added.push(email);
        invitations.set(c.id, { state: 'Invited' });
      }
      for (const u of current) {
        if (!wanted.has(u.Email.toLowerCase())) {
          await group.users.removeById(u.Id);
          removed.push(u.Email);
        }
      }
    } catch (e) {
      throw toDataError(e, 'update the school staff group');
    }
    await this.recordInvitations(contacts, invitations);
    return { added, removed, invitations };
  }

  /** The person's login name, inviting them first when the tenant does not know them; else why not yet. */
  private async userFor(c: Saved<SchoolContact>, schoolName: string): Promise<{ loginName: string } | ContactInvitation> {
    const first = await this.ensureUser(c.email);
    if (first) return first;
    if (!this.invitations) {
      return { state: 'Not yet invited', message: `${c.fullName} is not yet a user or guest of your organisation, and Pathways Hub cannot invite them here.` };
    }
    try {
      await this.invitations.invite({ email: c.email, displayName: c.fullName, schoolName });
    } catch (e) {
      const err = e instanceof DataError ? e : toDataError(e, `invite ${c.fullName}`);
      return { state: 'Not yet invited', message: `${c.fullName} is saved but not yet invited. ${err.message}` };
    }
    const after = await this.ensureUser(c.email);
    if (after) return after;
    return {
      state: 'Not yet invited',
      message: `${c.fullName} was invited, but SharePoint does not list them yet. Try again in a few minutes.`,
    };
  }

  /** ensureUser: the person's login name, or undefined when the tenant has no such user or guest yet. */
  private async ensureUser(email: string): Promise<{ loginName: string } | undefined> {
    try {
      const user = await this.sp.web.ensureUser(email);
      return { loginName: (user as { LoginName: string }).LoginName };
    } catch (e) {
      const err = toDataError(e, `find ${email}`);
      // Permission, throttling and network failures are not "no such person": they stop the sync.
      if (err.kind === 'access-denied' || err.kind === 'throttled' || err.kind === 'network') throw err;
      return undefined;
    }
  }

  /** Keeps each contact's invitation state on its item, so the schools screen shows it and a retry can find it. */
  private async recordInvitations(contacts: readonly Saved<SchoolContact>[], states: ReadonlyMap<number, ContactInvitation>): Promise<void> {
    const items = this.sp.web.lists.getByTitle(schoolContactsList.title).items;
    for (const c of contacts) {
      const state = states.get(c.id)?.state;
      if (state === undefined || state === c.invitation) continue;
      try {
        await items.getById(c.id).update({ PwInvitation: state });
      } catch (e) {
        throw toDataError(e, `record ${c.fullName}'s invitation`);
      }
    }
  }
}
