/**
 * Adds an item inside a pupil's folder. SharePoint's REST `items` endpoint cannot place an item in a folder;
 * AddValidateUpdateItemUsingPath can, taking every value as a string in the site's regional format (fieldCodec,
 * siteRegional). With a batched SPFI, load the regional settings first (loadSiteRegional with an unbatched one):
 * nothing may be awaited before the add is queued.
 */
import type { SPFI } from './pnpSetup';
import { folderKeyValues, type ListDefinition } from '../../lists';
import { DataError } from '../errors';
import type { FieldValues } from './fieldCodec';
import { formValues } from './fieldWriter';
import { pupilFolderUrl, serverRelativeOf } from './siteInfo';
import { loadedSiteRegional, loadSiteRegional } from './siteRegional';
import { loadPnpFolders } from './pnp/onDemand';

interface FieldResult {
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ErrorMessage?: string | null;
  ItemId?: number;
}

function rowsOf(result: unknown): FieldResult[] {
  return Array.isArray(result) ? (result as FieldResult[]) : ((result as { value?: FieldResult[] }).value ?? []);
}

/**
 * Creates a pupil's folder, with its list item, at the root of the list. In a list with enforced-unique columns
 * the folder carries its key (`folder:<pupil ref>`, src/lists/uniqueKeys.ts) in every one of them, set by the same
 * request that creates it (AddValidateUpdateItemUsingPath, UnderlyingObjectType 1): a folder never holds an empty
 * value there, whether or not SharePoint lets several items leave a unique column empty. A list without unique
 * columns gets its folder from AddSubFolderUsingPath (a folder with its list item, pnp/pnpjs#747).
 */
export async function addPupilFolder(sp: SPFI, siteUrl: string, list: ListDefinition, pupilRef: string): Promise<void> {
  await addFolderWithKeys(sp, siteUrl, list, '', pupilRef);
}

/**
 * Creates the sub-folder `name` inside a pupil's folder (a library's PRU-only folder, ListDefinition.pruOnlyFolder),
 * with its list item and, in a list with enforced-unique columns, its key (`folder:<pupil ref>/<name>`) in every one of
 * them, set by the request that creates it, as for the pupil's folder.
 */
export async function addPupilSubFolder(sp: SPFI, siteUrl: string, list: ListDefinition, pupilRef: string, name: string): Promise<void> {
  await addFolderWithKeys(sp, siteUrl, list, pupilRef, name);
}

/** A folder `leaf` made in `parent` (a path below the list's root; '' for the root) with its keys. */
async function addFolderWithKeys(sp: SPFI, siteUrl: string, list: ListDefinition, parent: string, leaf: string): Promise<void> {
  const path = parent === '' ? leaf : `${parent}/${leaf}`;
  const keys = Object.entries(folderKeyValues(list, path));
  const target = sp.web.lists.getByTitle(list.title);
  const parentUrl = parent === '' ? `${serverRelativeOf(siteUrl)}/${list.url}` : pupilFolderUrl(siteUrl, list.url, parent);
  if (keys.length === 0) {
    await loadPnpFolders(); // only here: every repository that writes imports this module
    if (parent === '') await target.rootFolder.addSubFolderUsingPath(leaf);
    else await sp.web.getFolderByServerRelativePath(parentUrl).addSubFolderUsingPath(leaf);
    return;
  }
  const result = (await target.addValidateUpdateItemUsingPath(
    keys.map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
    parentUrl,
    true,
    '',
    { leafName: leaf, objectType: 1 },
  )) as unknown;
  const failed = rowsOf(result).find((r) => r.HasException);
  if (failed) {
    const message = failed.ErrorMessage ?? 'the value was not accepted';
    throw new DataError(/already exists|duplicate/i.test(message) ? 'duplicate' : 'invalid-record', `'${failed.FieldName}' of the folder ${path} in '${list.title}': ${message}`);
  }
}

/** Queues (or sends) the add; resolves to the new item's id, rejects with a DataError naming the field. */
export async function addInPupilFolder(
  sp: SPFI,
  siteUrl: string,
  list: ListDefinition,
  pupilRef: string,
  values: FieldValues,
): Promise<number> {
  const regional = loadedSiteRegional(siteUrl) ?? (await loadSiteRegional(sp, siteUrl));
  const result = (await sp.web.lists
    .getByTitle(list.title)
    .addValidateUpdateItemUsingPath(formValues(list, values, regional), pupilFolderUrl(siteUrl, list.url, pupilRef))) as unknown;
  const rows = rowsOf(result);
  const failed = rows.find((r) => r.HasException);
  if (failed) {
    const message = failed.ErrorMessage ?? 'the value was not accepted';
    const duplicate = /already exists|duplicate/i.test(message);
    throw new DataError(duplicate ? 'duplicate' : 'invalid-record', `'${failed.FieldName}' in '${list.title}': ${message}`);
  }
  const id = rows.find((r) => typeof r.ItemId === 'number' && r.ItemId > 0)?.ItemId ?? Number(rows.find((r) => r.FieldName === 'Id')?.FieldValue);
  if (!Number.isFinite(id) || id <= 0) throw new DataError('unknown', `SharePoint did not return the new item's id in '${list.title}'.`);
  return id;
}
