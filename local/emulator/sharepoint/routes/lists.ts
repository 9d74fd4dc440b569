import type { FieldKind } from '../../../../src/lists';
import type { RouteResponse } from '../../contracts';
import type { NewField } from '../../store/catalog';
import type { FieldRecord, ListSchema } from '../../store/types';
import { scopeKey } from '../../store/types';
import { SpError, errors } from '../errors';
import { bodyObject, collection, entity, type SpRequest } from '../request';
import type { SpServices } from '../services';
import { parseFieldSchemaXml } from '../fieldSchemaXml';
import { folderJson } from './folders';
import { restKeyOf } from '../values/restValue';
import { addDefaultView } from './views';
import { filterEntities } from '../odata/objectFilter';

const KIND_BY_TYPE: Record<number, FieldKind> = { 1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number', 10: 'Currency', 15: 'MultiChoice', 20: 'User' };
const TYPE_BY_KIND: Record<FieldKind, number> = { Integer: 1, Text: 2, Note: 3, DateTime: 4, Choice: 6, Lookup: 7, LookupMulti: 7, Boolean: 8, Number: 9, Currency: 10, MultiChoice: 15, User: 20 };

const requireManageLists = (allowed: boolean): void => {
  if (!allowed) throw errors.accessDenied();
};

/** Picks the $select-ed properties (case-insensitive) when there is a $select. */
function selectProps(req: SpRequest, obj: Record<string, unknown>): Record<string, unknown> {
  const select = (req.query.get('$select') ?? '').split(',').map((s) => s.trim()).filter((s) => s && !s.includes('/'));
  if (select.length === 0 || select.includes('*')) return obj;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (k.startsWith('odata.') || select.some((s) => s.toLowerCase() === k.toLowerCase())) out[k] = v;
  return out;
}

export function listJson(s: SpServices, req: SpRequest, schema: ListSchema): Record<string, unknown> {
  const { list } = schema;
  const out: Record<string, unknown> = {
    'odata.type': 'SP.List',
    'odata.id': `${s.ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')`,
    'odata.editLink': `Web/Lists(guid'${list.id}')`,
    BaseTemplate: list.baseTemplate,
    BaseType: 0,
    Created: list.created,
    Description: list.description,
    EnableFolderCreation: list.enableFolderCreation,
    EnableVersioning: list.enableVersioning,
    MajorVersionLimit: list.majorVersionLimit,
    EntityTypeName: list.entityName.replace(/ListItem$/, 'List'),
    Hidden: false,
    Id: list.id,
    ItemCount: s.ctx.items.count(list.id),
    ListItemEntityTypeFullName: `SP.Data.${list.entityName}`,
    ParentWebUrl: s.ctx.site.sitePath,
    Title: list.title,
    HasUniqueRoleAssignments: s.ctx.security.isUnique(scopeKey({ kind: 'list', listId: list.id })),
  };
  const picked = selectProps(req, out);
  const expand = (req.query.get('$expand') ?? '').toLowerCase().split(',').map((e) => e.trim());
  if (expand.includes('rootfolder')) {
    // `$select=RootFolder/ServerRelativeUrl` with `$expand=RootFolder` answers only those properties of the folder
    // (learn.microsoft.com, "Use OData query operations in SharePoint REST requests": $select of an expanded field).
    const folder = folderJson(s, schema, s.ctx.rootFolder(schema));
    const nested = (req.query.get('$select') ?? '').split(',').map((x) => x.trim().toLowerCase()).filter((x) => x.startsWith('rootfolder/')).map((x) => x.slice('rootfolder/'.length));
    picked.RootFolder = nested.length === 0 || nested.includes('*') ? folder : Object.fromEntries(Object.entries(folder).filter(([k]) => k.startsWith('odata.') || nested.includes(k.toLowerCase())));
  }
  return picked;
}

export function getLists(s: SpServices, req: SpRequest): RouteResponse {
  const visible = s.ctx.catalog.all().filter((l) => req.perms.canSeeList(l));
  // $filter applies to the full entity ($select only shapes the answer), e.g. 'Hidden eq false and BaseTemplate eq 100'.
  const unselected = { ...req, query: new URLSearchParams() };
  const kept = new Set(filterEntities(visible.map((l) => ({ ...listJson(s, unselected, l), __id: l.list.id })), req.query.get('$filter')).map((r) => r.__id));
  return collection(req, visible.filter((l) => kept.has(l.list.id)).map((l) => listJson(s, req, l)));
}

export function getList(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  return entity(req, listJson(s, req, schema));
}

export function addList(s: SpServices, req: SpRequest): RouteResponse {
  requireManageLists(req.perms.webHas('ManageLists'));
  const body = bodyObject(req);
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '') throw errors.badRequest('The parameter Title is required.');
  if (s.ctx.catalog.byTitle(title))
    throw new SpError(500, '-2130575342, Microsoft.SharePoint.SPException', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
  const schema = s.ctx.catalog.createList({
    title,
    url: typeof body.Url === 'string' ? body.Url : undefined,
    description: typeof body.Description === 'string' ? body.Description : '',
    baseTemplate: typeof body.BaseTemplate === 'number' ? body.BaseTemplate : 100,
  });
  addDefaultView(s, schema);
  s.ctx.catalog.updateList(schema.list.id, {
    ...(typeof body.EnableVersioning === 'boolean' ? { enableVersioning: body.EnableVersioning } : {}),
    ...(typeof body.MajorVersionLimit === 'number' ? { majorVersionLimit: body.MajorVersionLimit } : {}),
    ...(typeof body.EnableFolderCreation === 'boolean' ? { enableFolderCreation: body.EnableFolderCreation } : {}),
  });
  return entity(req, listJson(s, req, s.ctx.catalog.byId(schema.list.id) ?? schema), 201);
}

/** MERGE on a list: Title, Description, EnableVersioning, MajorVersionLimit, EnableFolderCreation (Manage Lists). */
export function updateList(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  requireManageLists(req.perms.listHas(schema, 'ManageLists'));
  const b = bodyObject(req);
  if (typeof b.Title === 'string') {
    const clash = s.ctx.catalog.byTitle(b.Title);
    if (b.Title.trim() === '') throw errors.badRequest('The parameter Title is required.');
    if (clash && clash.list.id !== schema.list.id)
      throw new SpError(500, '-2130575342, Microsoft.SharePoint.SPException', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');
  }
  s.ctx.catalog.updateList(schema.list.id, {
    ...(typeof b.Title === 'string' ? { title: b.Title } : {}),
    ...(typeof b.Description === 'string' ? { description: b.Description } : {}),
    ...(typeof b.EnableVersioning === 'boolean' ? { enableVersioning: b.EnableVersioning } : {}),
    ...(typeof b.MajorVersionLimit === 'number' ? { majorVersionLimit: b.MajorVersionLimit } : {}),
    ...(typeof b.EnableFolderCreation === 'boolean' ? { enableFolderCreation: b.EnableFolderCreation } : {}),
  });
  return { status: 204, headers: {} };
}

export function deleteList(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  requireManageLists(req.perms.listHas(schema, 'ManageLists'));
  const id = schema.list.id;
  s.ctx.db.transaction(() => {
    s.ctx.db.prepare('DELETE FROM items WHERE list_id = ?').run(id);
    s.ctx.db.prepare('DELETE FROM fields WHERE list_id = ?').run(id);
    s.ctx.db.prepare('DELETE FROM lists WHERE id = ?').run(id);
    s.ctx.views.deleteOfList(id);
    s.ctx.security.clearUnique(`list:${id}`);
    s.ctx.security.clearUniqueUnder(`item:${id}:`, '');
  })();
  s.ctx.invalidate();
  return { status: 200, headers: {}, body: '' };
}

export function fieldJson(f: FieldRecord): Record<string, unknown> {
  const type = f.kind === 'LookupMulti' ? 'LookupMulti' : f.kind;
  return {
    'odata.type': `SP.Field${f.kind === 'LookupMulti' ? 'Lookup' : f.kind === 'Integer' ? 'Number' : f.kind === 'Note' ? 'MultiLineText' : f.kind === 'User' ? 'User' : f.kind}`,
    Id: f.id,
    InternalName: f.internalName,
    StaticName: f.internalName,
    EntityPropertyName: f.internalName,
    Title: f.title,
    TypeAsString: type,
    FieldTypeKind: TYPE_BY_KIND[f.kind],
    Required: f.required,
    Indexed: f.indexed,
    EnforceUniqueValues: f.unique,
    Hidden: false,
    ReadOnlyField: false,
    Description: f.description,
    CustomFormatter: f.customFormatter ?? null,
    DefaultValue: f.defaultValue ?? null,
    ...(f.choices ? { Choices: [...f.choices] } : {}),
    ...(f.maxLength !== undefined ? { MaxLength: f.maxLength } : {}),
    ...(f.kind === 'DateTime' ? { DisplayFormat: f.dateOnly ? 0 : 1 } : {}),
    ...(f.lookupListId ? { LookupList: `{${f.lookupListId}}`, LookupField: f.lookupField ?? 'Title', AllowMultipleValues: f.kind === 'LookupMulti' } : {}),
    ...(f.kind === 'User' ? { AllowMultipleValues: false } : {}),
  };
}

export function getFields(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  return collection(req, schema.fields.map((f) => fieldJson(f)));
}

export function getField(s: SpServices, req: SpRequest, f: FieldRecord): RouteResponse {
  return entity(req, fieldJson(f));
}

const unwrapResults = (v: unknown): unknown[] | undefined =>
  Array.isArray(v) ? v : v && typeof v === 'object' && 'results' in v && Array.isArray((v as { results: unknown }).results) ? ((v as { results: unknown[] }).results) : undefined;

/** SharePoint's internal name for a new field: the title with spaces as _x0020_ (StaticName wins when given). */
const internalNameFor = (title: string, p: Record<string, unknown>): string =>
  typeof p.StaticName === 'string' ? p.StaticName : typeof p.InternalName === 'string' ? p.InternalName : title.replace(/ /g, '_x0020_');

function newFieldFrom(s: SpServices, p: Record<string, unknown>): NewField {
  const title = p.Title;
  if (typeof title !== 'string' || title.trim() === '') throw errors.badRequest('The parameter Title is required.');
  let kind = KIND_BY_TYPE[Number(p.FieldTypeKind)];
  if (!kind) throw errors.badRequest(`Field type ${String(p.FieldTypeKind)} is not supported by the emulator.`);
  if (kind === 'Lookup' && p.AllowMultipleValues === true) kind = 'LookupMulti';
  let lookupListId: string | undefined;
  if (kind === 'Lookup' || kind === 'LookupMulti') {
    const target = typeof p.LookupListId === 'string' ? s.ctx.catalog.byId(p.LookupListId) : undefined;
    if (!target) throw errors.badRequest('The lookup list does not exist.');
    lookupListId = target.list.id;
  }
  const choices = unwrapResults(p.Choices)?.map(String);
  return {
    internalName: internalNameFor(title, p),
    title,
    kind,
    required: p.Required === true,
    indexed: p.Indexed === true,
    unique: p.EnforceUniqueValues === true,
    ...(choices ? { choices } : {}),
    ...(lookupListId ? { lookupListId, lookupField: typeof p.LookupFieldName === 'string' ? p.LookupFieldName : typeof p.LookupField === 'string' ? p.LookupField : 'Title' } : {}),
    ...(p.DisplayFormat === 0 ? { dateOnly: true } : {}),
    ...(typeof p.DefaultValue === 'string' ? { defaultValue: p.DefaultValue } : {}),
    ...(typeof p.MaxLength === 'number' ? { maxLength: p.MaxLength } : {}),
  };
}

/** POST fields (odata=verbose body with FieldTypeKind) or fields/AddField({parameters}). */
export function addField(s: SpServices, req: SpRequest, schema: ListSchema, viaAddField: boolean): RouteResponse {
  requireManageLists(req.perms.listHas(schema, 'ManageLists'));
  const body = bodyObject(req);
  const params = viaAddField ? ((body.parameters ?? {}) as Record<string, unknown>) : body;
  const nf = newFieldFrom(s, params);
  if (schema.byName.has(nf.internalName.toLowerCase())) throw new SpError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${nf.internalName}" was found.`);
  if (nf.unique) refuseEmptyClash(s, schema);
  const f = s.ctx.catalog.addField(schema.list.id, nf);
  s.ctx.items.invalidate(schema.list.id);
  return entity(req, fieldJson(f), 201);
}

/** fields/createFieldAsXml({ parameters: { SchemaXml, Options } }): see fieldSchemaXml.ts. */
export function addFieldAsXml(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  requireManageLists(req.perms.listHas(schema, 'ManageLists'));
  const params = (bodyObject(req).parameters ?? {}) as Record<string, unknown>;
  if (typeof params.SchemaXml !== 'string') throw errors.badRequest('The parameter SchemaXml is required.');
  const nf = parseFieldSchemaXml(params.SchemaXml, typeof params.Options === 'number' ? params.Options : 0, (id) => !!s.ctx.catalog.byId(id));
  if (nf.unique && !nf.indexed) throw errors.badRequest(UNIQUE_NEEDS_INDEX);
  if (schema.byName.has(nf.internalName.toLowerCase())) throw new SpError(500, '-2130575340, Microsoft.SharePoint.SPException', `A duplicate field name "${nf.internalName}" was found.`);
  if (nf.unique) refuseEmptyClash(s, schema);
  const f = s.ctx.catalog.addField(schema.list.id, nf);
  s.ctx.items.invalidate(schema.list.id);
  const defaultView = s.ctx.views.ofList(schema.list.id).find((v) => v.defaultView);
  if (defaultView && (Number(params.Options) & ADD_FIELD_TO_DEFAULT_VIEW) !== 0) {
    s.ctx.views.update(schema.list.id, defaultView.id, { fields: [...defaultView.fields, f.internalName] });
  }
  return entity(req, fieldJson(f), 201);
}

/**
 * A new column is empty on every item and folder already in the list: enforcing unique values on it from the start
 * is refused as soon as two exist (an empty value counts as a value: README, "Unique columns").
 */
function refuseEmptyClash(s: SpServices, schema: ListSchema): void {
  if (s.ctx.items.all(schema.list.id).length > 1) throw errors.fieldHasDuplicates();
}

/** AddFieldOptions.AddFieldToDefaultView. */
const ADD_FIELD_TO_DEFAULT_VIEW = 16;

/** SharePoint refuses to enforce unique values on a column that is not indexed (and to un-index one that is). */
const UNIQUE_NEEDS_INDEX = 'This field must be indexed to enforce unique values.';

const stringList = (v: unknown): string[] | undefined => unwrapResults(v)?.map(String);

/**
 * MERGE on a field: Title, Required, Indexed, EnforceUniqueValues, Description, DefaultValue, Choices, MaxLength,
 * CustomFormatter.
 */
export function updateField(s: SpServices, req: SpRequest, schema: ListSchema, f: FieldRecord): RouteResponse {
  requireManageLists(req.perms.listHas(schema, 'ManageLists'));
  const b = bodyObject(req);
  const indexed = typeof b.Indexed === 'boolean' ? b.Indexed : f.indexed;
  const unique = typeof b.EnforceUniqueValues === 'boolean' ? b.EnforceUniqueValues : f.unique;
  if (unique && !indexed) throw errors.badRequest(UNIQUE_NEEDS_INDEX);
  if (unique && !f.unique) s.writer.checkCanEnforceUnique(schema, restKeyOf(f));
  const choices = stringList(b.Choices);
  s.ctx.catalog.updateField(schema.list.id, f.internalName, {
    ...(typeof b.Title === 'string' ? { title: b.Title } : {}),
    ...(typeof b.Required === 'boolean' ? { required: b.Required } : {}),
    ...(typeof b.Indexed === 'boolean' ? { indexed: b.Indexed } : {}),
    ...(typeof b.EnforceUniqueValues === 'boolean' ? { unique: b.EnforceUniqueValues } : {}),
    ...(typeof b.Description === 'string' ? { description: b.Description } : {}),
    ...(typeof b.DefaultValue === 'string' || b.DefaultValue === null ? { defaultValue: b.DefaultValue } : {}),
    ...(choices && (f.kind === 'Choice' || f.kind === 'MultiChoice') ? { choices } : {}),
    ...(typeof b.MaxLength === 'number' && f.kind === 'Text' ? { maxLength: b.MaxLength } : {}),
    ...(typeof b.CustomFormatter === 'string' || b.CustomFormatter === null ? { customFormatter: b.CustomFormatter || null } : {}),
  });
  s.ctx.items.invalidate(schema.list.id);
  return { status: 204, headers: {} };
}
