/**
 * Reads SharePoint item payloads generically, from the list schema declared in src/lists. Repositories select
 * internal names through this codec; their mappers then run zod. Writing (the payloads and form values) is
 * fieldWriter.ts, imported only by the modules that write, so a screen that only reads does not download it.
 */
import type { FieldDefinition, ListDefinition } from '../../lists';
import { RecordValidationError } from '../errors';
import { londonDateOf } from './spDates';

export type FieldValue = string | number | boolean | null | string[] | number[];
export type FieldValues = Record<string, FieldValue>;

const isLookup = (f: FieldDefinition): boolean => f.kind === 'Lookup' || f.kind === 'LookupMulti' || f.kind === 'User';

/** The REST property that carries a field: lookups and people arrive as `<Name>Id`. */
export function restName(f: FieldDefinition): string {
  return isLookup(f) ? `${f.internalName}Id` : f.internalName;
}

/** $select for every declared field of a list, plus the item basics. */
export function selectFor(list: ListDefinition): string[] {
  return ['Id', 'Title', 'FileSystemObjectType', 'Modified', ...list.fields.map(restName)];
}

/** Why a stored value cannot be read as its column's type, or undefined when it can. */
function unreadable(f: FieldDefinition, raw: unknown): string | undefined {
  switch (f.kind) {
    case 'Number':
    case 'Integer':
    case 'Currency':
    case 'Lookup':
    case 'User':
      return Number.isFinite(typeof raw === 'number' ? raw : Number(raw)) ? undefined : `"${String(raw)}" is not a number`;
    case 'LookupMulti':
      return !Array.isArray(raw) || raw.every((v) => Number.isFinite(Number(v))) ? undefined : 'the linked items are not item ids';
    case 'DateTime':
      return Number.isNaN(new Date(String(raw)).getTime()) ? `"${String(raw)}" is not a date` : undefined;
    default:
      return undefined;
  }
}

function readValue(f: FieldDefinition, raw: unknown): FieldValue {
  if (raw === undefined || raw === null || raw === '') return f.kind === 'LookupMulti' || f.kind === 'MultiChoice' ? [] : null;
  switch (f.kind) {
    case 'Boolean':
      return raw === true || raw === 1 || raw === '1' || raw === 'true';
    case 'Number':
    case 'Integer':
    case 'Currency':
    case 'Lookup':
    case 'User':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'LookupMulti':
      return Array.isArray(raw) ? raw.map(Number) : [];
    case 'MultiChoice':
      return Array.isArray(raw) ? raw.map(String) : String(raw).split(';#').filter((s) => s !== '');
    case 'DateTime':
      return f.dateOnly ? londonDateOf(String(raw)) : new Date(String(raw)).toISOString();
    default:
      return String(raw);
  }
}

/**
 * Normalises one raw REST item into internal-name → value (dates as yyyy-mm-dd, lookups as ids). A value that is
 * not of its column's type (text in a date or number column, after a hand edit or a column change) throws a
 * RecordValidationError naming the list, the item and the column: the reader reports it beside the good records.
 */
export function readItem(list: ListDefinition, raw: Record<string, unknown>): FieldValues {
  const id = Number(raw.Id ?? raw.ID);
  const out: FieldValues = { Id: id, Title: raw.Title === undefined || raw.Title === null ? null : String(raw.Title) };
  for (const f of list.fields) {
    const value = raw[restName(f)];
    const why = value === undefined || value === null || value === '' ? undefined : unreadable(f, value);
    if (why !== undefined) throw new RecordValidationError(list.title, Number.isFinite(id) ? id : undefined, f.internalName, why);
    out[f.internalName] = readValue(f, value);
  }
  return out;
}

export function isFolderItem(raw: Record<string, unknown>): boolean {
  return raw.FileSystemObjectType === 1;
}
