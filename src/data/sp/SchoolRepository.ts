import type { School, SchoolContact } from '../../domain';
import type { ContactInvitation, ISchoolRepository, ReadResult, Saved, SavedSchoolContact } from '../ports';
import type { SPFI } from './pnpSetup';
import { schoolContactMapper, schoolMapper } from './mappers/schoolMappers';
import { readAll, readOne } from './listReader';
import { toDataError } from './spErrors';
import { DataError } from '../errors';
import type { SchoolGroupService, StaffSync } from './access/SchoolGroupService';

export class SpSchoolRepository implements ISchoolRepository {
  /** With `groups`, a change of a school's named staff updates its staff group (and so its pupils' access) at once. */
  public constructor(
    private readonly sp: SPFI,
    private readonly groups?: SchoolGroupService,
  ) {}

  public list(): Promise<ReadResult<Saved<School>>> {
    return readAll(this.sp, schoolMapper, { what: 'load the schools', sortBy: (s) => s.name });
  }

  public get(id: number): Promise<Saved<School>> {
    return readOne(this.sp, schoolMapper, id, 'load the school');
  }

  public async create(school: School): Promise<Saved<School>> {
    const payload = schoolMapper.toPayload(school);
    try {
      const created = await this.sp.web.lists.getByTitle(schoolMapper.list.title).items.add(payload);
      return schoolMapper.fromItem(created as Record<string, unknown>);
    } catch (e) {
      throw toDataError(e, `add the school ${school.name}`);
    }
  }

  public contacts(schoolId?: number): Promise<ReadResult<Saved<SchoolContact>>> {
    return readAll(this.sp, schoolContactMapper, {
      what: 'load the school contacts',
      filter: schoolId === undefined ? undefined : `PwSchoolId eq ${schoolId}`,
    });
  }

  public async addContact(contact: SchoolContact): Promise<SavedSchoolContact> {
    const payload = schoolContactMapper.toPayload({ ...contact, invitation: undefined });
    let created: Saved<SchoolContact>;
    try {
      const raw = await this.sp.web.lists.getByTitle(schoolContactMapper.list.title).items.add(payload);
      created = schoolContactMapper.fromItem(raw as Record<string, unknown>);
    } catch (e) {
      throw toDataError(e, `add ${contact.fullName}`);
    }
    const sync = await this.syncStaff(contact.schoolId, `${contact.fullName} was added`);
    const invited = sync?.invitations.get(created.id);
    return invited ? { ...created, invitation: invited.state, invited } : created;
  }

  public async retryInvitation(contactId: number): Promise<ContactInvitation> {
    const contact = await readOne(this.sp, schoolContactMapper, contactId, 'load the contact');
    const sync = await this.syncStaff(contact.schoolId, `${contact.fullName} is saved`);
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
    await this.syncStaff(contact.schoolId, `${contact.fullName} was removed`);
  }

  /** Makes the school's staff group exactly its named staff: access to the school's pupils follows at once. */
  private async syncStaff(schoolId: number, done: string): Promise<StaffSync | undefined> {
    if (!this.groups) return undefined;
    try {
      const school = await this.get(schoolId);
      const groupId = await this.groups.ensureGroup(school);
      return await this.groups.syncMembers(groupId, (await this.contacts(schoolId)).items, school.name);
    } catch (e) {
      const err = toDataError(e, "update the school's staff group");
      throw new DataError(err.kind, `${done}, but ${err.message.charAt(0).toLowerCase()}${err.message.slice(1)} Save the contact again to retry.`, err.status);
    }
  }
}
