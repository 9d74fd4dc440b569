import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from './pnpSetup';
import type { ReadResult, Saved } from '../ports';
import { RecordValidationError } from '../errors';
import type { RecordReader } from './recordMapper';
import { isFolderItem } from './fieldCodec';
import { toDataError } from './spErrors';
import { PARTS_PER_CALL, runBatchedAtOnce } from './batchRetry';

/** Page size for reads: SharePoint's maximum, so a list under the threshold is read in as few requests as possible. */
export const PAGE_SIZE = 5000;

export interface ReadOptions<T = unknown> {
  /** OData $filter; on large lists it must start with an indexed column. */
  readonly filter?: string;
  /**
   * A server-side sort: only ID or an indexed column of the list's own. SharePoint refuses any other sort once the
   * list holds more than 5,000 items, filter or not (sp-dev-docs#6826); for anything else use sortBy.
   */
  readonly orderBy?: { readonly field: 'ID' | string; readonly ascending: boolean };
  /** Sorts the records in code after reading (the query itself pages by ID, which never meets the threshold). */
  readonly sortBy?: (record: T) => string;
  /** For messages: "load the pupils". */
  readonly what: string;
  /**
   * Items without their metadata (odata=nometadata: no ETag, type or links; about half an item's size): for reads
   * only shown, never written back (each record's etag is then '*').
   */
  readonly noMetadata?: boolean;
}

/** Items without their metadata (odata=nometadata): for reads never written back. */
export const NO_METADATA = InjectHeaders({ Accept: 'application/json;odata=nometadata' });

/**
 * Maps raw items one by one: an item that cannot be read (broken JSON, a choice outside the list, text in a date or
 * number column, a missing required value) becomes a problem naming the list, the item and the column, and every
 * other item is still returned. Folders are skipped. The one mechanism every list reader uses.
 */
export function mapItems<T>(listTitle: string, raws: readonly Record<string, unknown>[], map: (raw: Record<string, unknown>) => T): { items: T[]; problems: RecordValidationError[] } {
  const items: T[] = [];
  const problems: RecordValidationError[] = [];
  for (const raw of raws) {
    if (isFolderItem(raw)) continue;
    try {
      items.push(map(raw));
    } catch (e) {
      if (e instanceof RecordValidationError) problems.push(e);
      else {
        const id = Number(raw.Id ?? raw.ID);
        problems.push(new RecordValidationError(listTitle, Number.isFinite(id) ? id : undefined, 'record', e instanceof Error ? e.message : String(e)));
      }
    }
  }
  return { items, problems };
}

/** Reads every page of a query, mapping each item; malformed items are reported, not dropped silently. */
export async function readAll<T>(sp: SPFI, mapper: RecordReader<T>, options: ReadOptions<T>): Promise<ReadResult<Saved<T>>> {
  const items: Saved<T>[] = [];
  const problems: RecordValidationError[] = [];
  try {
    const all = sp.web.lists.getByTitle(mapper.list.title).items;
    let query = (options.noMetadata ? all.using(NO_METADATA) : all).select(...mapper.select).expand(...(mapper.expand ?? [])).top(PAGE_SIZE);
    if (options.filter) query = query.filter(options.filter);
    if (options.orderBy) query = query.orderBy(options.orderBy.field, options.orderBy.ascending);
    for await (const page of query) {
      const mapped = mapItems(mapper.list.title, page as Record<string, unknown>[], (raw) => mapper.fromItem(raw));
      items.push(...mapped.items);
      problems.push(...mapped.problems);
    }
  } catch (e) {
    const err = toDataError(e, options.what);
    // SharePoint answers a list the user may read nothing of as a list that does not exist (404): a home school
    // reading a kind of record the sharing table keeps from it (docs/sharing.md). There is nothing for them there.
    if (err.kind === 'not-found') return { items: [], problems: [] };
    throw err;
  }
  const { sortBy } = options;
  if (sortBy) items.sort((a, b) => sortBy(a).localeCompare(sortBy(b), 'en-GB', { sensitivity: 'base' }) || a.id - b.id);
  return { items, problems };
}

/**
 * Several queries at once, each one indexed equality (e.g. one per pupil), in PnPjs batches of 20 sent at once (one
 * round trip: runBatchedAtOnce).
 * Never one query joining them with 'or': SharePoint cannot take an 'or' from an index on a list past 5,000 items.
 * Each query must match at most 5,000 items (it is read as one page).
 */
export async function readEachBatched<T>(sp: SPFI, mapper: RecordReader<T>, filters: readonly string[], what: string, options: Pick<ReadOptions, 'noMetadata'> = {}): Promise<ReadResult<Saved<T>>> {
  const items: Saved<T>[] = [];
  const problems: RecordValidationError[] = [];
  if (filters.length === 0) return { items, problems };
  const settled = await runBatchedAtOnce(
    sp,
    filters.map((filter) => (batched: SPFI) => {
      const items = batched.web.lists.getByTitle(mapper.list.title).items;
      return (options.noMetadata ? items.using(NO_METADATA) : items).select(...mapper.select).expand(...(mapper.expand ?? [])).filter(filter).top(PAGE_SIZE)<Record<string, unknown>[]>();
    }),
  );
  const results = settled.map((r) => {
    if (r.status === 'fulfilled') return r.value;
    const err = toDataError(r.reason, what);
    if (err.kind === 'not-found') return []; // a list the user may read nothing of (see readAll)
    throw err;
  });
  const mapped = mapItems(mapper.list.title, results.flat(), (raw) => mapper.fromItem(raw));
  items.push(...mapped.items);
  problems.push(...mapped.problems);
  return { items, problems };
}

/**
 * The queries of a read of these pupils' items (PwPupilId, indexed): one per pupil while they fit in one batch call
 * (20: one request); undefined for more, when the whole list is read instead (readForPupils), so that the requests
 * never grow with the number of pupils.
 */
export function pupilFilters(pupilIds: readonly number[]): string[] | undefined {
  const ids = Array.from(new Set(pupilIds));
  return ids.length <= PARTS_PER_CALL ? ids.map((id) => `PwPupilId eq ${id}`) : undefined;
}

/**
 * These pupils' items of a list with an indexed pupil column: up to 20 pupils, one indexed query each in one
 * request (readEachBatched); more, the whole list paged by ID (5,000 items a request, as the threshold allows:
 * SharePoint trims it to what the reader may see) and only these pupils' items kept. One request, not one per 20
 * pupils, whatever the number of pupils (issue 18: no read growing with the pupils).
 */
export async function readForPupils<T extends { readonly pupilId: number }>(
  sp: SPFI,
  mapper: RecordReader<T>,
  pupilIds: readonly number[],
  what: string,
  options: Pick<ReadOptions, 'noMetadata'> = {},
): Promise<ReadResult<Saved<T>>> {
  const filters = pupilFilters(pupilIds);
  if (filters) return readEachBatched(sp, mapper, filters, what, options);
  const wanted = new Set(pupilIds);
  const all = await readAll(sp, mapper, { what, ...options });
  return { items: all.items.filter((x) => wanted.has(x.pupilId)), problems: all.problems };
}

export async function readOne<T>(sp: SPFI, mapper: RecordReader<T>, id: number, what: string): Promise<Saved<T>> {
  let raw: Record<string, unknown>;
  try {
    raw = await sp.web.lists.getByTitle(mapper.list.title).items.getById(id).select(...mapper.select).expand(...(mapper.expand ?? []))();
  } catch (e) {
    throw toDataError(e, what);
  }
  return mapper.fromItem(raw);
}
