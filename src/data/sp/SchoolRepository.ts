import type { School, SchoolContact } from '../../domain';
import type { ISchoolRepository, ReadResult, Saved } from '../ports';
import type { SPFI } from './pnpSetup';
import { schoolContactMapper, schoolMapper } from './mappers/schoolMappers';
import { readAll, readOne } from './listReader';
import { toDataError } from './spErrors';

export class SpSchoolRepository implements ISchoolRepository {
  public constructor(private readonly sp: SPFI) {}

  public list(): Promise<ReadResult<Saved<School>>> {
    return readAll(this.sp, schoolMapper, { what: 'load the schools', orderBy: { field: 'Title', ascending: true } });
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

  public async addContact(contact: SchoolContact): Promise<Saved<SchoolContact>> {
    const payload = schoolContactMapper.toPayload(contact);
    try {
      const created = await this.sp.web.lists.getByTitle(schoolContactMapper.list.title).items.add(payload);
      return schoolContactMapper.fromItem(created as Record<string, unknown>);
    } catch (e) {
      throw toDataError(e, `add ${contact.fullName}`);
    }
  }
}
