import type { FieldRecord } from '../../store/types';
import { SpError, INVALID_QUERY } from '../errors';
import { parseIso, toSpDate } from './siteTime';

const NAV_MESSAGE =
  "A 'PrimitiveValue' node with non-null value was found when trying to read the value of a navigation property; however, a 'StartArray' node, a 'StartObject' node, or a 'PrimitiveValue' node with null value was expected.";

const convertError = (edm: string): SpError =>
  new SpError(400, INVALID_QUERY, `Cannot convert a primitive value to the expected type '${edm}'. See the inner exception for more details.`);

export const invalidChoice = (field: FieldRecord, value: string): SpError =>
  new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `Invalid choice value '${value}' for field '${field.title}'.`);

/** The REST property that carries a field's value: lookups and people carry their ids as '<Name>Id'. */
export function restKeyOf(field: FieldRecord): string {
  return field.kind === 'Lookup' || field.kind === 'LookupMulti' || field.kind === 'User' ? `${field.internalName}Id` : field.internalName;
}

/** Accepts [..] (minimal metadata) and { results: [..] } (verbose). */
function arrayOf(raw: unknown): unknown[] | undefined {
  if (Array.isArray(raw)) return raw;
  if (raw && typeof raw === 'object' && 'results' in raw) {
    const r = (raw as { results: unknown }).results;
    if (Array.isArray(r)) return r;
  }
  return undefined;
}

function toNumber(raw: unknown, edm: string, integer = false): number | null {
  if (raw === null || raw === '') return null;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) throw convertError(edm);
  return n;
}

function toId(raw: unknown): number | null {
  if (raw === null || raw === '' || raw === 0) return null;
  const n = toNumber(raw, 'Edm.Int32', true);
  return n === null || n <= 0 ? null : n;
}

/** Checks and converts one value from a REST add/update body into the stored form. */
export function fromRest(field: FieldRecord, raw: unknown): unknown {
  switch (field.kind) {
    case 'Text':
    case 'Note':
      if (raw === null || raw === undefined) return null;
      if (typeof raw === 'string') return raw;
      if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
      throw convertError('Edm.String');
    case 'Number':
    case 'Currency':
      return toNumber(raw, 'Edm.Double');
    case 'Integer':
      return toNumber(raw, 'Edm.Int32', true);
    case 'Boolean':
      if (raw === null) return null;
      if (raw === true || raw === 1 || raw === '1' || raw === 'true') return true;
      if (raw === false || raw === 0 || raw === '0' || raw === 'false') return false;
      throw convertError('Edm.Boolean');
    case 'DateTime': {
      if (raw === null || raw === '') return null;
      if (typeof raw !== 'string') throw convertError('Edm.DateTime');
      const ms = parseIso(raw);
      if (ms === undefined) throw convertError('Edm.DateTime');
      return toSpDate(ms);
    }
    case 'Choice':
      if (raw === null || raw === '') return null;
      if (typeof raw !== 'string') throw convertError('Edm.String');
      if (field.choices && !field.choices.includes(raw)) throw invalidChoice(field, raw);
      return raw;
    case 'MultiChoice': {
      if (raw === null) return null;
      const values = arrayOf(raw);
      if (!values) throw new SpError(400, INVALID_QUERY, NAV_MESSAGE.replace('navigation property', 'collection property'));
      return values.map((v) => {
        if (typeof v !== 'string') throw convertError('Edm.String');
        if (field.choices && !field.choices.includes(v)) throw invalidChoice(field, v);
        return v;
      });
    }
    case 'Lookup':
    case 'User':
      return toId(raw);
    case 'LookupMulti': {
      if (raw === null) return [];
      const values = arrayOf(raw);
      if (!values) throw convertError('Collection(Edm.Int32)');
      return values.map(toId).filter((v): v is number => v !== null);
    }
  }
}

/** The error SharePoint gives when a lookup's value is sent under its own name rather than '<Name>Id'. */
export const navigationValueError = (): SpError => new SpError(400, INVALID_QUERY, NAV_MESSAGE);

