import { fieldSchemaXml } from '../../src/lists/fieldSchemaXml';
import type { FieldDefinition, ListKey } from '../../src/lists/types';
import { fieldGuid } from './fieldGuid';

/** Resolves a list key to the list's title (for the {listid:Title} token of a lookup). */
export type ListTitleOf = (key: ListKey) => string;

/** One CAML <Field> element (as lines) for a list column, with its stable id and PnP's {listid:Title} lookups. */
export function fieldXml(listKey: ListKey, field: FieldDefinition, titleOf: ListTitleOf): string[] {
  return fieldSchemaXml(field, {
    id: `{${fieldGuid(listKey, field.internalName)}}`,
    // PnP replaces {listid:<title>} with the target list's id once every list of the template exists.
    lookupListRef: (key) => `{listid:${titleOf(key)}}`,
  });
}
