import type { RouteResponse } from '../../contracts';
import { RANK } from '../../store/roles';
import type { ItemRecord, ListSchema } from '../../store/types';
import { errors } from '../errors';
import { argOf, type Args } from '../odata/path';
import { collection, entity, json, type SpRequest } from '../request';
import type { SpServices } from '../services';

export function folderJson(s: SpServices, schema: ListSchema, path: string, item?: ItemRecord): Record<string, unknown> {
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
    TimeCreated: item?.created ?? schema.list.created,
    TimeLastModified: item?.modified ?? schema.list.created,
    UniqueId: item?.guid ?? schema.list.id,
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
  return collection(req, subs.map((f) => folderJson(s, schema, s.ctx.fileRef(f), f)));
}

/** folders/addUsingPath(DecodedUrl='name or server-relative path', overwrite=false) and folders/add('url'). */
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
  const rank = parent ? req.perms.itemRank(list, parent) : req.perms.listRank(list);
  if (rank < RANK.write) throw errors.accessDenied();
  const folder = s.writer.addFolder(list, parentDir, leaf, req.user.spId, overwrite);
  return entity(req, folderJson(s, list, s.ctx.fileRef(folder), folder));
}

export const rootFolderItem = (req: SpRequest): RouteResponse => json(200, { 'odata.null': true }, req.metadata);
