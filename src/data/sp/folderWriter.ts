/**
 * Adds an item inside a pupil's folder. SharePoint's REST `items` endpoint cannot place an item in a folder;
 * AddValidateUpdateItemUsingPath can, taking every value as a string in the site's regional format (fieldCodec,
 * siteRegional). With a batched SPFI, load the regional settings first (loadSiteRegional with an unbatched one):
 * nothing may be awaited before the add is queued.
 */
import type { SPFI } from './pnpSetup';
import { folderKeyValues, type ListDefinition } from '../../lists';
import { DataError } from '../errors';
import { formValues, type FieldValues } from './fieldCodec';
import { pupilFolderUrl, serverRelativeOf } from './siteInfo';
import { loadedSiteRegional, loadSiteRegional } from './siteRegional';

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
  const keys = Object.entries(folderKeyValues(list, pupilRef));
  const target = sp.web.lists.getByTitle(list.title);
  if (keys.length === 0) {
    await target.rootFolder.addSubFolderUsingPath(pupilRef);
    return;
  }
  const result = (await target.addValidateUpdateItemUsingPath(
    keys.map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
    `${serverRelativeOf(siteUrl)}/${list.url}`,
    true,
    '',
    { leafName: pupilRef, objectType: 1 },
  )) as unknown;
  const failed = rowsOf(result).find((r) => r.HasException);
  if (failed) {
    const message = failed.ErrorMessage ?? 'the value was not accepted';
    throw new DataError(/already exists|duplicate/i.test(message) ? 'duplicate' : 'invalid-record', `'${failed.FieldName}' of the folder ${pupilRef} in '${list.title}': ${message}`);
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
