import type { DirectoryUser } from '../contracts';
import type { FieldRecord, GroupRecord, ItemRecord, ListSchema, RoleDefinitionRecord } from '../store/types';
import type { ViewRecord } from '../store/views';
import type { SpContext } from './context';
import { SpError, SP_GENERIC, errors } from './errors';
import { argOf, parseArgs, type Args, type Segment } from './odata/path';
import type { SpRequest } from './request';

export type Securable = { readonly kind: 'web' } | { readonly kind: 'list'; readonly schema: ListSchema } | { readonly kind: 'item'; readonly schema: ListSchema; readonly item: ItemRecord };

/** What a REST path points at. */
export type Target =
  | { readonly kind: 'web' }
  | { readonly kind: 'lists' }
  | { readonly kind: 'list'; readonly schema: ListSchema }
  | { readonly kind: 'items'; readonly schema: ListSchema }
  | { readonly kind: 'item'; readonly schema: ListSchema; readonly item: ItemRecord }
  | { readonly kind: 'fields'; readonly schema: ListSchema }
  | { readonly kind: 'field'; readonly schema: ListSchema; readonly field: FieldRecord }
  /** A folder: `item` is its list item (none for a list's root folder or a folder made without one). */
  | { readonly kind: 'folder'; readonly schema: ListSchema; readonly path: string; readonly item?: ItemRecord }
  /** A folder path that does not exist (or that the user cannot see): SharePoint resolves it lazily. */
  | { readonly kind: 'missingFolder'; readonly path: string }
  | { readonly kind: 'folders'; readonly schema?: ListSchema; readonly path: string }
  | { readonly kind: 'views'; readonly schema: ListSchema }
  | { readonly kind: 'view'; readonly schema: ListSchema; readonly view: ViewRecord }
  | { readonly kind: 'viewFields'; readonly schema: ListSchema; readonly view: ViewRecord }
  | { readonly kind: 'roleAssignments'; readonly on: Securable }
  | { readonly kind: 'roleAssignment'; readonly on: Securable; readonly principalId: number }
  | { readonly kind: 'regionalSettings' }
  | { readonly kind: 'timeZone' }
  | { readonly kind: 'roleDefinitions' }
  | { readonly kind: 'roleDefinition'; readonly def: RoleDefinitionRecord }
  | { readonly kind: 'siteUsers' }
  | { readonly kind: 'user'; readonly user: DirectoryUser }
  | { readonly kind: 'siteGroups' }
  | { readonly kind: 'group'; readonly group: GroupRecord }
  | { readonly kind: 'groupUsers'; readonly group: GroupRecord }
  | { readonly kind: 'property'; readonly on: Target; readonly name: string }
  /** A method call (the last segment): breakroleinheritance, addroleassignment, ensureuser, addusingpath … */
  | { readonly kind: 'action'; readonly on: Target; readonly name: string; readonly args: Args };

const ACTIONS: Record<string, readonly string[]> = {
  web: ['ensureuser', 'breakroleinheritance', 'resetroleinheritance'],
  list: ['breakroleinheritance', 'resetroleinheritance', 'addvalidateupdateitemusingpath'],
  item: ['breakroleinheritance', 'resetroleinheritance', 'validateupdatelistitem', 'recycle'],
  roleAssignments: ['addroleassignment', 'removeroleassignment'],
  siteUsers: ['removebyid', 'removebyloginname'],
  siteGroups: ['removebyid', 'removebyloginname'],
  group: ['setuserasowner'],
  groupUsers: ['removebyid', 'removebyloginname'],
  folders: ['addusingpath', 'add'],
  folder: ['addsubfolderusingpath'],
  fields: ['addfield', 'createfieldasxml'],
  viewFields: ['addviewfield', 'removeviewfield', 'removeallviewfields', 'moveviewfieldto'],
};

const PROPERTIES = new Set(['hasuniqueroleassignments', 'effectivebasepermissions']);

export class Resolver {
  constructor(
    private readonly ctx: SpContext,
    private readonly req: SpRequest,
  ) {}

  private list(schema: ListSchema | undefined, label: string): Target {
    if (!schema || !this.req.perms.canSeeList(schema)) throw errors.listNotFound(label, this.ctx.siteUrl);
    return { kind: 'list', schema };
  }

  private item(schema: ListSchema, id: unknown): Target {
    const n = Number(id);
    const item = Number.isInteger(n) ? this.ctx.items.get(schema.list.id, n) : undefined;
    if (!item || !this.req.perms.canReadItem(schema, item)) throw errors.itemNotFound();
    return { kind: 'item', schema, item };
  }

