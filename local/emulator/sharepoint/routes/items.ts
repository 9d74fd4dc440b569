import type { RouteResponse } from '../../contracts';
import type { ItemRecord, ListSchema } from '../../store/types';
import { DuplicateValueError, SpError, errors } from '../errors';
import type { FormResult, FormValue } from '../itemService';
import { readQueryOptions } from '../odata/queryOptions';
import { queryItems } from '../query/itemQuery';
import { bodyObject, collection, entity, json, noContent, type SpRequest } from '../request';
import type { SpServices } from '../services';

const requireAllowed = (allowed: boolean): void => {
  if (!allowed) throw errors.accessDenied();
};

/** Builds the absolute next link: the request's own URL and parameters plus $skiptoken=Paged=TRUE&p_ID=n. */
function nextLinkFor(req: SpRequest, afterId: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of req.query) if (k.toLowerCase() !== '$skiptoken') params.append(k, v);
  params.append('$skiptoken', `Paged=TRUE&p_ID=${afterId}`);
  return `${req.url.origin}${req.url.pathname}?${params.toString()}`;
}

export function getItems(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  const q = readQueryOptions(req.query);
  const projection = s.serializer.project(schema, q.select, q.expand);
  const page = queryItems(s.ctx, req.perms, schema, q);
  const rows = page.rows.map((i) => s.serializer.toJson(schema, i, projection, req.metadata));
  return collection(req, rows, page.nextAfterId !== undefined ? nextLinkFor(req, page.nextAfterId) : undefined);
}

export function getItem(s: SpServices, req: SpRequest, schema: ListSchema, item: ItemRecord): RouteResponse {
  const q = readQueryOptions(req.query);
  const projection = s.serializer.project(schema, q.select, q.expand);
  return entity(req, s.serializer.toJson(schema, item, projection, req.metadata, true), 200, { ETag: s.serializer.etag(item) });
}

export function addItem(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  requireAllowed(req.perms.listHas(schema, 'AddListItems'));
  const data = s.writer.fromRestBody(schema, bodyObject(req));
  const item = s.writer.add(schema, data, req.user.spId);
  const projection = s.serializer.project(schema, [], []);
  return entity(req, s.serializer.toJson(schema, item, projection, req.metadata, true), 201, { ETag: s.serializer.etag(item) });
}

