/**
 * Repository and service interfaces. They speak domain types only: callers never see SharePoint items,
 * PnPjs or Graph payloads. Implementations live in src/data/sp and src/data/graph.
 */
import type { Pupil, School, SchoolContact } from '../domain';
import type { RecordValidationError } from './errors';

/** A record as stored: its SharePoint item id and the ETag that guards the next update. */
export type Saved<T> = T & { readonly id: number; readonly etag: string };

/** What a list read returns: the records that passed validation, and the ones that did not (never silently dropped). */
export interface ReadResult<T> {
  readonly items: T[];
  readonly problems: RecordValidationError[];
}

export interface IPupilRepository {
  /** Every pupil the signed-in user may see (SharePoint trims the rest). */
  list(): Promise<ReadResult<Saved<Pupil>>>;
  get(id: number): Promise<Saved<Pupil>>;
  /** Creates the pupil and its folders, with read access for the home school's named staff. */
  create(pupil: Pupil): Promise<Saved<Pupil>>;
  /** Saves changes guarded by the ETag; a ConcurrencyError when someone saved in between. */
  update(id: number, etag: string, pupil: Pupil): Promise<Saved<Pupil>>;
}

export interface ISchoolRepository {
  list(): Promise<ReadResult<Saved<School>>>;
  get(id: number): Promise<Saved<School>>;
  create(school: School): Promise<Saved<School>>;
  contacts(schoolId?: number): Promise<ReadResult<Saved<SchoolContact>>>;
  addContact(contact: SchoolContact): Promise<Saved<SchoolContact>>;
}
