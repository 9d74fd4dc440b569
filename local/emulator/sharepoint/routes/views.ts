/**
 * List views (SP.View): views (GET, POST), views/getByTitle|getById|('guid'), MERGE on a view, and its
 * ViewFields (GET, addViewField, removeViewField, removeAllViewFields, moveViewFieldTo). Creating or changing a
 * public view needs Manage Lists on the list, as in SharePoint.
 */
import type { RouteResponse } from '../../contracts';
import type { ListSchema } from '../../store/types';
import type { ViewRecord } from '../../store/views';
import { SpError, errors, SP_GENERIC } from '../errors';
import { argOf, type Args } from '../odata/path';
import { bodyObject, collection, entity, json, type SpRequest } from '../request';
import type { SpServices } from '../services';

/** Columns every list has, which a view may show though nobody added them. */
const BUILT_IN_VIEW_FIELDS = ['Title', 'LinkTitle', 'LinkTitleNoMenu', 'ID', 'Created', 'Modified', 'Author', 'Editor', 'Attachments', 'DocIcon', 'LinkFilename', 'FileLeafRef'];

/** The view SharePoint gives a new list: "All Items" (generic list) or "All Documents" (library). */
export function addDefaultView(s: SpServices, schema: ListSchema): void {
  const library = schema.list.baseTemplate === 101;
  s.ctx.views.add(schema.list.id, {
    title: library ? 'All Documents' : 'All Items',
    defaultView: true,
    fields: library ? ['DocIcon', 'LinkFilename', 'Modified', 'Editor'] : ['LinkTitle'],
  });
}

function viewFieldsJson(v: ViewRecord): Record<string, unknown> {
  return {
    'odata.type': 'SP.ViewFieldCollection',
    Items: [...v.fields],
    SchemaXml: `<FieldRef Name="${v.fields.join('" /><FieldRef Name="')}" />`,
  };
}

export function viewJson(s: SpServices, req: SpRequest, schema: ListSchema, v: ViewRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    'odata.type': 'SP.View',
    Id: v.id,
    Title: v.title,
    DefaultView: v.defaultView,
    PersonalView: false,
    Hidden: false,
    ViewQuery: v.query,
    RowLimit: v.rowLimit,
    Paged: v.paged,
    ServerRelativeUrl: `${s.ctx.rootFolder(schema)}/${schema.list.baseTemplate === 101 ? 'Forms/' : ''}${v.title.replace(/[^A-Za-z0-9]/g, '')}.aspx`,
  };
  const expand = (req.query.get('$expand') ?? '').toLowerCase().split(',').map((e) => e.trim());
  if (expand.includes('viewfields')) out.ViewFields = viewFieldsJson(v);
  return out;
}

const requireManageLists = (req: SpRequest, schema: ListSchema): void => {
  if (!req.perms.listHas(schema, 'ManageLists')) throw errors.accessDenied();
};

export function getViews(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  return collection(req, s.ctx.views.ofList(schema.list.id).map((v) => viewJson(s, req, schema, v)));
}

export function getView(s: SpServices, req: SpRequest, schema: ListSchema, v: ViewRecord): RouteResponse {
  return entity(req, viewJson(s, req, schema, v));
}

/** POST views { Title, PersonalView, ViewQuery, RowLimit, DefaultView }: a new public view showing the Title column. */
export function addView(s: SpServices, req: SpRequest, schema: ListSchema): RouteResponse {
  requireManageLists(req, schema);
  const b = bodyObject(req);
  const title = typeof b.Title === 'string' ? b.Title.trim() : '';
  if (title === '') throw errors.badRequest('The parameter Title is required.');
  if (b.PersonalView === true) throw errors.badRequest('Personal views are not supported by the emulator.');
  if (s.ctx.views.byTitle(schema.list.id, title)) throw new SpError(500, SP_GENERIC, `A view named "${title}" already exists in this list.`);
  const v = s.ctx.views.add(schema.list.id, {
    title,
    defaultView: b.DefaultView === true,
    query: typeof b.ViewQuery === 'string' ? b.ViewQuery : '',
    rowLimit: typeof b.RowLimit === 'number' ? b.RowLimit : 30,
    fields: [schema.list.baseTemplate === 101 ? 'LinkFilename' : 'LinkTitle'],
  });
  return entity(req, viewJson(s, req, schema, v), 201);
}

/** MERGE on a view: Title, ViewQuery, RowLimit, DefaultView (true only: a list always has one default view). */
export function updateView(s: SpServices, req: SpRequest, schema: ListSchema, v: ViewRecord): RouteResponse {
  requireManageLists(req, schema);
  const b = bodyObject(req);
  s.ctx.views.update(schema.list.id, v.id, {
    ...(typeof b.Title === 'string' ? { title: b.Title } : {}),
    ...(typeof b.ViewQuery === 'string' ? { query: b.ViewQuery } : {}),
    ...(typeof b.RowLimit === 'number' ? { rowLimit: b.RowLimit } : {}),
    ...(b.DefaultView === true ? { defaultView: true } : {}),
  });
  return { status: 204, headers: {} };
}

export function getViewFields(req: SpRequest, v: ViewRecord): RouteResponse {
  return entity(req, viewFieldsJson(v));
}

/** A column a view may show: one of the list's fields (by internal name or title) or a built-in column. */
function viewFieldName(schema: ListSchema, name: string): string {
  const f = schema.byName.get(name.toLowerCase()) ?? schema.fields.find((x) => x.title.toLowerCase() === name.toLowerCase());
  if (f) return f.internalName;
  const builtIn = BUILT_IN_VIEW_FIELDS.find((b) => b.toLowerCase() === name.toLowerCase());
  if (builtIn) return builtIn;
  throw new SpError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** viewFields/addViewField('x'), removeViewField('x'), removeAllViewFields, moveViewFieldTo { field, index }. */
export function changeViewFields(s: SpServices, req: SpRequest, schema: ListSchema, v: ViewRecord, action: string, args: Args): RouteResponse {
  requireManageLists(req, schema);
  let fields = [...v.fields];
  switch (action) {
    case 'addviewfield': {
      const name = viewFieldName(schema, String(argOf(args, 'strfield', 0) ?? ''));
      if (!fields.includes(name)) fields.push(name);
      break;
    }
    case 'removeviewfield': {
      const name = String(argOf(args, 'strfield', 0) ?? '').toLowerCase();
      fields = fields.filter((f) => f.toLowerCase() !== name);
      break;
    }
    case 'removeallviewfields':
      fields = [];
      break;
    case 'moveviewfieldto': {
      const b = bodyObject(req);
      const name = viewFieldName(schema, String(b.field ?? ''));
      const index = Number(b.index);
      fields = fields.filter((f) => f !== name);
      fields.splice(Number.isInteger(index) ? Math.max(0, Math.min(index, fields.length)) : fields.length, 0, name);
      break;
    }
    default:
      throw errors.notFound(action);
  }
  s.ctx.views.update(schema.list.id, v.id, { fields });
  return json(200, { 'odata.null': true }, req.metadata);
}
