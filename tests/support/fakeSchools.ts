/**
 * Schools and their named staff in memory for component tests, with the repository's contract: the school's
 * group follows its named staff at once, a URN is recorded once, saves go under the ETag.
 */
import type { ContactInvitation, ISchoolRepository, ReadResult, Saved, SavedSchoolContact, SchoolStaffAccess } from '../../src/data/ports';
import { ConcurrencyError, DataError } from '../../src/data/errors';
import { schoolContactSchema, schoolSchema, type School, type SchoolContact } from '../../src/domain';

/** The tenant's own domain in the fakes: anyone else is a guest. */
export const TENANT_DOMAIN = 'pathways.example.org';

export class FakeSchools implements ISchoolRepository {
  private readonly schools: Saved<School>[];
  private readonly staff: Saved<SchoolContact>[];
  private version = 1;
  /** The next write fails with this (a server refusal), once. */
  public failNext: Error | undefined;
  /** The next change of a group fails with this, once (the contact is saved, the group is not). */
  public failNextGroupUpdate: Error | undefined;
  /** While set, guests (outside TENANT_DOMAIN) are saved 'Not yet invited' with this reason. */
  public inviteRefusal: string | undefined;
  /** Group members by school id, as the group sync last left them. */
  public readonly groups = new Map<number, string[]>();

  public constructor(schools: Saved<School>[], contacts: Saved<SchoolContact>[]) {
    this.schools = schools;
    this.staff = contacts;
    for (const s of schools) if (contacts.some((c) => c.schoolId === s.id)) this.sync(s.id);
  }

  public async list(): Promise<ReadResult<Saved<School>>> {
    return { items: [...this.schools].sort((a, b) => a.name.localeCompare(b.name)), problems: [] };
  }

  public async get(id: number): Promise<Saved<School>> {
    const s = this.schools.find((x) => x.id === id);
    if (!s) throw new DataError('not-found', `Could not load the school: the record was not found or you cannot see it.`, 404);
    return s;
  }

  public async create(school: School): Promise<Saved<School>> {
    this.refuse();
    const value = schoolSchema.parse(school);
    this.refuseTakenUrn(value.urn);
    const s = { ...value, id: Math.max(0, ...this.schools.map((x) => x.id)) + 1, etag: this.etag() };
    this.schools.push(s);
    return s;
  }

  public async update(id: number, etag: string, school: School): Promise<Saved<School>> {
    this.refuse();
    const i = this.schools.findIndex((x) => x.id === id);
    if (this.schools[i].etag !== etag) throw new ConcurrencyError('Pathways Schools', id);
    const value = schoolSchema.parse(school);
    this.refuseTakenUrn(value.urn, id);
    this.schools[i] = { ...value, id, etag: this.etag() };
    return this.schools[i];
  }

  public async contacts(schoolId?: number): Promise<ReadResult<Saved<SchoolContact>>> {
    return { items: this.staff.filter((c) => schoolId === undefined || c.schoolId === schoolId), problems: [] };
  }

  public async addContact(contact: SchoolContact): Promise<SavedSchoolContact> {
    this.refuse();
    const guest = !contact.email.toLowerCase().endsWith(`@${TENANT_DOMAIN}`);
    const invitation = guest && this.inviteRefusal ? ('Not yet invited' as const) : ('Invited' as const);
    const c = { ...schoolContactSchema.parse({ ...contact, invitation }), id: Math.max(0, ...this.staff.map((x) => x.id)) + 1, etag: this.etag() };
    this.staff.push(c);
    this.syncAfter(c.schoolId, `${c.fullName} was added`);
    return { ...c, invited: { state: invitation, message: invitation === 'Not yet invited' ? this.inviteRefusal : undefined } };
  }

  public async updateContact(id: number, etag: string, contact: SchoolContact): Promise<Saved<SchoolContact>> {
    this.refuse();
    const i = this.staff.findIndex((x) => x.id === id);
    if (this.staff[i].etag !== etag) throw new ConcurrencyError('Pathways School Contacts', id);
    this.staff[i] = { ...schoolContactSchema.parse(contact), id, etag: this.etag() };
    this.syncAfter(contact.schoolId, `${contact.fullName} was saved`);
    return this.staff[i];
  }

  public async retryInvitation(id: number): Promise<ContactInvitation> {
    const c = this.staff.find((x) => x.id === id);
    if (!c) throw new DataError('not-found', 'Could not load the contact: the record was not found or you cannot see it.', 404);
    if (c.invitation === 'Not yet invited' && this.inviteRefusal) return { state: 'Not yet invited', message: this.inviteRefusal };
    const i = this.staff.indexOf(c);
    this.staff[i] = { ...c, invitation: 'Invited', etag: this.etag() };
    this.syncAfter(c.schoolId, `${c.fullName} is saved`);
    return { state: 'Invited' };
  }

  public async removeContact(id: number): Promise<void> {
    this.refuse();
    const i = this.staff.findIndex((c) => c.id === id);
    const [gone] = this.staff.splice(i, 1);
    this.syncAfter(gone.schoolId, `${gone.fullName} was removed`);
  }

  public async staffAccess(schoolId: number): Promise<SchoolStaffAccess> {
    const school = await this.get(schoolId);
    const members = this.groups.get(schoolId);
    if (!members) return { members: [] };
    return {
      groupTitle: `Pathways Hub - ${school.name} (URN ${school.urn}) staff`,
      members: members.map((email) => ({ email, guest: !email.toLowerCase().endsWith(`@${TENANT_DOMAIN}`) })),
    };
  }

  public async syncStaff(schoolId: number): Promise<void> {
    this.syncAfter(schoolId, 'The named staff are saved');
  }

  private syncAfter(schoolId: number, done: string): void {
    if (this.failNextGroupUpdate) {
      const e = this.failNextGroupUpdate;
      this.failNextGroupUpdate = undefined;
      throw new DataError('access-denied', `${done}, but ${e.message.charAt(0).toLowerCase()}${e.message.slice(1)} Update the group again to finish.`, 403);
    }
    this.sync(schoolId);
  }

  private sync(schoolId: number): void {
    this.groups.set(schoolId, this.staff.filter((c) => c.schoolId === schoolId && c.invitation !== 'Not yet invited').map((c) => c.email.toLowerCase()));
  }

  private refuseTakenUrn(urn: string, exceptId?: number): void {
    const other = this.schools.find((s) => s.urn === urn && s.id !== exceptId);
    if (other) throw new DataError('duplicate', `URN ${urn} is already recorded for ${other.name}. Each school is recorded once: edit that school instead.`);
  }

  private refuse(): void {
    if (!this.failNext) return;
    const e = this.failNext;
    this.failNext = undefined;
    throw e;
  }

  private etag(): string {
    this.version++;
    return `"${this.version},1"`;
  }
}