  /**
   * A folder by server-relative path, in whichever list holds it. A path that does not exist, or that the user
   * cannot see, is a 'missingFolder': SharePoint answers 404 when it is read, except that `$select=Exists` gives
   * 200 `{ Exists: false }` (see the README).
   */
  folder(path: string): Target {
    const p = path.replace(/\/+$/, '');
    const missing: Target = { kind: 'missingFolder', path: p };
    const schema = this.ctx.catalog.all().find((s) => {
      const root = this.ctx.rootFolder(s).toLowerCase();
      return p.toLowerCase() === root || p.toLowerCase().startsWith(`${root}/`);
    });
    if (!schema) return missing;
    if (p.toLowerCase() === this.ctx.rootFolder(schema).toLowerCase()) {
      if (!this.req.perms.canSeeList(schema)) return missing;
      return { kind: 'folder', schema, path: this.ctx.rootFolder(schema) };
    }
    const item = this.ctx.items.folderByRef(schema.list.id, p);
    if (item) return this.req.perms.canReadItem(schema, item) ? { kind: 'folder', schema, path: this.ctx.fileRef(item), item } : missing;
    const itemless = this.ctx.itemlessFolders.get(schema.list.id, p);
    if (itemless && this.req.perms.listHas(schema, 'ViewListItems')) return { kind: 'folder', schema, path: itemless.path };
    return missing;
  }

  /** A person of the directory only when the site has met them (its user list, store/siteUsers.ts). */
  private siteUser(u: DirectoryUser | undefined): DirectoryUser | undefined {
    return u && this.ctx.siteUsers.has(u.spId) ? u : undefined;
  }

  private user(u: DirectoryUser | undefined): Target {
    if (!u) throw errors.userNotFound();
    return { kind: 'user', user: u };
  }

  private group(g: GroupRecord | undefined): Target {
    if (!g) throw errors.groupNotFound();
    return { kind: 'group', group: g };
  }

  private securable(t: Target): Securable | undefined {
    if (t.kind === 'web') return { kind: 'web' };
    if (t.kind === 'list') return { kind: 'list', schema: t.schema };
    if (t.kind === 'item') return { kind: 'item', schema: t.schema, item: t.item };
    return undefined;
  }

