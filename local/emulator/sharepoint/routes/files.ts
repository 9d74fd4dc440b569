/**
 * Files in document libraries (base template 101), as SharePoint's REST API serves them to PnPjs:
 *
 *   POST …/getFolderByServerRelativePath(decodedUrl='…')/files/addUsingPath(DecodedUrl='x.docx',Overwrite=true)
 *   POST …/lists/getByTitle('…')/rootFolder[/folders('…')]/files/addUsingPath(…)      (binary body)
 *   GET  …/<folder>/files                                   the folder's files the user can read
 *   GET  …/<folder>/files('x.docx') | files/getByUrl('x.docx')
 *   GET  …/web/getFileByServerRelativePath(decodedUrl='…')  the SP.File
 *   GET  …/<file>/$value                                    the content (binary)
 *   POST …/<file>/$value with X-HTTP-Method: PUT            replaces the content
 *   GET  …/<file>/listItemAllFields                         the file's list item (select and ETag as items)
 *   DELETE …/<file> (or POST with X-HTTP-Method: DELETE), POST …/<file>/recycle
 *   POST …/_api/SP.MoveCopyUtil.MoveFileByPath(overwrite=@a1)?@a1=false   body { srcPath, destPath, options }
 *                                                           (PnPjs file.moveByPath; see moveFileByPath)
 *
 * A file is an item (FileSystemObjectType 0) named by its leaf, so item queries, folders and security
 * trimming apply unchanged; its bytes are in the file_content table (store/sql/schema.sql). The raw body is needed, so the part
 * hands requests here before it parses JSON (handleFileRequest answers undefined for every other path).
 * Files cannot be batched (PnPjs does not batch them either).
 */
import type { RouteRequest, RouteResponse } from '../../contracts';
import type { BasePermission } from '../../../../src/lists/siteSecurity';
import type { ItemData, ItemRecord, ListSchema } from '../../store/types';
import { SpError, errors } from '../errors';
import { argOf, parseArgs, type Segment } from '../odata/path';
import { Permissions } from '../permissions';
import { collection, entity, headerOf, json, metadataFrom, spErrorResponse, type SpRequest } from '../request';
import type { SpServices } from '../services';
import { Resolver, type Target } from '../targets';
import { restKeyOf } from '../values/restValue';
import { getItem } from './items';

/** SharePoint's base template of a document library. */
export const DOCUMENT_LIBRARY = 101;

