/**
 * Exactly-once creates. Every record the product creates carries a key made before the first attempt (the list's
 * PwClientKey column, unique and indexed, declared in src/lists; or the list's own natural key, e.g. a
 * notification's de-duplication key). When SharePoint's answer is lost (a 504 after it acted, a dropped
 * connection, a throttled read-back), the outcome is unknown: the key is looked up before anything is said or
 * sent again, so a retry finds the first copy instead of making a second, and a save is reported as failed only
 * when it is known not to be stored.
 *
 * A key whose outcome stayed unknown (SharePoint could not be asked) is remembered for the same record, so the
 * person's "try again" reuses it and finds the first copy; a caller that keeps its own key (the offline queue)
 * passes it in.
 */
import type { ListDefinition } from '../../lists';
import { DataError } from '../errors';
import type { CreateOptions, Saved } from '../ports';
import { newClientKey } from '../clientKey';
import type { FieldValues } from './fieldCodec';
import { addInPupilFolder } from './folderWriter';
import type { SPFI } from './pnpSetup';
import type { RecordReader } from './recordMapper';
import { toDataError } from './spErrors';

/** The column holding the key of a record whose list has no natural key of its own. */
export const CLIENT_KEY_COLUMN = 'PwClientKey';

export type { CreateOptions };
export { newClientKey };

const MAX_REMEMBERED = 500;
/** Keys of creates whose outcome is not known yet, by list and record: a retry of the same record reuses its key. */
const unsettled = new Map<string, string>();

function fingerprint(list: ListDefinition, values: FieldValues): string {
  const keys = Object.keys(values).filter((k) => k !== CLIENT_KEY_COLUMN).sort();
  return `${list.title}\n${JSON.stringify(keys.map((k) => [k, values[k]]))}`;
}

function remember(fp: string, key: string): void {
  unsettled.delete(fp);
  unsettled.set(fp, key);
  if (unsettled.size > MAX_REMEMBERED) {
    const oldest = unsettled.keys().next();
    if (!oldest.done) unsettled.delete(oldest.value);
  }
}

/** The failures after which a create may or may not be stored: the key must be looked up. */
export function outcomeUnknown(err: DataError): boolean {
  return err.kind === 'unknown-outcome' || err.kind === 'network' || err.kind === 'throttled' || (err.kind === 'unknown' && (err.status === undefined || err.status >= 500));
}

