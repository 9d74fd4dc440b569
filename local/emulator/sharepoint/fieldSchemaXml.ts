/**
 * fields/createFieldAsXml: the CAML <Field> SharePoint accepts, as far as Pathways Hub's columns use it.
 *
 * As in SharePoint, the internal name is taken from DisplayName unless the caller passes
 * AddFieldOptions.AddFieldInternalNameHint (8), when Name/StaticName is used instead (a well-known trap:
 * learn.microsoft.com "SP.FieldCollection.createFieldAsXml"; PnP Framework always passes the hint).
 */
import { XMLParser } from 'fast-xml-parser';
import type { FieldKind } from '../../../src/lists';
import type { NewField } from '../store/catalog';
import { errors } from './errors';

export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false });

type Xml = Record<string, unknown>;

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v && typeof v === 'object' && '#text' in v ? String((v as Xml)['#text']) : undefined);
const bool = (v: unknown): boolean => typeof v === 'string' && v.toUpperCase() === 'TRUE';

/** SharePoint's encoding of a display name as an internal name: spaces and other characters as _xHHHH_, 32 characters. */
export function internalNameFromDisplayName(displayName: string): string {
  const encoded = [...displayName].map((c) => (/[A-Za-z0-9_]/.test(c) ? c : `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`)).join('');
  return encoded.slice(0, 32);
}

function kindOf(field: Xml): FieldKind {
  const type = text(field.Type) ?? '';
  switch (type) {
    case 'Text':
    case 'Note':
    case 'Boolean':
    case 'DateTime':
    case 'Choice':
    case 'MultiChoice':
    case 'Currency':
    case 'User':
    case 'Lookup':
    case 'LookupMulti':
      return type === 'Lookup' && bool(field.Mult) ? 'LookupMulti' : type;
    case 'Integer':
      return 'Integer';
    case 'Number':
      // A whole-number column (Decimals="0") is what the emulator calls Integer.
      return text(field.Decimals) === '0' ? 'Integer' : 'Number';
    default:
      throw errors.badRequest(`Field type '${type}' is not supported by the emulator.`);
  }
}

/** Parses the SchemaXml of createFieldAsXml into the field to add; lookups name their target list by id. */
export function parseFieldSchemaXml(schemaXml: string, options: number, listExists: (id: string) => boolean): NewField {
  let doc: Xml;
  try {
    doc = parser.parse(schemaXml) as Xml;
  } catch {
    throw errors.badRequest('The field schema XML is not well formed.');
  }
  const field = doc.Field as Xml | undefined;
  if (!field || typeof field !== 'object') throw errors.badRequest('The schema XML must be one <Field> element.');
  const displayName = text(field.DisplayName) ?? text(field.Name);
  if (!displayName) throw errors.badRequest('The field has no DisplayName.');
  const hinted = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0;
  const internalName = hinted ? (text(field.StaticName) ?? text(field.Name) ?? internalNameFromDisplayName(displayName)) : internalNameFromDisplayName(displayName);
  const kind = kindOf(field);
  const choicesNode = field.CHOICES as Xml | undefined;
  const rawChoices = choicesNode ? choicesNode.CHOICE : undefined;
  const choices = rawChoices === undefined ? undefined : (Array.isArray(rawChoices) ? rawChoices : [rawChoices]).map((c) => text(c) ?? '');
  let lookupListId: string | undefined;
  if (kind === 'Lookup' || kind === 'LookupMulti') {
    const list = (text(field.List) ?? '').replace(/[{}]/g, '');
    if (!listExists(list)) throw errors.badRequest('The lookup list does not exist.');
    lookupListId = list;
  }
  const maxLength = text(field.MaxLength);
  const defaultValue = text(field.Default);
  const description = text(field.Description);
  const formatter = text(field.CustomFormatter);
  return {
    internalName,
    title: displayName,
    kind,
    required: bool(field.Required),
    indexed: bool(field.Indexed),
    unique: bool(field.EnforceUniqueValues),
    ...(choices ? { choices } : {}),
    ...(lookupListId ? { lookupListId, lookupField: text(field.ShowField) ?? 'Title' } : {}),
    dateOnly: text(field.Format) === 'DateOnly',
    ...(defaultValue !== undefined ? { defaultValue } : {}),
    ...(maxLength !== undefined && kind === 'Text' ? { maxLength: Number(maxLength) } : kind === 'Text' ? { maxLength: 255 } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(formatter !== undefined ? { customFormatter: formatter } : {}),
  };
}
