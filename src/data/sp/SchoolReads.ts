import type { School, SchoolContact } from '../../domain';
import type { ISchoolRepository, ReadResult, Saved } from '../ports';
import type { SPFI } from './pnpSetup';
import { schoolContactMapper, schoolMapper } from './mappers/schoolMappers';
import { readAll, readOne } from './listReader';

/**
 * The methods of the second chunk: every write, and the staff group's members (`staffAccess`, read with the site
 * groups' PnPjs code the group sync needs), which only a school's staff panel asks for. The rest read.
 */
export type SchoolWrite = 'create' | 'update' | 'addContact' | 'retryInvitation' | 'removeContact' | 'updateContact' | 'syncStaff' | 'staffAccess';

/**
 * The schools and their named staff, read (`data-schools`, what a first screen loads). The whole repository
 * (SchoolRepository.ts, `data-schools-write`: the URN check, the exactly-once add, the item updater, the staff
 * groups) extends this class and loads at the first write or when a school's staff are shown.
 */
export class SpSchoolReads implements Omit<ISchoolRepository, SchoolWrite> {
  public constructor(protected readonly sp: SPFI) {}

  public list(): Promise<ReadResult<Saved<School>>> {
    return readAll(this.sp, schoolMapper, { what: 'load the schools', sortBy: (s) => s.name });
  }

  public get(id: number): Promise<Saved<School>> {
    return readOne(this.sp, schoolMapper, id, 'load the school');
  }

  public contacts(schoolId?: number): Promise<ReadResult<Saved<SchoolContact>>> {
    return readAll(this.sp, schoolContactMapper, {
      what: 'load the school contacts',
      filter: schoolId === undefined ? undefined : `PwSchoolId eq ${schoolId}`,
    });
  }
}
