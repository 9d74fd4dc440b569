import type { School, SchoolContact } from '../../domain';
import type { ContactInvitation, ISchoolRepository, Saved, SavedSchoolContact, SchoolStaffAccess } from '../ports';
import type { SPFI } from './pnpSetup';
import { schoolContactMapper, schoolMapper } from './mappers/schoolMappers';
import { readAll, readOne } from './listReader';
import { updateItem } from './itemUpdater';
import { toDataError } from './spErrors';
import { DataError } from '../errors';
import type { SchoolGroupService, StaffSync } from './access/SchoolGroupService';
import { createRecordOnce } from './exactlyOnce';
import { writePayload } from './fieldWriter';
import { SpSchoolReads } from './SchoolReads';
import './pnp/siteGroups';
import { writerOf } from './recordWriter';

/** The whole repository (`data-schools-write`): the reads (SchoolReads.ts), the writes and the staff groups. */
export class SpSchoolRepository extends SpSchoolReads implements ISchoolRepository {
  /**
   * With `groups`, a change of a school's named staff updates its staff group (and so its pupils' access) at once.
   * It gives the group service when first needed (its code, with the site's groups and pages schema, loads then).
   */
  public constructor(
    sp: SPFI,
    private readonly groups?: () => Promise<SchoolGroupService>,
  ) {
    super(sp);
  }

  public async create(school: School): Promise<Saved<School>> {
    const payload = writerOf(schoolMapper).toPayload(school);
    await this.refuseTakenUrn(school.urn);
    try {
      const created = await this.sp.web.lists.getByTitle(schoolMapper.list.title).items.add(payload);
      return schoolMapper.fromItem(created as Record<string, unknown>);
    } catch (e) {
      throw this.urnOrOther(e, school, `add the school ${school.name}`);
    }
  }

  public async update(id: number, etag: string, school: School): Promise<Saved<School>> {
    await this.refuseTakenUrn(school.urn, id);
    try {
      return await updateItem(this.sp, schoolMapper, id, etag, school, `save ${school.name}`);
    } catch (e) {
      throw this.urnOrOther(e, school, `save ${school.name}`);
    }
  }

  /** URNs are unique (the column is too): say which school has it, before SharePoint refuses a bare duplicate. */
  private async refuseTakenUrn(urn: string, exceptId?: number): Promise<void> {
    const wanted = urn.trim();
    if (!/^\d{6,8}$/.test(wanted)) return; // the schema says what is wrong with it
    const taken = await readAll(this.sp, schoolMapper, { what: 'check the URN', filter: `PwUrn eq '${wanted}'` });
    const other = taken.items.find((s) => s.id !== exceptId);
    if (other) throw new DataError('duplicate', `URN ${wanted} is already recorded for ${other.name}. Each school is recorded once: edit that school instead.`);
  }

  private urnOrOther(e: unknown, school: School, what: string): DataError {
    const err = toDataError(e, what);
    return err.kind === 'duplicate' && !(e instanceof DataError)
      ? new DataError('duplicate', `URN ${school.urn.trim()} is already recorded for another school. Each school is recorded once.`, err.status)
      : err;
  }

  /**
   * Exactly once (src/data/sp/exactlyOnce.ts): the contact carries a key made before the first attempt, so a retry
   * after a lost answer, or the person's "try again", finds the first copy instead of adding a second.
   */
  public async addContact(contact: SchoolContact): Promise<SavedSchoolContact> {
    const list = schoolContactMapper.list;
    const created = await createRecordOnce(schoolContactMapper, {
      sp: this.sp,
      values: writerOf(schoolContactMapper).toValues({ ...contact, invitation: undefined }),
      what: `add ${contact.fullName}`,
      thing: contact.fullName,
      add: (values) => this.sp.web.lists.getByTitle(list.title).items.add(writePayload(list, values)),
    });
    const sync = await this.syncGroup(contact.schoolId, `${contact.fullName} was added`);
    const invited = sync?.invitations.get(created.id);
    return invited ? { ...created, invitation: invited.state, invited } : created;
  }

  public async retryInvitation(contactId: number): Promise<ContactInvitation> {
    const contact = await readOne(this.sp, schoolContactMapper, contactId, 'load the contact');
    const sync = await this.syncGroup(contact.schoolId, `${contact.fullName} is saved`);
    return (
      sync?.invitations.get(contactId) ?? { state: 'Not yet invited', message: `${contact.fullName} is saved, but their school's staff group could not be updated here.` }
    );
  }

  public async removeContact(id: number): Promise<void> {
    const contact = await readOne(this.sp, schoolContactMapper, id, 'load the contact');
    try {
      await this.sp.web.lists.getByTitle(schoolContactMapper.list.title).items.getById(id).delete();
    } catch (e) {
      throw toDataError(e, `remove ${contact.fullName}`);
    }
    await this.syncGroup(contact.schoolId, `${contact.fullName} was removed`);
  }

  public async updateContact(id: number, etag: string, contact: SchoolContact): Promise<Saved<SchoolContact>> {
    const saved = await updateItem(this.sp, schoolContactMapper, id, etag, contact, `save ${contact.fullName}`);
    await this.syncGroup(contact.schoolId, `${contact.fullName} was saved`);
    return saved;
  }

  public async staffAccess(schoolId: number): Promise<SchoolStaffAccess> {
    const school = await this.get(schoolId);
    if (school.staffGroupId === undefined) return { members: [] };
    try {
      const group = this.sp.web.siteGroups.getById(school.staffGroupId);
      const [info, users] = await Promise.all([
        group.select('Title')<{ Title: string }>(),
        group.users.select('Email', 'LoginName', 'IsShareByEmailGuestUser', 'IsEmailAuthenticationGuestUser')<GroupUser[]>(),
      ]);
      return { groupTitle: info.Title, members: users.map((u) => ({ email: u.Email, guest: isGuest(u) })) };
    } catch (e) {
      throw toDataError(e, `read who is in ${school.name}'s staff group`);
    }
  }

  public async syncStaff(schoolId: number): Promise<void> {
    await this.syncGroup(schoolId, 'The named staff are saved');
  }

  /** Makes the school's staff group exactly its named staff: access to the school's pupils follows at once. */
  private async syncGroup(schoolId: number, done: string): Promise<StaffSync | undefined> {
    if (!this.groups) return undefined;
    try {
      const [school, groups] = await Promise.all([this.get(schoolId), this.groups()]);
      const groupId = await groups.ensureGroup(school);
      return await groups.syncMembers(groupId, (await this.contacts(schoolId)).items, school.name);
    } catch (e) {
      const err = toDataError(e, "update the school's staff group");
      throw new DataError(err.kind, `${done}, but ${err.message.charAt(0).toLowerCase()}${err.message.slice(1)} Update the group again to finish.`, err.status);
    }
  }
}

interface GroupUser {
  readonly Email: string;
  readonly LoginName: string;
  readonly IsShareByEmailGuestUser?: boolean;
  readonly IsEmailAuthenticationGuestUser?: boolean;
}

/**
 * A guest in the tenant: a B2B guest's claims login name carries #ext# (name_domain#ext#@tenant.onmicrosoft.com);
 * people invited by e-mail-only sharing are flagged by SharePoint itself.
 */
function isGuest(u: GroupUser): boolean {
  return /#ext#/i.test(u.LoginName) || u.IsShareByEmailGuestUser === true || u.IsEmailAuthenticationGuestUser === true;
}