/** IF-Match: '*' always wins; otherwise it must name the item's current version. */
export function checkIfMatch(req: SpRequest, item: ItemRecord): void {
  const header = req.header('if-match');
  if (header === undefined || header.trim() === '*' || header.trim() === '') return;
  const norm = (v: string): string => v.trim().replace(/^W\//i, '').replace(/^"+|"+$/g, '').replace(/\\"/g, '').replace(/"/g, '').toLowerCase();
  if (norm(header) !== `${item.guid},${item.version}`.toLowerCase()) throw errors.versionConflict();
}

export function updateItem(s: SpServices, req: SpRequest, schema: ListSchema, item: ItemRecord): RouteResponse {
  requireAllowed(req.perms.itemHas(schema, item, 'EditListItems'));
  checkIfMatch(req, item);
  const changes = s.writer.fromRestBody(schema, bodyObject(req));
  const updated = s.writer.update(schema, item, changes, req.user.spId);
  return noContent({ ETag: s.serializer.etag(updated) });
}

export function deleteItem(s: SpServices, req: SpRequest, schema: ListSchema, item: ItemRecord, recycle = false): RouteResponse {
  requireAllowed(req.perms.itemHas(schema, item, 'DeleteListItems'));
  checkIfMatch(req, item);
  s.ctx.items.delete(schema.list.id, item);
  if (recycle) return json(200, { value: item.guid }, req.metadata);
  return { status: 200, headers: {}, body: '' };
}

function formValuesOf(body: Record<string, unknown>): FormValue[] {
  const raw = body.formValues;
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && 'results' in raw ? (raw as { results: unknown }).results : [];
  if (!Array.isArray(list)) return [];
  return list
    .filter((v): v is Record<string, unknown> => !!v && typeof v === 'object')
    .map((v) => ({ FieldName: String(v.FieldName ?? ''), FieldValue: v.FieldValue === null || v.FieldValue === undefined ? '' : String(v.FieldValue) }));
}

/** A write refused after parsing (unique values): reported on the column concerned, or on every value. */
function markFailure(results: FormResult[], e: SpError): FormResult[] {
  const field = e instanceof DuplicateValueError ? e.field.toLowerCase() : undefined;
  const hit = field !== undefined && results.some((r) => r.FieldName.toLowerCase() === field);
  return results.map((r) =>
    !hit || r.FieldName.toLowerCase() === field ? { ...r, HasException: true, ErrorCode: e instanceof DuplicateValueError ? -2130575169 : -2146232832, ErrorMessage: e.message } : r,
  );
}

const formResponse = (req: SpRequest, results: FormResult[]): RouteResponse =>
  req.metadata === 'verbose'
    ? json(200, { d: { AddValidateUpdateItemUsingPath: { results } } }, 'verbose')
    : json(200, { value: results }, req.metadata);

/**
 * POST list/AddValidateUpdateItemUsingPath(): creates an item (or a folder) in a folder from form values.
 * Unlike plain REST add, required fields are enforced here, as in SharePoint. Any exception: nothing is created.
 */
export function addValidateUpdate(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  const body = bodyObject(req);
  const info = (body.listItemCreateInfo ?? {}) as Record<string, unknown>;
  const folderPath = info.FolderPath as Record<string, unknown> | string | undefined;
  const decoded = typeof folderPath === 'string' ? folderPath : folderPath && typeof folderPath.DecodedUrl === 'string' ? folderPath.DecodedUrl : '';
  const dir = decoded ? s.writer.folderPath(schema, decoded) : s.ctx.rootFolder(schema);
  const folderDir = s.writer.requireFolder(schema, dir);
  const parent = s.ctx.items.folderByRef(schema.list.id, folderDir);
  requireAllowed(parent ? req.perms.itemHas(schema, parent, 'AddListItems') : req.perms.listHas(schema, 'AddListItems'));
  const formValues = formValuesOf(body);
  if (Number(info.UnderlyingObjectType) === 1) {
    const leafInfo = info.LeafName as Record<string, unknown> | string | undefined;
    const leaf = typeof leafInfo === 'string' ? leafInfo : String(leafInfo?.DecodedUrl ?? '');
    // The folder and its values are one write: a value refused (a clash in a unique column) creates nothing.
    const { data, results } = s.writer.parseForm(schema, formValues, 0);
    if (results.some((r) => r.HasException)) return formResponse(req, results);
    try {
      const folder = s.writer.addFolder(schema, folderDir, leaf, req.user.spId, false, data);
      return formResponse(req, results.map((r) => ({ ...r, ItemId: folder.id })));
    } catch (e) {
      if (e instanceof DuplicateValueError) return formResponse(req, markFailure(results, e));
      throw e;
    }
  }
  const { data, results } = s.writer.parseForm(schema, formValues, 0);
  const missing = s.writer.missingRequired(schema, data, 0).filter((m) => !results.some((r) => r.FieldName === m.FieldName));
  const all = [...results, ...missing];
  if (all.some((r) => r.HasException)) return formResponse(req, all);
  try {
    const item = s.writer.add(schema, data, req.user.spId, folderDir);
    return formResponse(req, [...all.map((r) => ({ ...r, ItemId: item.id })), { FieldName: 'Id', FieldValue: String(item.id), HasException: false, ErrorCode: 0, ErrorMessage: null, ItemId: item.id }]);
  } catch (e) {
    if (e instanceof SpError && e.status === 400) return formResponse(req, markFailure(all, e));
    throw e;
  }
}

/** POST items(n)/ValidateUpdateListItem: updates an item from form values. */
export function validateUpdateItem(s: SpServices, req: SpRequest, schema: ListSchema, item: ItemRecord): RouteResponse {
  requireAllowed(req.perms.itemHas(schema, item, 'EditListItems'));
  const { data, results } = s.writer.parseForm(schema, formValuesOf(bodyObject(req)), item.id);
  if (results.some((r) => r.HasException)) return formResponse(req, results);
  try {
    s.writer.update(schema, item, data, req.user.spId);
  } catch (e) {
    if (e instanceof SpError && e.status === 400) return formResponse(req, markFailure(results, e));
    throw e;
  }
  return formResponse(req, results);
}
