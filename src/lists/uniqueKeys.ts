/**
 * What the product puts in a list's enforced-unique columns (EnforceUniqueValues) where a record has no value of
 * its own: a folder it creates, and an item an Upgrade finds empty. Whether SharePoint Online lets such a column
 * hold several empty values is not confirmed (docs/architecture.md, "Exactly-once creates"), so nothing the product
 * makes or leaves behind is empty there. Driven by the declaration: every field declared `unique` is covered.
 *
 * The values can never be read as a record's key: record keys are UUIDs, `<pupil id>|<date>` forms, notification
 * kinds (`absent-no-reason:…`) or item ids, none starting `folder:` or `legacy:`; and repositories skip folders.
 */
import type { FieldDefinition, ListDefinition } from './types';

export const FOLDER_KEY_PREFIX = 'folder:';
export const LEGACY_KEY_PREFIX = 'legacy:';
/** SharePoint's default length for a single line of text. */
const TEXT_MAX = 255;

/** The list's enforced-unique columns, as declared. */
export const uniqueFields = (def: ListDefinition): readonly FieldDefinition[] => def.fields.filter((f) => f.unique === true);

const fits = (field: FieldDefinition, value: string): boolean => value.length <= (field.maxLength ?? TEXT_MAX);

/**
 * A folder's value in a unique column: `folder:<path below the list's root>` (a pupil folder: `folder:<pupil ref>`);
 * where that is too long for the column and the id is known, `folder:#<item id>`, or `~f<item id>` in a narrow one.
 */
export function folderKey(field: FieldDefinition, path: string, itemId?: number): string {
  const value = `${FOLDER_KEY_PREFIX}${path}`;
  if (fits(field, value) || itemId === undefined) return value;
  const byId = `${FOLDER_KEY_PREFIX}#${itemId}`;
  return fits(field, byId) ? byId : `~f${itemId}`;
}

/** An item's value when an Upgrade finds it empty (made before the column existed, or by hand): `legacy:<item id>`. */
export function legacyKey(field: FieldDefinition, itemId: number): string {
  const value = `${LEGACY_KEY_PREFIX}${itemId}`;
  return fits(field, value) ? value : `~${itemId}`;
}

/** The values a new folder carries in every unique column of its list, set in the request that creates it. */
export function folderKeyValues(def: ListDefinition, name: string): Record<string, string> {
  return Object.fromEntries(uniqueFields(def).map((f) => [f.internalName, folderKey(f, name)]));
}
