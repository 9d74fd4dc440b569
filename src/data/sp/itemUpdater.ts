import type { Saved } from '../ports';
import { ConcurrencyError } from '../errors';
import type { SPFI } from './pnpSetup';
import type { DeclaredRecord, RecordMapper } from './recordMapper';
import { writerOf } from './recordWriter';
import { readOne } from './listReader';
import { toDataError } from './spErrors';

/**
 * Saves a record over an item, guarded by its ETag (412 → ConcurrencyError), and reads it back. The record is
 * validated (RecordValidationError naming the field) before anything is sent.
 */
export async function updateItem<T>(sp: SPFI, mapper: DeclaredRecord<T> | RecordMapper<T>, id: number, etag: string, record: T, what: string): Promise<Saved<T>> {
  const payload = writerOf(mapper).toPayload(record);
  try {
    await sp.web.lists.getByTitle(mapper.list.title).items.getById(id).update(payload, etag);
  } catch (e) {
    const err = toDataError(e, what);
    if (err.kind === 'conflict') throw new ConcurrencyError(mapper.list.title, id);
    throw err;
  }
  return readOne(sp, mapper, id, what);
}
