/**
 * Adds an item inside a pupil's folder. SharePoint's REST `items` endpoint cannot place an item in a folder;
 * AddValidateUpdateItemUsingPath can, taking every value as a string in the site's regional format (fieldCodec,
 * siteRegional). With a batched SPFI, load the regional settings first (loadSiteRegional with an unbatched one):
 * nothing may be awaited before the add is queued.
 */
import type { SPFI } from './pnpSetup';
import type { ListDefinition } from '../../lists';
import { DataError } from '../errors';
import { formValues, type FieldValues } from './fieldCodec';
import { pupilFolderUrl } from './siteInfo';
import { loadedSiteRegional, loadSiteRegional } from './siteRegional';

interface FieldResult {
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ErrorMessage?: string | null;
  ItemId?: number;
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
  const rows: FieldResult[] = Array.isArray(result) ? (result as FieldResult[]) : ((result as { value?: FieldResult[] }).value ?? []);
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