const quote = (s: string): string => s.replace(/'/g, "''");

/** Finds the item carrying the key (one indexed equality; never meets the list view threshold). */
async function findByKey(sp: SPFI, list: ListDefinition, column: string, key: string, select: readonly string[]): Promise<Record<string, unknown> | undefined> {
  const rows = await sp.web.lists
    .getByTitle(list.title)
    .items.select(...select)
    .filter(`${column} eq '${quote(key)}'`)
    .top(2)<Record<string, unknown>[]>();
  return rows.find((r) => Number(r.FileSystemObjectType ?? 0) !== 1) ?? undefined;
}

export interface CreateOnceRequest {
  readonly sp: SPFI;
  readonly list: ListDefinition;
  /** The record's column values, without the key. */
  readonly values: FieldValues;
  /** For messages: "add the Maths entry". */
  readonly what: string;
  /** What is being saved, for "… was saved" messages: "The Maths entry". */
  readonly thing: string;
  /** Sends one create with these values (the key included); resolves when SharePoint has answered. */
  readonly add: (values: FieldValues) => Promise<unknown>;
  /** A natural key column of the list that already identifies the record (its value is in `values`). */
  readonly keyColumn?: string;
  readonly clientKey?: string;
  /** Checks to run only when no copy exists yet (e.g. duplicate pupils by name), before the first add. */
  readonly precheck?: () => Promise<void>;
  /** Columns to read back; default Id. */
  readonly select?: readonly string[];
}

const MAX_ADDS = 3;

function unknownOutcomeError(req: CreateOnceRequest): DataError {
  return new DataError(
    'unknown-outcome',
    `Could not tell whether ${req.thing.charAt(0).toLowerCase()}${req.thing.slice(1)} was saved: SharePoint did not answer, and could not be asked. ` +
      'Nothing will be saved twice: try again when the connection is back, and Pathways Hub will check first.',
  );
}

/**
 * Creates the item once, whatever happens to the answers: resolves to the stored item (the columns in `select`),
 * found by its key. Throws only when it is known that nothing was stored (the error says so), or with kind
 * 'unknown-outcome' when SharePoint could not be asked (the key is kept for the retry), or 'saved-unconfirmed'
 * when it was stored but cannot be read back now.
 */
export async function createOnce(req: CreateOnceRequest): Promise<Record<string, unknown>> {
  const natural = req.keyColumn !== undefined;
  const column = req.keyColumn ?? CLIENT_KEY_COLUMN;
  const fp = fingerprint(req.list, req.values);
  const earlier = natural ? undefined : (req.clientKey ?? unsettled.get(fp));
  const key = natural ? String(req.values[column]) : (earlier ?? newClientKey());
  const values: FieldValues = natural ? req.values : { ...req.values, [CLIENT_KEY_COLUMN]: key };
  const select = req.select ?? ['Id'];
  const find = (): Promise<Record<string, unknown> | undefined> => findByKey(req.sp, req.list, column, key, ['Id', 'FileSystemObjectType', ...select]);
  const settle = (): void => void unsettled.delete(fp);

  /** Looks the key up after an unknown outcome; the caller decides what "not found" means. */
  const lookUp = async (): Promise<Record<string, unknown> | undefined> => {
    try {
      return await find();
    } catch {
      if (!natural) remember(fp, key);
      throw unknownOutcomeError(req);
    }
  };

  // A key reused from an attempt whose outcome was never known: the first copy may be there.
  if (earlier !== undefined) {
    const first = await lookUp();
    if (first) {
      settle();
      return first;
    }
  }
  if (req.precheck) await req.precheck();

  let uncertain = earlier !== undefined;
  let last: DataError | undefined;
  for (let attempt = 0; attempt < MAX_ADDS; attempt++) {
    try {
      await req.add(values);
    } catch (e) {
      const err = toDataError(e, req.what);
      last = err;
      if (err.kind === 'duplicate') {
        // Our own key (or a natural key after an unknown outcome of ours): the first copy is there.
        if (!natural || uncertain) {
          const first = await lookUp();
          if (first) {
            settle();
            return first;
          }
        }
        settle();
        throw err;
      }
      if (!outcomeUnknown(err)) {
        settle();
        throw err;
      }
      uncertain = true;
      const first = await lookUp();
      if (first) {
        settle();
        return first;
      }
      if (err.kind === 'throttled') {
        // Refused (and the retries spent): nothing is stored, and sending again now would only be refused again.
        settle();
        throw new DataError('throttled', `${req.thing} was not saved: SharePoint is too busy. Nothing was stored; please try again in a few minutes.`, err.status);
      }
      continue; // known not to be stored: send it again
    }
    // Stored: read it back by its key.
    let stored: Record<string, unknown> | undefined;
    try {
      stored = await find();
    } catch {
      if (!natural) remember(fp, key);
      throw new DataError('saved-unconfirmed', `${req.thing} was saved, but SharePoint is too busy to show it now. Reload the page in a minute to see it; there is no need to add it again.`);
    }
    settle();
    if (!stored) throw new DataError('unknown', `${req.thing} was saved, but SharePoint did not return it: reload the page to see it.`);
    return stored;
  }
  settle();
  throw new DataError(last?.kind ?? 'network', `${req.thing} was not saved: SharePoint could not be reached. Nothing was stored; check the connection and try again.`, last?.status);
}

/** createOnce for a record with a mapper: the stored record (validated), read back by its key. */
export async function createRecordOnce<T>(
  mapper: RecordReader<T>,
  req: Omit<CreateOnceRequest, 'list' | 'select'>,
): Promise<Saved<T>> {
  const raw = await createOnce({ ...req, list: mapper.list, select: mapper.select });
  return mapper.fromItem(raw);
}

/** The words of a create, for its messages: what it does ("add the Maths entry") and what it saves ("The Maths entry"). */
export interface CreateWords {
  readonly what: string;
  readonly thing: string;
}

/**
 * Adds a record in the pupil's folder exactly once (addInPupilFolder with a key made before the first attempt) and
 * returns it as stored. A record whose list has a natural unique key passes its column as `keyColumn`.
 */
export function addToPupilFolderOnce<T>(
  sp: SPFI,
  siteUrl: string,
  mapper: RecordReader<T>,
  pupilRef: string,
  values: FieldValues,
  words: CreateWords,
  options: CreateOptions & { readonly keyColumn?: string } = {},
): Promise<Saved<T>> {
  return createRecordOnce(mapper, {
    sp,
    values,
    what: words.what,
    thing: words.thing,
    add: (v) => addInPupilFolder(sp, siteUrl, mapper.list, pupilRef, v),
    ...(options.clientKey !== undefined ? { clientKey: options.clientKey } : {}),
    ...(options.keyColumn !== undefined ? { keyColumn: options.keyColumn } : {}),
  });
}