const FILE_ACTIONS = new Set(['getfilebyserverrelativepath', 'getfilebyserverrelativeurl']);
const INVALID_NAME = /["*:<>?\\|/#%]|^\s|\s$|^\.|\.$/;

interface FileRef {
  readonly schema: ListSchema;
  readonly item: ItemRecord;
}

function contentOf(s: SpServices, f: FileRef): Buffer {
  const row = s.ctx.db.prepare('SELECT content FROM file_content WHERE list_id = ? AND item_id = ?').get(f.schema.list.id, f.item.id) as
    | { content: Buffer }
    | undefined;
  return row?.content ?? Buffer.alloc(0);
}

function storeContent(s: SpServices, schema: ListSchema, itemId: number, content: Buffer): void {
  s.ctx.db
    .prepare('INSERT INTO file_content (list_id, item_id, content) VALUES (?, ?, ?) ON CONFLICT (list_id, item_id) DO UPDATE SET content = excluded.content')
    .run(schema.list.id, itemId, content);
}

function fileUrl(s: SpServices, f: FileRef): string {
  return s.ctx.fileRef(f.item);
}

function fileJson(s: SpServices, f: FileRef): Record<string, unknown> {
  const path = fileUrl(s, f);
  const quoted = encodeURIComponent(path.replace(/'/g, "''"));
  return {
    'odata.type': 'SP.File',
    'odata.id': `${s.ctx.siteUrl}/_api/Web/GetFileByServerRelativePath(decodedurl='${quoted}')`,
    'odata.editLink': `Web/GetFileByServerRelativePath(decodedurl='${quoted}')`,
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `{${f.item.guid.toUpperCase()}},${f.item.version},${f.item.version}`,
    ETag: `"{${f.item.guid.toUpperCase()}},${f.item.version}"`,
    Exists: true,
    Length: String(contentOf(s, f).length),
    Level: 1,
    MajorVersion: f.item.version,
    MinorVersion: 0,
    Name: f.item.leaf,
    ServerRelativeUrl: path,
    ServerRelativePath: { DecodedUrl: path },
    TimeCreated: f.item.created,
    TimeLastModified: f.item.modified,
    Title: typeof f.item.data.Title === 'string' ? f.item.data.Title : null,
    UIVersion: f.item.version * 512,
    UIVersionLabel: `${f.item.version}.0`,
    UniqueId: f.item.guid,
  };
}

/** The file at a server-relative path, if the user may read it (404 otherwise, as SharePoint trims). */
function fileAt(s: SpServices, req: SpRequest, path: string): FileRef {
  const p = decodeURIComponent(path.trim()).replace(/\/+$/, '');
  const schema = s.ctx.catalog.all().find((l) => p.toLowerCase().startsWith(`${s.ctx.rootFolder(l).toLowerCase()}/`));
  if (!schema || !req.perms.canSeeList(schema)) throw errors.fileNotFound();
  const lower = p.toLowerCase();
  const item = s.ctx.items.all(schema.list.id).find((i) => i.fsType === 0 && s.ctx.fileRef(i).toLowerCase() === lower);
  if (!item || !req.perms.canReadItem(schema, item)) throw errors.fileNotFound();
  return { schema, item };
}

function folderAllows(s: SpServices, req: SpRequest, schema: ListSchema, dir: string, permission: BasePermission): boolean {
  const folder = s.ctx.items.folderByRef(schema.list.id, dir);
  return folder ? req.perms.itemHas(schema, folder, permission) : req.perms.listHas(schema, permission);
}

function newFileData(schema: ListSchema): ItemData {
  const data: ItemData = { Title: null };
  for (const f of schema.fields) {
    const key = restKeyOf(f);
    if (!(key in data)) data[key] = f.kind === 'LookupMulti' ? [] : null;
  }
  return data;
}

/** files/addUsingPath(DecodedUrl='name', Overwrite=true|false) into a folder. */
function addFile(s: SpServices, req: SpRequest, folder: Extract<Target, { kind: 'folder' }>, segment: Segment, body: Buffer): RouteResponse {
  const { schema } = folder;
  if (schema.list.baseTemplate !== DOCUMENT_LIBRARY) throw errors.badRequest('Files can only be added to a document library.');
  const args = parseArgs(segment.args, req.query);
  const name = String(argOf(args, 'decodedurl', 0) ?? argOf(args, 'url', 0) ?? '').trim();
  const overwrite = argOf(args, 'overwrite', 1) === true;
  if (name === '' || INVALID_NAME.test(name) || name.length > 250) throw errors.badRequest(`The file name '${name}' is not valid.`);
  if (!folderAllows(s, req, schema, folder.path, 'AddListItems')) throw errors.accessDenied();
  const full = `${folder.path}/${name}`.toLowerCase();
  const existing = s.ctx.items.all(schema.list.id).find((i) => s.ctx.fileRef(i).toLowerCase() === full);
  let item: ItemRecord;
  if (existing) {
    if (existing.fsType !== 0 || !overwrite)
      throw new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${folder.path}/${name} already exists.`);
    if (!req.perms.canReadItem(schema, existing) || !req.perms.itemHas(schema, existing, 'EditListItems')) throw errors.accessDenied();
    item = s.ctx.items.update(schema.list.id, existing.id, existing.data, req.user.spId);
  } else {
    item = s.ctx.items.insert(schema.list.id, { fsType: 0, dir: folder.path, leaf: name, authorId: req.user.spId, data: newFileData(schema) });
  }
  storeContent(s, schema, item.id, body);
  return entity(req, fileJson(s, { schema, item }));
}

function listFiles(s: SpServices, req: SpRequest, folder: Extract<Target, { kind: 'folder' }>): RouteResponse {
  const dir = folder.path.toLowerCase();
  const files = s.ctx.items
    .all(folder.schema.list.id)
    .filter((i) => i.fsType === 0 && i.dir.toLowerCase() === dir && req.perms.canReadItem(folder.schema, i) && folder.schema.list.baseTemplate === DOCUMENT_LIBRARY);
  return collection(req, files.map((item) => fileJson(s, { schema: folder.schema, item })));
}

function deleteFile(s: SpServices, req: SpRequest, f: FileRef, recycle: boolean): RouteResponse {
  if (!req.perms.itemHas(f.schema, f.item, 'DeleteListItems')) throw errors.accessDenied();
  const match = req.header('if-match');
  if (match && match !== '*' && match !== `"{${f.item.guid.toUpperCase()}},${f.item.version}"` && match !== s.serializer.etag(f.item))
    throw new SpError(412, '-2147024809, System.ArgumentException', 'The file was changed by someone else (version conflict).');
  s.ctx.items.delete(f.schema.list.id, f.item);
  s.ctx.db.prepare('DELETE FROM file_content WHERE list_id = ? AND item_id = ?').run(f.schema.list.id, f.item.id);
  return recycle ? json(200, { value: f.item.guid }, req.metadata) : { status: 200, headers: {}, body: '' };
}

/** What follows a file: nothing, $value, listItemAllFields or recycle. */
function onFile(s: SpServices, req: SpRequest, f: FileRef, rest: Segment[], body: Buffer): RouteResponse {
  const [next, ...more] = rest;
  const m = req.method;
  if (!next) {
    if (m === 'GET') return entity(req, fileJson(s, f));
    if (m === 'DELETE') return deleteFile(s, req, f, false);
    throw errors.notFound(`${m} ${req.url.pathname}`);
  }
  if (more.length > 0) throw errors.notFound(more[0].name);
  switch (next.lower) {
    case '$value':
      if (m === 'GET')
        return { status: 200, headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(contentOf(s, f).length) }, body: contentOf(s, f) };
      if (m === 'PUT') {
        if (!req.perms.itemHas(f.schema, f.item, 'EditListItems')) throw errors.accessDenied();
        s.ctx.items.update(f.schema.list.id, f.item.id, f.item.data, req.user.spId);
        storeContent(s, f.schema, f.item.id, body);
        return { status: 204, headers: {} };
      }
      break;
    case 'listitemallfields':
      if (m === 'GET') return getItem(s, req, f.schema, f.item);
      break;
    case 'recycle':
      if (m === 'POST') return deleteFile(s, req, f, true);
      break;
  }
  throw errors.notFound(`${m} ${req.url.pathname}`);
}

export function spRequestOf(s: SpServices, raw: RouteRequest): SpRequest {
  const header = headerOf(raw);
  const override = header('x-http-method');
  const method = (raw.method === 'POST' && override ? override : raw.method).toUpperCase();
  if (!raw.user) throw errors.unauthorized();
  return {
    method,
    url: raw.url,
    query: new URLSearchParams(raw.url.search),
    header,
    body: undefined,
    user: raw.user,
    perms: new Permissions(s.ctx, raw.user),
    metadata: metadataFrom(header('accept')),
  };
}

/**
 * Answers a file request (segments after _api), or undefined when the path is not about files so the part
 * handles it as usual.
 */
export function handleFileRequest(s: SpServices, raw: RouteRequest, segments: readonly Segment[]): RouteResponse | undefined {
  if (segments[0]?.lower !== 'web') return undefined;
  const fileAction = segments.findIndex((seg, i) => i > 0 && FILE_ACTIONS.has(seg.lower));
  const filesAt = segments.findIndex((seg, i) => i > 0 && seg.lower === 'files');
  if (fileAction < 0 && filesAt < 0) return undefined;
  try {
    const req = spRequestOf(s, raw);
    if (!req.perms.canSeeSite()) throw errors.accessDenied();
    if (fileAction === 1) {
      const args = parseArgs(segments[1].args, req.query);
      const f = fileAt(s, req, String(argOf(args, 'decodedurl', 0) ?? argOf(args, 'serverrelativeurl', 0) ?? ''));
      return onFile(s, req, f, segments.slice(2), raw.body);
    }
    if (filesAt < 0) return undefined;
    const resolver = new Resolver(s.ctx, req);
    let target: Target = { kind: 'web' };
    for (const seg of segments.slice(1, filesAt)) target = resolver.step(target, seg, false);
    if (target.kind === 'missingFolder') throw errors.fileNotFound();
    if (target.kind !== 'folder') throw errors.notFound('files');
    const folder = target;
    const files = segments[filesAt];
    const [next, ...rest] = segments.slice(filesAt + 1);
    if (files.args !== undefined) {
      const name = String(argOf(parseArgs(files.args, req.query), '', 0) ?? '');
      return onFile(s, req, fileAt(s, req, `${folder.path}/${name}`), segments.slice(filesAt + 1), raw.body);
    }
    if (!next) {
      if (req.method === 'GET') return listFiles(s, req, folder);
      throw errors.notFound(`${req.method} ${req.url.pathname}`);
    }
    if (next.lower === 'addusingpath' || next.lower === 'add') {
      if (req.method !== 'POST' || rest.length > 0) throw errors.notFound(next.name);
      return addFile(s, req, folder, next, raw.body);
    }
    if (next.lower === 'getbyurl') {
      const name = String(argOf(parseArgs(next.args, req.query), '', 0) ?? '');
      return onFile(s, req, fileAt(s, req, `${folder.path}/${name}`), rest, raw.body);
    }
    throw errors.notFound(next.name);
  } catch (e) {
    if (e instanceof SpError) return spErrorResponse(e);
    throw e;
  }
}

const absoluteToPath = (s: SpServices, value: unknown): string => {
  const raw = typeof value === 'object' && value !== null ? (value as { DecodedUrl?: unknown }).DecodedUrl : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') throw errors.badRequest('Value cannot be null. Parameter name: srcPath or destPath');
  const origin = new URL(s.ctx.siteUrl).origin;
  if (/^https?:\/\//i.test(raw)) {
    const url = new URL(raw);
    if (url.origin.toLowerCase() !== origin.toLowerCase()) throw errors.badRequest('The emulator moves files within its own site only.');
    return decodeURIComponent(url.pathname);
  }
  return raw;
};

/**
 * SP.MoveCopyUtil.MoveFileByPath (PnPjs 4 `file.moveByPath(dest, overwrite, options)`, packages/sp/files/types.ts
 * moveCopyImpl: POST to the web's `_api/SP.MoveCopyUtil.MoveFileByPath(overwrite=@a1)?@a1=<bool>` with the body
 * `{ srcPath: { DecodedUrl }, destPath: { DecodedUrl }, options: { KeepBoth, ShouldBypassSharedLocks,
 * RetainEditorAndModifiedOnMove } }`, absolute URLs). As SharePoint: the user must read the file and may delete it,
 * and may add items in the destination folder, which must exist; a file already at the destination is refused unless
 * overwrite (or KeepBoth: "name 1.ext"); the file's columns and content move with it and it takes the destination
 * folder's permissions. Its list item id: SharePoint does not document that it survives a move, even within one
 * library, so the emulator takes the strict side and gives the moved file a NEW item id (and UniqueId), as a copy
 * and delete would; code that points at a file by id must re-point after a move (local/emulator/README.md). Only
 * within one library (the product moves nothing else): a move to another library or site is refused with 400.
 */
export function moveFileByPath(s: SpServices, req: SpRequest, args: ReturnType<typeof parseArgs>): RouteResponse {
  if (req.method !== 'POST') throw errors.notFound(`${req.method} MoveFileByPath`);
  const body = (req.body ?? {}) as { srcPath?: unknown; destPath?: unknown; options?: { KeepBoth?: unknown; RetainEditorAndModifiedOnMove?: unknown } };
  const overwrite = argOf(args, 'overwrite', 0) === true;
  const src = fileAt(s, req, absoluteToPath(s, body.srcPath));
  const destFull = absoluteToPath(s, body.destPath).replace(/\/+$/, '');
  const slash = destFull.lastIndexOf('/');
  const destDir = destFull.slice(0, slash);
  let leaf = destFull.slice(slash + 1);
  if (leaf === '' || INVALID_NAME.test(leaf) || leaf.length > 250) throw errors.badRequest(`The file name '${leaf}' is not valid.`);
  const root = s.ctx.rootFolder(src.schema).toLowerCase();
  if (!(destDir.toLowerCase() === root || destDir.toLowerCase().startsWith(`${root}/`)))
    throw errors.badRequest('The emulator moves a file within its own library only (SharePoint also moves across libraries and sites).');
  const folderExists = destDir.toLowerCase() === root || s.ctx.items.folderByRef(src.schema.list.id, destDir) !== undefined;
  if (!folderExists) throw errors.fileNotFound();
  if (!req.perms.itemHas(src.schema, src.item, 'DeleteListItems')) throw errors.accessDenied();
  if (!folderAllows(s, req, src.schema, destDir, 'AddListItems')) throw errors.accessDenied();
  const at = (name: string): ItemRecord | undefined => s.ctx.items.all(src.schema.list.id).find((i) => s.ctx.fileRef(i).toLowerCase() === `${destDir}/${name}`.toLowerCase());
  if (s.ctx.fileRef(src.item).toLowerCase() === `${destDir}/${leaf}`.toLowerCase()) return json(200, { 'odata.null': true }, req.metadata);
  const existing = at(leaf);
  if (existing) {
    if (overwrite && existing.fsType === 0) {
      if (!req.perms.itemHas(src.schema, existing, 'DeleteListItems')) throw errors.accessDenied();
      s.ctx.items.delete(src.schema.list.id, existing);
      s.ctx.db.prepare('DELETE FROM file_content WHERE list_id = ? AND item_id = ?').run(src.schema.list.id, existing.id);
    } else if (body.options?.KeepBoth === true) {
      const dot = leaf.lastIndexOf('.');
      const [stem, ext] = dot > 0 ? [leaf.slice(0, dot), leaf.slice(dot)] : [leaf, ''];
      let n = 1;
      while (at(`${stem} ${n}${ext}`)) n += 1;
      leaf = `${stem} ${n}${ext}`;
    } else {
      throw new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${destDir}/${leaf} already exists.`);
    }
  }
  const content = contentOf(s, src);
  const moved = s.ctx.items.insert(src.schema.list.id, { fsType: 0, dir: destDir, leaf, authorId: src.item.authorId, data: src.item.data, created: src.item.created });
  storeContent(s, src.schema, moved.id, content);
  s.ctx.items.delete(src.schema.list.id, src.item);
  s.ctx.db.prepare('DELETE FROM file_content WHERE list_id = ? AND item_id = ?').run(src.schema.list.id, src.item.id);
  return json(200, { 'odata.null': true }, req.metadata);
}
