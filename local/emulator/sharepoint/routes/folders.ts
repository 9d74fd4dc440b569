import type { RouteResponse } from '../../contracts';
import type { ItemRecord, ListSchema } from '../../store/types';
import { DOCUMENT_LIBRARY } from './files';
import { errors } from '../errors';
import { argOf, type Args } from '../odata/path';
import { bodyObject, collection, entity, json, type SpRequest } from '../request';
import type { SpServices } from '../services';

export function folderJson(s: SpServices, schema: ListSchema, path: string, item?: ItemRecord): Record<string, unknown> {
  const itemless = item ? undefined : s.ctx.itemlessFolders.get(schema.list.id, path);
  const children = s.ctx.items.all(schema.list.id).filter((i) => i.dir.toLowerCase() === path.toLowerCase());
  const name = path.slice(path.lastIndexOf('/') + 1);
  return {
    'odata.type': 'SP.Folder',
    'odata.id': `${s.ctx.siteUrl}/_api/Web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(path.replace(/'/g, "''"))}')`,
    'odata.editLink': `Web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(path.replace(/'/g, "''"))}')`,
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: children.length,
    Name: name,
    ProgID: null,
    ServerRelativeUrl: path,
    ServerRelativePath: { DecodedUrl: path },
    TimeCreated: item?.created ?? itemless?.created ?? schema.list.created,
    TimeLastModified: item?.modified ?? itemless?.created ?? schema.list.created,
    UniqueId: item?.guid ?? itemless?.guid ?? schema.list.id,
    WelcomePage: '',
  };
}

export function getFolder(s: SpServices, req: SpRequest, schema: ListSchema, path: string, item?: ItemRecord): RouteResponse {
  return entity(req, folderJson(s, schema, path, item));
}

/** folders: the folder's direct sub-folders the user can read. */
export function getFolders(s: SpServices, req: SpRequest, schema: ListSchema | undefined, path: string): RouteResponse {
  if (!schema) {
    const roots = s.ctx.catalog.all().filter((l) => req.perms.canSeeList(l));
    return collection(req, roots.map((l) => folderJson(s, l, s.ctx.rootFolder(l))));
  }
  const subs = s.ctx.items
    .all(schema.list.id)
    .filter((i) => i.fsType === 1 && i.dir.toLowerCase() === path.toLowerCase() && req.perms.canReadItem(schema, i));
  const itemless = req.perms.listHas(schema, 'ViewListItems') ? s.ctx.itemlessFolders.children(schema.list.id, path) : [];
  return collection(req, [...subs.map((f) => folderJson(s, schema, s.ctx.fileRef(f), f)), ...itemless.map((f) => folderJson(s, schema, f.path))]);
}

/**
 * folders/addUsingPath(DecodedUrl='name or server-relative path', overwrite=false) and folders/add('url'). In a
 * document library the folder gets its list item; in a generic list it does NOT (ItemService.addItemlessFolder).
 */
export function addFolder(s: SpServices, req: SpRequest, schema: ListSchema | undefined, parentPath: string, args: Args): RouteResponse {
  const raw = String(argOf(args, 'decodedurl', 0) ?? argOf(args, 'url', 0) ?? '');
  const overwrite = argOf(args, 'overwrite', 1) === true;
  const full = (raw.startsWith('/') ? raw : `${parentPath}/${raw}`).replace(/\/+$/, '');
  const list =
    schema ??
    s.ctx.catalog.all().find((l) => full.toLowerCase().startsWith(`${s.ctx.rootFolder(l).toLowerCase()}/`));
  if (!list || !req.perms.canSeeList(list)) throw errors.fileNotFound();
  const parentDir = full.slice(0, full.lastIndexOf('/'));
  const leaf = full.slice(full.lastIndexOf('/') + 1);
  const parent = s.ctx.items.folderByRef(list.list.id, parentDir);
  const allowed = parent ? req.perms.itemHas(list, parent, 'AddListItems') : req.perms.listHas(list, 'AddListItems');
  if (!allowed) throw errors.accessDenied();
  if (list.list.baseTemplate !== DOCUMENT_LIBRARY) return entity(req, folderJson(s, list, s.writer.addItemlessFolder(list, parentDir, leaf, overwrite)));
  const folder = s.writer.addFolder(list, parentDir, leaf, req.user.spId, overwrite);
  return entity(req, folderJson(s, list, s.ctx.fileRef(folder), folder));
}

/**
 * <folder>/AddSubFolderUsingPath: the way SharePoint Online creates a folder WITH its list item in a list
 * (pnp/cli-microsoft365#6804, pnp/pnpcore#1680). PnPjs sends `{ leafPath: { DecodedUrl } }`; a
 * `(DecodedUrl='…')` argument is accepted too.
 */
export function addSubFolder(s: SpServices, req: SpRequest, schema: ListSchema, parentPath: string, parent: ItemRecord | undefined, args: Args): RouteResponse {
  const body = bodyObject(req);
  const leafPath = body.leafPath as { DecodedUrl?: unknown } | undefined;
  const leaf = String(leafPath?.DecodedUrl ?? argOf(args, 'decodedurl', 0) ?? '');
  const allowed = parent ? req.perms.itemHas(schema, parent, 'AddListItems') : req.perms.listHas(schema, 'AddListItems');
  if (!allowed) throw errors.accessDenied();
  const folder = s.writer.addFolder(schema, parentPath, leaf, req.user.spId);
  return entity(req, folderJson(s, schema, s.ctx.fileRef(folder), folder));
}

/**
 * A folder that does not exist: `$select=Exists` answers 200 `{ Exists: false }` (SharePoint/sp-dev-docs#7437;
 * pnp/cli-microsoft365 PR #7405), any other read 404 File Not Found.
 */
export function getMissingFolder(req: SpRequest, path: string): RouteResponse {
  const select = (req.query.get('$select') ?? '').split(',').map((x) => x.trim().toLowerCase());
  if (!select.includes('exists')) throw errors.fileNotFound();
  const quoted = encodeURIComponent(path.replace(/'/g, "''"));
  return entity(req, { 'odata.type': 'SP.Folder', 'odata.id': `Web/GetFolderByServerRelativePath(decodedurl='${quoted}')`, Exists: false });
}

export const rootFolderItem = (req: SpRequest): RouteResponse => json(200, { 'odata.null': true }, req.metadata);

/** DELETE on a folder without a list item: the folder and what it holds (the list's root folder cannot go). */
export function deleteItemlessFolder(s: SpServices, req: SpRequest, schema: ListSchema, path: string): RouteResponse {
  if (path.toLowerCase() === s.ctx.rootFolder(schema).toLowerCase()) throw errors.accessDenied();
  if (!req.perms.listHas(schema, 'DeleteListItems')) throw errors.accessDenied();
  for (const item of s.ctx.items.all(schema.list.id).filter((i) => i.dir.toLowerCase() === path.toLowerCase())) s.ctx.items.delete(schema.list.id, item);
  s.ctx.itemlessFolders.delete(schema.list.id, path);
  return { status: 200, headers: {}, body: '' };
}
