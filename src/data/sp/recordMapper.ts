/**
 * One generic mapper between SharePoint items and domain records. Each record declares which column holds each
 * domain property (a FieldMap); reads run the record's zod schema, so a malformed item becomes a
 * RecordValidationError naming the list, the item and the column, and never reaches the domain.
 *
 * This module is the read half, what a first screen loads. The write half (a record's column values and REST
 * payload: recordWriter.ts, with fieldWriter.ts) is imported only by the modules that write.
 */
import type { ZodType, ZodTypeDef } from 'zod';
import type { ListDefinition } from '../../lists';
import { RecordValidationError } from '../errors';
import type { Saved } from '../ports';
import { readItem, selectFor } from './fieldCodec';
import type { FieldValues } from './fieldCodec';

/** Domain property → column internal name ('Title' allowed). */
export type FieldMap<T> = { readonly [K in keyof T]?: string };

/** Reads a record's items (the list readers, the confidential stores and the exactly-once writer need no more). */
export interface RecordReader<T> {
  readonly list: ListDefinition;
  readonly select: string[];
  /** Lookup or person columns expanded with the items (their sub-fields in `select`), e.g. the pupil's lead tutor. */
  readonly expand?: readonly string[];
  fromItem(raw: Record<string, unknown>): Saved<T>;
  /** Runs the record's schema (throws RecordValidationError naming the field). */
  validate(record: unknown): T;
}

/** A record declared with createRecordMapper: its reads, and the declaration its writes are made from (recordWriter.ts). */
export interface DeclaredRecord<T> extends RecordReader<T> {
  readonly fields: FieldMap<T>;
  /** The Title column, derived from the record. */
  readonly title?: (record: T) => string;
  /** Properties stored as JSON text. */
  readonly json: ReadonlySet<string>;
}

/** A record's reads and writes (recordWriter.ts makes one). */
export interface RecordMapper<T> extends RecordReader<T> {
  /** Validates a record (throws RecordValidationError naming the field) and returns the column values. */
  toValues(record: T): FieldValues;
  toPayload(record: T): Record<string, unknown>;
}

export function etagOf(raw: Record<string, unknown>): string {
  const tag = raw['odata.etag'] ?? raw['@odata.etag'] ?? (raw.__metadata as { etag?: string } | undefined)?.etag;
  return typeof tag === 'string' ? tag : '*';
}

/**
 * A list as a narrow read sees it: only the columns `fields` maps, so the mapper's `select` asks SharePoint for no
 * other (what Today shows of an incident, a failed message or a sent LA return). For reads only: a record is written
 * whole through the list's own mapper.
 */
export function onlyColumns<T>(list: ListDefinition, fields: FieldMap<T>): ListDefinition {
  const columns = new Set<string>(Object.values(fields) as string[]);
  return { ...list, fields: list.fields.filter((f) => columns.has(f.internalName)) };
}

export function createRecordMapper<T extends object>(options: {
  list: ListDefinition;
  schema: ZodType<T, ZodTypeDef, unknown>;
  fields: FieldMap<T>;
  /** The Title column, derived from the record (e.g. "Okafor, Amara"). */
  title?: (record: T) => string;
  /** Properties stored as JSON text in a Note column (arrays and objects): stringified on write, parsed on read. */
  json?: readonly (keyof T & string)[];
}): DeclaredRecord<T> {
  const { list, schema, fields, title } = options;
  const entries = Object.entries(fields) as [string, string][];
  const jsonKeys = new Set<string>(options.json ?? []);

  const columnOf = (path: (string | number)[]): string => {
    const key = path.length > 0 ? String(path[0]) : '';
    return (fields as Record<string, string | undefined>)[key] ?? (key || 'record');
  };

  const validate = (input: unknown, itemId?: number): T => {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new RecordValidationError(list.title, itemId, columnOf(issue.path), issue.message);
  };

  return {
    list,
    select: selectFor(list),
    fields,
    ...(title ? { title } : {}),
    json: jsonKeys,
    validate: (record) => validate(record),
    fromItem(raw) {
      const values = readItem(list, raw);
      const input: Record<string, unknown> = {};
      for (const [key, column] of entries) {
        const v = values[column];
        if (v === null) continue;
        if (!jsonKeys.has(key)) {
          input[key] = v;
          continue;
        }
        try {
          input[key] = JSON.parse(String(v));
        } catch {
          throw new RecordValidationError(list.title, Number(values.Id), column, 'the value is not valid JSON');
        }
      }
      input.id = values.Id;
      const record = validate(input, Number(values.Id));
      return { ...record, id: Number(values.Id), etag: etagOf(raw) };
    },
  };
}
