/**
 * Reads and writes SharePoint item payloads generically, from the list schema declared in src/lists.
 * Repositories select and write internal names through this codec; their mappers then run zod.
 */
import type { FieldDefinition, ListDefinition } from '../../lists';
import { RecordValidationError } from '../errors';
import type { SiteRegional } from './siteRegional';
import { londonDateOf, londonMidnightUtc, wallClockIn } from './spDates';

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

function writeValue(f: FieldDefinition, v: FieldValue): unknown {
  if (v === null) return null;
  if (f.kind === 'DateTime' && typeof v === 'string') return f.dateOnly ? londonMidnightUtc(v) : v;
  return v;
}

/** JSON body for add / MERGE from internal-name → value (only the keys present are written). */
export function writePayload(list: ListDefinition, values: Partial<FieldValues>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (values.Title !== undefined) body.Title = values.Title;
  for (const f of list.fields) {
    const v = values[f.internalName];
    if (v !== undefined) body[restName(f)] = writeValue(f, v);
  }
  return body;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A calendar date in the site's date order: 23/02/2012 (en-GB) or 2/23/2012 (en-US). */
function formDate(y: number, m: number, d: number, r: SiteRegional): string {
  return r.dayFirst ? `${pad2(d)}/${pad2(m)}/${y}` : `${m}/${d}/${y}`;
}

/** An instant as the site's wall-clock date and time: 23/02/2012 14:25 (en-GB) or 2/23/2012 2:25 PM (en-US). */
function formDateTime(instantIso: string, r: SiteRegional): string {
  const { y, m, d, h, min } = wallClockIn(instantIso, r.timeZone);
  const clock = r.time24 ? `${pad2(h)}:${pad2(min)}` : `${h % 12 === 0 ? 12 : h % 12}:${pad2(min)} ${h < 12 ? 'AM' : 'PM'}`;
  return `${formDate(y, m, d, r)} ${clock}`;
}

function formValue(f: FieldDefinition, v: FieldValue, r: SiteRegional): string {
  if (v === null) return '';
  switch (f.kind) {
    case 'Boolean':
      return v ? '1' : '0';
    case 'DateTime': {
      const s = String(v);
      if (f.dateOnly) {
        const [y, m, d] = s.split('-').map(Number);
        return formDate(y, m, d, r);
      }
      return formDateTime(s, r);
    }
    case 'LookupMulti':
      return (v as number[]).map((id) => `${id};#`).join(';#');
    case 'MultiChoice':
      return `;#${(v as string[]).join(';#')};#`;
    default:
      return String(v);
  }
}

/**
 * Form values (strings) for AddValidateUpdateItemUsingPath / ValidateUpdateListItem, with dates in the site's
 * regional format (siteRegional.ts): SharePoint parses them in the web's locale and time zone and refuses ISO.
 */
export function formValues(list: ListDefinition, values: Partial<FieldValues>, regional: SiteRegional): { FieldName: string; FieldValue: string }[] {
  const out: { FieldName: string; FieldValue: string }[] = [];
  if (values.Title !== undefined) out.push({ FieldName: 'Title', FieldValue: values.Title === null ? '' : String(values.Title) });
  for (const f of list.fields) {
    const v = values[f.internalName];
    if (v !== undefined) out.push({ FieldName: f.internalName, FieldValue: formValue(f, v, regional) });
  }
  return out;
}
