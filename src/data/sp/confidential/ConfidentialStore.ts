/**
 * Reads and writes the confidential part of another list's items: a list declaring `confidentialPartOf` in src/lists
 * (Pathways Pupil Confidential for pupils, Pathways PIP Confidential for PIPs), one item per item of the list it
 * belongs to, keyed by that item's id (a unique text column). The list is the PRU's only: SharePoint answers a home
 * school's request for it as for a list that does not exist (404) or refuses it (403), and both mean "nothing here you
 * may read", so a home school's copy of the record simply has no confidential part. Any other failure is an error.
 *
 * The repository of the record joins both (reads) and writes the record's own item first (guarded by its ETag, the
 * record's lock), then the confidential part with save().
 */
import type { RecordValidationError } from '../../errors';
import type { ReadResult, Saved } from '../../ports';
import { readAll, readEachBatched } from '../listReader';
import type { SPFI } from '../pnpSetup';
import type { DeclaredRecord, RecordMapper, RecordReader } from '../recordMapper';
import { toDataError } from '../spErrors';
import { confidentialKey } from './confidentialKey';

const notYours = (kind: string): boolean => kind === 'not-found' || kind === 'access-denied';

export interface ConfidentialStoreOptions<P extends object, R extends P> {
  /** The confidential list's mapper (its list declares confidentialPartOf). */
  readonly mapper: DeclaredRecord<R>;
  /** The item of the record a confidential record belongs to. */
  readonly ownerOf: (record: R) => number;
  /** The confidential record of an item: its part and the keys that tie it to the item. */
  readonly recordOf: (ownerId: number, part: P) => R;
  /** What is read and saved, for messages ("the pupils’ confidential details"). */
  readonly words: { readonly all: string; readonly one: string; readonly save: string };
  /** The record's properties kept in the confidential part (joined onto the record by joinAll and joinOne). */
  readonly keys?: readonly string[];
}


export class ConfidentialStore<P extends object, R extends P> {
  private readonly keyColumn: string;
  /** The REST name of the lookup to the owning item's id (PwPupilId, PwPipId). */
  private readonly ownerIdColumn: string;

  public constructor(
    private readonly sp: SPFI,
    private readonly options: ConfidentialStoreOptions<P, R>,
  ) {
    const part = options.mapper.list.confidentialPartOf;
    if (!part) throw new Error(`${options.mapper.list.title} does not declare whose confidential part it holds.`);
    this.keyColumn = part.key;
    this.ownerIdColumn = `${part.lookup}Id`;
  }

  /**
   * Every confidential record the signed-in user may read (none for a home school), by the item it belongs to, and
   * the items whose record is damaged (reported in problems: that item does not load, as a damaged item does not).
   * `filter` narrows the read (it must start on an indexed column, e.g. the pupil lookup).
   */
  public async all(filter?: string | readonly string[]): Promise<{ byOwner: Map<number, Saved<R>>; damaged: Set<number>; problems: RecordValidationError[] }> {
    const { mapper, words } = this.options;
    const damaged = new Set<number>();
    const noting: RecordReader<R> = {
      ...mapper,
      fromItem: (raw: Record<string, unknown>) => {
        try {
          return mapper.fromItem(raw);
        } catch (e) {
          damaged.add(Number(raw[this.ownerIdColumn]));
          throw e;
        }
      },
    };
    let read: ReadResult<Saved<R>>;
    try {
      read =
        typeof filter === 'object'
          ? await readEachBatched(this.sp, noting, filter, words.all)
          : await readAll(this.sp, noting, { what: words.all, ...(filter ? { filter } : {}) });
    } catch (e) {
      const err = toDataError(e, words.all);
      if (notYours(err.kind)) return { byOwner: new Map(), damaged, problems: [] };
      throw err;
    }
    return { byOwner: new Map(read.items.map((r) => [this.options.ownerOf(r), r])), damaged, problems: [...read.problems] };
  }

