/**
 * One generic mapper between SharePoint items and domain records. Each record declares which column holds each
 * domain property (a FieldMap); reads run the record's zod schema, so a malformed item becomes a
 * RecordValidationError naming the list, the item and the column, and never reaches the domain.
 */
import type { ZodType, ZodTypeDef } from 'zod';
import type { ListDefinition } from '../../lists';
import { RecordValidationError } from '../errors';
import type { Saved } from '../ports';
import { readItem, writePayload, formValues, selectFor } from './fieldCodec';
import type { FieldValue, FieldValues } from './fieldCodec';
import type { SiteRegional } from './siteRegional';

/** Domain property → column internal name ('Title' allowed). */
export type FieldMap<T> = { readonly [K in keyof T]?: string };

export interface RecordMapper<T> {
  readonly list: ListDefinition;
  readonly select: string[];
  fromItem(raw: Record<string, unknown>): Saved<T>;
  /** Validates a record (throws RecordValidationError naming the field) and returns the column values. */
  toValues(record: T): FieldValues;
  toPayload(record: T): Record<string, unknown>;
  /** Form values for validate-update, dates in the site's regional format. */
  toFormValues(record: T, regional: SiteRegional): { FieldName: string; FieldValue: string }[];
  validate(record: unknown): T;
}

export function etagOf(raw: Record<string, unknown>): string {
  const tag = raw['odata.etag'] ?? raw['@odata.etag'] ?? (raw.__metadata as { etag?: string } | undefined)?.etag;
  return typeof tag === 'string' ? tag : '*';
}

export function createRecordMapper<T extends object>(options: {
  list: ListDefinition;
  schema: ZodType<T, ZodTypeDef, unknown>;
  fields: FieldMap<T>;
  /** The Title column, derived from the record (e.g. "Okafor, Amara"). */
  title?: (record: T) => string;
  /** Properties stored as JSON text in a Note column (arrays and objects): stringified on write, parsed on read. */
  json?: readonly (keyof T & string)[];
}): RecordMapper<T> {
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

  const toValues = (record: T): FieldValues => {
    const valid = validate(record);
    const values: FieldValues = {};
    for (const [key, column] of entries) {
      const v = (valid as Record<string, unknown>)[key];
      values[column] = v === undefined ? null : jsonKeys.has(key) ? JSON.stringify(v) : (v as FieldValue);
    }
    if (title) values.Title = title(valid);
    return values;
  };

  return {
    list,
    select: selectFor(list),
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
    toValues,
    toPayload: (record) => writePayload(list, toValues(record)),
    toFormValues: (record, regional) => formValues(list, toValues(record), regional),
  };
}