  /** Applies one path segment. */
  step(t: Target, seg: Segment, last: boolean): Target {
    const args = parseArgs(seg.args, this.req.query);
    const first = argOf(args, '', 0);
    const name = seg.lower;
    const actions = ACTIONS[t.kind];
    if (actions && actions.includes(name) && (last || seg.args !== undefined)) return { kind: 'action', on: t, name, args };
    if (PROPERTIES.has(name) && this.securable(t)) return { kind: 'property', on: t, name };
    const sec = this.securable(t);
    if (sec && name === 'roleassignments') {
      if (seg.args !== undefined) return { kind: 'roleAssignment', on: sec, principalId: Number(first) };
      return { kind: 'roleAssignments', on: sec };
    }
    if (sec && name === 'firstuniqueancestorsecurableobject') return t;
    switch (t.kind) {
      case 'web':
        switch (name) {
          case 'lists':
            if (seg.args !== undefined) return this.list(this.ctx.catalog.byId(String(first)), String(first));
            return { kind: 'lists' };
          case 'currentuser':
            return { kind: 'user', user: this.req.user };
          case 'siteusers':
            if (seg.args !== undefined) return this.user(this.siteUser(this.ctx.directory.findByLoginName(String(first))));
            return { kind: 'siteUsers' };
          case 'sitegroups':
            if (seg.args !== undefined) return this.group(this.ctx.groups.byId(Number(first)));
            return { kind: 'siteGroups' };
          case 'roledefinitions':
            return { kind: 'roleDefinitions' };
          case 'regionalsettings':
            return { kind: 'regionalSettings' };
          case 'associatedownergroup':
          case 'associatedmembergroup':
          case 'associatedvisitorgroup':
            return this.group(this.ctx.groups.byId(Number(this.ctx.setting(name) ?? NaN)));
          case 'getuserbyid':
            return this.user(this.siteUser(this.ctx.directory.findBySpId(Number(first))));
          case 'getfolderbyserverrelativepath':
          case 'getfolderbyserverrelativeurl':
            return this.folder(String(argOf(args, 'decodedurl', 0) ?? ''));
          case 'getlist':
            return this.list(this.ctx.catalog.byUrl(String(argOf(args, 'strurl', 0) ?? ''), this.ctx.site.sitePath), String(first));
          case 'folders':
            return { kind: 'folders', path: this.ctx.site.sitePath };
        }
        break;
      case 'lists':
        if (name === 'getbytitle') return this.list(this.ctx.catalog.byTitle(String(first)), String(first));
        if (name === 'getbyid') return this.list(this.ctx.catalog.byId(String(first)), String(first));
        break;
      case 'list':
        switch (name) {
          case 'items':
            if (seg.args !== undefined) return this.item(t.schema, first);
            return { kind: 'items', schema: t.schema };
          case 'getitembyid':
            return this.item(t.schema, first);
          case 'fields':
            if (seg.args !== undefined) return this.field(t.schema, String(first));
            return { kind: 'fields', schema: t.schema };
          case 'rootfolder':
            return { kind: 'folder', schema: t.schema, path: this.ctx.rootFolder(t.schema) };
          case 'views':
            if (seg.args !== undefined) return this.view(t.schema, this.ctx.views.byId(t.schema.list.id, String(first)));
            return { kind: 'views', schema: t.schema };
          case 'defaultview':
            return this.view(t.schema, this.ctx.views.ofList(t.schema.list.id).find((v) => v.defaultView));
        }
        break;
      case 'views':
        if (name === 'getbytitle') return this.view(t.schema, this.ctx.views.byTitle(t.schema.list.id, String(first)));
        if (name === 'getbyid') return this.view(t.schema, this.ctx.views.byId(t.schema.list.id, String(first)));
        break;
      case 'view':
        if (name === 'viewfields') return { kind: 'viewFields', schema: t.schema, view: t.view };
        break;
      case 'items':
        if (name === 'getbyid') return this.item(t.schema, first);
        break;
      case 'fields':
        if (name === 'getbyinternalnameortitle' || name === 'getbytitle' || name === 'getbyid') return this.field(t.schema, String(first));
        break;
      case 'folder':
        if (name === 'folders') return { kind: 'folders', schema: t.schema, path: t.path };
        if (name === 'listitemallfields') {
          if (!t.item) return { kind: 'property', on: t, name: 'listitemallfields' };
          return { kind: 'item', schema: t.schema, item: t.item };
        }
        break;
      case 'folders':
        if (name === 'getbyurl' || name === '') return this.folder(`${t.path}/${String(first)}`);
        break;
      case 'regionalSettings':
        if (name === 'timezone') return { kind: 'timeZone' };
        break;
      case 'missingFolder':
        // Navigating from a folder that does not exist does not fail by itself (its sub-folders are an empty
        // collection, its list item null); reading the folder does.
        if (name === 'folders' || name === 'listitemallfields') return { kind: 'property', on: t, name };
        throw errors.fileNotFound();
      case 'roleDefinitions': {
        const roles = this.ctx.roles;
        const def = name === 'getbyname' ? roles.byName(String(first)) : name === 'getbyid' ? roles.byId(Number(first)) : name === 'getbytype' ? roles.byType(Number(first)) : undefined;
        if (name === 'getbyname' || name === 'getbyid' || name === 'getbytype') {
          if (!def) throw errors.notFound(seg.name);
          return { kind: 'roleDefinition', def };
        }
        break;
      }
      case 'roleAssignments':
        if (name === 'getbyprincipalid') return { kind: 'roleAssignment', on: t.on, principalId: Number(first) };
        break;
      case 'siteUsers':
        if (name === 'getbyid') return this.user(this.siteUser(this.ctx.directory.findBySpId(Number(first))));
        if (name === 'getbyemail') return this.user(this.siteUser(this.ctx.directory.findByEmail(String(first))));
        if (name === 'getbyloginname') return this.user(this.siteUser(this.ctx.directory.findByLoginName(String(first))));
        break;
      case 'siteGroups':
        if (name === 'getbyid') return this.group(this.ctx.groups.byId(Number(first)));
        if (name === 'getbyname') return this.group(this.ctx.groups.byTitle(String(first)));
        break;
      case 'group':
        if (name === 'users') return { kind: 'groupUsers', group: t.group };
        if (name === 'owner') return { kind: 'property', on: t, name: 'owner' };
        break;
      case 'groupUsers':
        if (name === 'getbyid') return this.user(this.ctx.directory.findBySpId(Number(first)));
        if (name === 'getbyemail') return this.user(this.ctx.directory.findByEmail(String(first)));
        break;
      case 'user':
        if (name === 'groups') return { kind: 'property', on: t, name: 'groups' };
        break;
    }
    throw errors.notFound(seg.name);
  }

  private view(schema: ListSchema, v: ViewRecord | undefined): Target {
    if (!v) throw new SpError(404, SP_GENERIC, 'The specified view is invalid.');
    return { kind: 'view', schema, view: v };
  }

  private field(schema: ListSchema, nameOrId: string): Target {
    const f = schema.byName.get(nameOrId.toLowerCase()) ?? schema.fields.find((x) => x.id === nameOrId || x.title.toLowerCase() === nameOrId.toLowerCase());
    if (!f) throw errors.columnMissing(nameOrId);
    return { kind: 'field', schema, field: f };
  }
}