  /**
   * Records read from their own list, joined with their confidential part (options.keys): a record whose confidential
   * item is damaged is left out and reported in problems; one the user may not read it for (a home school) has none.
   * `filter` narrows the confidential read as the record's read was narrowed (an indexed column, e.g. the pupil;
   * several filters: one query each, in one batch).
   */
  public async joinAll<T extends object>(records: Promise<ReadResult<Saved<T>>>, filter?: string | readonly string[]): Promise<ReadResult<Saved<T>>> {
    const [r, confidential] = await Promise.all([records, this.all(filter)]);
    return {
      items: r.items.filter((x) => !confidential.damaged.has(x.id)).map((x) => this.joined(x, confidential.byOwner.get(x.id))),
      problems: [...r.problems, ...confidential.problems],
    };
  }

  /**
   * Records read from their own list by a column the confidential list does not have (a day): joined with the
   * confidential parts of exactly those records, read by their keys in one batch once the records are known.
   */
  public async joinFound<T extends object>(records: Promise<ReadResult<Saved<T>>>): Promise<ReadResult<Saved<T>>> {
    const r = await records;
    if (r.items.length === 0) return r;
    return this.joinAll(Promise.resolve(r), r.items.map((x) => `${this.keyColumn} eq '${confidentialKey(x.id)}'`));
  }

  /** One record read from its own list, joined with its confidential part. A damaged confidential item throws. */
  public async joinOne<T extends object>(record: Promise<Saved<T>>, id: number): Promise<Saved<T>> {
    const [x, confidential] = await Promise.all([record, this.of(id)]);
    return this.joined(x, confidential);
  }

  /** The confidential part of a record (the properties options.keys names; absent ones stay absent). */
  public partOf(record: object): Record<string, unknown> {
    const values = record as Record<string, unknown>;
    return Object.fromEntries((this.options.keys ?? []).map((k) => [k, values[k]]));
  }

  /** Whether a part holds nothing (only for a store that names its keys). */
  public isBlank(part: object): boolean {
    const keys = this.options.keys ?? [];
    const values = part as Record<string, unknown>;
    return keys.length > 0 && keys.every((k) => values[k] === undefined || values[k] === null || values[k] === '');
  }

  private joined<T extends object>(record: Saved<T>, confidential: Saved<R> | undefined): Saved<T> {
    return confidential === undefined ? record : { ...record, ...this.partOf(confidential) };
  }

  /** The item's confidential record, or undefined when there is none or the user may not read it. A damaged one throws. */
  public async of(ownerId: number): Promise<Saved<R> | undefined> {
    const raw = await this.rawOf(ownerId);
    return raw === undefined ? undefined : this.options.mapper.fromItem(raw);
  }

  /**
   * Writes the item's confidential part: updates its record, or adds it when it has none (with options.keys, a blank
   * part is not added: nothing to keep). The writer is recordWriter.ts's `writerOf`, passed by the repository that
   * writes, so the stores the reads build carry no write code.
   */
  public async save(ownerId: number, part: P, writerOf: (mapper: DeclaredRecord<R>) => RecordMapper<R>): Promise<void> {
    const { mapper, words } = this.options;
    const payload = writerOf(mapper).toPayload(this.options.recordOf(ownerId, part));
    const list = this.sp.web.lists.getByTitle(mapper.list.title);
    try {
      const existing = await this.rawOf(ownerId);
      if (existing !== undefined) {
        await list.items.getById(Number(existing.Id)).update(payload, '*');
        return;
      }
      if (this.isBlank(part)) return;
      try {
        await list.items.add(payload);
      } catch (e) {
        // The key is unique: an add whose answer was lost, or a second tab, made it first. Update that one.
        if (toDataError(e, words.save).kind !== 'duplicate') throw e;
        const made = await this.rawOf(ownerId);
        if (made === undefined) throw e;
        await list.items.getById(Number(made.Id)).update(payload, '*');
      }
    } catch (e) {
      throw toDataError(e, words.save);
    }
  }

  private async rawOf(ownerId: number): Promise<Record<string, unknown> | undefined> {
    const { mapper, words } = this.options;
    try {
      const rows = await this.sp.web.lists
        .getByTitle(mapper.list.title)
        .items.select(...mapper.select)
        .filter(`${this.keyColumn} eq '${confidentialKey(ownerId)}'`)
        .top(2)<Record<string, unknown>[]>();
      return rows[0];
    } catch (e) {
      const err = toDataError(e, words.one);
      if (notYours(err.kind)) return undefined;
      throw err;
    }
  }
}
