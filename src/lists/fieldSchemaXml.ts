/**
 * The CAML <Field> of a declared column: what the PnP template carries and what setup sends to
 * fields/createFieldAsXml, so both make the same column.
 */
import type { FieldDefinition, FieldKind, ListKey } from './types';
import { type Attrs, caml, element } from './xml';

/** Currency columns are pounds sterling. */
export const CURRENCY_LCID = 2057;

export interface FieldSchemaOptions {
  /** The field's id ('{guid}'), or undefined to let SharePoint choose one. */
  readonly id?: string;
  /** How a lookup names its target list: the PnP template's {listid:Title} token, or the list's id for setup. */
  readonly lookupListRef: (key: ListKey) => string;
}

const DEFAULT_TEXT_MAX_LENGTH = 255;

/** The CAML Type and the attributes that follow from a field's kind. */
function kindAttrs(field: FieldDefinition, lookupListRef: (key: ListKey) => string): Attrs {
  const kind: FieldKind = field.kind;
  switch (kind) {
    case 'Text':
      return [
        ['Type', 'Text'],
        ['MaxLength', field.maxLength ?? DEFAULT_TEXT_MAX_LENGTH],
      ];
    case 'Note':
      return [
        ['Type', 'Note'],
        ['NumLines', 6],
        ['RichText', caml(false)],
        ['AppendOnly', caml(false)],
      ];
    case 'Number':
      return [['Type', 'Number']];
    case 'Integer':
      // A whole number, as list settings create one (CAML "Integer" is an internal type): Number, no decimals.
      return [
        ['Type', 'Number'],
        ['Decimals', 0],
      ];
    case 'Currency':
      return [
        ['Type', 'Currency'],
        ['LCID', CURRENCY_LCID],
        ['Decimals', 2],
      ];
    case 'Boolean':
      return [['Type', 'Boolean']];
    case 'DateTime':
      return [
        ['Type', 'DateTime'],
        ['Format', field.dateOnly ? 'DateOnly' : 'DateTime'],
        ['FriendlyDisplayFormat', 'Disabled'],
      ];
    case 'Choice':
      return [
        ['Type', 'Choice'],
        ['Format', 'Dropdown'],
        ['FillInChoice', caml(false)],
      ];
    case 'MultiChoice':
      return [
        ['Type', 'MultiChoice'],
        ['FillInChoice', caml(false)],
      ];
    case 'Lookup':
    case 'LookupMulti': {
      if (!field.lookupList) throw new Error(`Lookup '${field.internalName}' declares no lookupList.`);
      return [
        ['Type', kind],
        ['List', lookupListRef(field.lookupList)],
        ['ShowField', field.lookupField ?? 'Title'],
        ['Mult', kind === 'LookupMulti' ? caml(true) : undefined],
      ];
    }
    case 'User':
      return [
        ['Type', 'User'],
        ['List', 'UserInfo'],
        ['ShowField', 'ImnName'],
        ['UserSelectionMode', 'PeopleOnly'],
        ['UserSelectionScope', 0],
      ];
    default: {
      const unknown: never = kind;
      throw new Error(`No CAML mapping for field kind '${String(unknown)}'.`);
    }
  }
}

/** One CAML <Field> element (as lines) for a list column. */
export function fieldSchemaXml(field: FieldDefinition, options: FieldSchemaOptions): string[] {
  const [typeAttr, ...kindSpecific] = kindAttrs(field, options.lookupListRef);
  const attrs: Attrs = [
    typeAttr,
    ['ID', options.id],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Description', field.description],
    ['Required', caml(field.required === true)],
    ['Indexed', caml(field.indexed === true)],
    ['EnforceUniqueValues', caml(field.unique === true)],
    ...kindSpecific,
    ['CustomFormatter', field.customFormatter ? JSON.stringify(field.customFormatter) : undefined],
  ];
  const children: string[] = [];
  if (field.choices) {
    children.push(...element('CHOICES', [], field.choices.flatMap((choice) => element('CHOICE', [], [], choice))));
  }
  if (field.defaultValue !== undefined) children.push(...element('Default', [], [], field.defaultValue));
  return element('Field', attrs, children);
}
