import type { RouteResponse } from '../../contracts';
import { ROLE } from '../../store/roles';
import type { RoleDefinitionRecord } from '../../store/types';
import { scopeKey } from '../../store/types';
import { SpError, errors, SP_GENERIC } from '../errors';
import { argOf, type Args } from '../odata/path';
import { bodyObject, collection, entity, json, primitive, type SpRequest } from '../request';
import type { SpServices } from '../services';
import type { Securable } from '../targets';
import { principalJson } from './principals';

export function ownScope(on: Securable): string {
  if (on.kind === 'web') return 'web';
  if (on.kind === 'list') return scopeKey({ kind: 'list', listId: on.schema.list.id });
  return scopeKey({ kind: 'item', listId: on.schema.list.id, itemId: on.item.id });
}

/** The scope whose role assignments apply (the object's own when unique, else its nearest unique ancestor). */
export function effectiveScope(req: SpRequest, on: Securable): string {
  if (on.kind === 'web') return 'web';
  if (on.kind === 'list') return req.perms.listScope(on.schema);
  return req.perms.itemScope(on.schema, on.item);
}

/** The scope an object inherits from (used by breakroleinheritance(copyRoleAssignments=true)). */
function parentScope(req: SpRequest, s: SpServices, on: Securable): string {
  if (on.kind === 'web') return 'web';
  if (on.kind === 'list') return 'web';
  const own = ownScope(on);
  if (!s.ctx.security.isUnique(own)) return req.perms.itemScope(on.schema, on.item);
  const parentFolder = s.ctx.items.folderByRef(on.schema.list.id, on.item.dir);
  return parentFolder ? req.perms.itemScope(on.schema, parentFolder) : req.perms.listScope(on.schema);
}

const requireManage = (req: SpRequest, on: Securable): void => {
  if (!req.perms.hasOnScope(effectiveScope(req, on), 'ManagePermissions')) throw errors.accessDenied();
};

/**
 * Reading role assignments needs Enumerate Permissions, which Read, Contribute and Edit do not include (only Full
 * Control among the built-in levels; learn.microsoft.com "User permissions and permission levels in SharePoint").
 * The emulator's levels that hold it are exactly those that hold Manage Permissions.
 */
const requireEnumerate = requireManage;

export function roleDefinitionJson(r: RoleDefinitionRecord): Record<string, unknown> {
  return {
    'odata.type': 'SP.RoleDefinition',
    BasePermissions: { High: String(r.high), Low: String(r.low) },
    Description: r.description,
    Hidden: false,
    Id: r.id,
    Name: r.name,
    Order: r.order,
    RoleTypeKind: r.roleTypeKind,
  };
}

export function getRoleDefinitions(s: SpServices, req: SpRequest): RouteResponse {
  return collection(req, s.ctx.roles.all().map(roleDefinitionJson));
}

export function getRoleDefinition(req: SpRequest, r: RoleDefinitionRecord): RouteResponse {
  return entity(req, roleDefinitionJson(r));
}

/** BasePermissions { High, Low } as SharePoint accepts it: unsigned 32-bit decimal strings (or numbers). */
function maskFrom(v: unknown): { high: number; low: number } | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const { High, Low } = v as { High?: unknown; Low?: unknown };
  const half = (x: unknown): number | undefined => {
    const n = typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : typeof x === 'number' ? x : NaN;
    return Number.isInteger(n) && n >= 0 && n <= 0xffffffff ? n : undefined;
  };
  const high = half(High);
  const low = half(Low);
  return high === undefined || low === undefined ? undefined : { high, low };
}

/**
 * POST web/roleDefinitions { Name, Description, Order, BasePermissions: { High, Low } }: a custom permission
 * level. Needs Manage Permissions on the web; names are unique (case-insensitive), as in SharePoint.
 */
export function addRoleDefinition(s: SpServices, req: SpRequest): RouteResponse {
  if (!req.perms.webHas('ManagePermissions')) throw errors.accessDenied();
  const b = bodyObject(req);
  const name = typeof b.Name === 'string' ? b.Name.trim() : '';
  if (name === '') throw errors.badRequest('The parameter Name is required.');
  const mask = maskFrom(b.BasePermissions);
  if (!mask) throw errors.badRequest('BasePermissions must be { High, Low }: unsigned 32-bit numbers as strings.');
  if (s.ctx.roles.byName(name)) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'A permission level with that name already exists.');
  const order = typeof b.Order === 'number' ? b.Order : 1000;
  const created = s.ctx.roles.add({ name, description: typeof b.Description === 'string' ? b.Description : '', order, ...mask });
  return entity(req, roleDefinitionJson(created), 201);
}

/** MERGE on a role definition: Name, Description, Order, BasePermissions (built-in levels cannot be changed). */
export function updateRoleDefinition(s: SpServices, req: SpRequest, r: RoleDefinitionRecord): RouteResponse {
  if (!req.perms.webHas('ManagePermissions')) throw errors.accessDenied();
  if (r.roleTypeKind !== 0) throw new SpError(400, SP_GENERIC, 'You cannot change a built-in permission level.');
  const b = bodyObject(req);
  const mask = b.BasePermissions === undefined ? undefined : maskFrom(b.BasePermissions);
  if (b.BasePermissions !== undefined && !mask) throw errors.badRequest('BasePermissions must be { High, Low }.');
  s.ctx.roles.update(r.id, {
    ...(typeof b.Name === 'string' ? { name: b.Name } : {}),
    ...(typeof b.Description === 'string' ? { description: b.Description } : {}),
    ...(typeof b.Order === 'number' ? { order: b.Order } : {}),
    ...(mask ?? {}),
  });
  return { status: 204, headers: {} };
}

function assignmentJson(s: SpServices, req: SpRequest, principalId: number, roleIds: number[]): Record<string, unknown> {
  const expand = (req.query.get('$expand') ?? '').toLowerCase();
  const out: Record<string, unknown> = { PrincipalId: principalId };
  if (expand.includes('member')) out.Member = principalJson(s, principalId);
  if (expand.includes('roledefinitionbindings')) {
    const bindings = roleIds.map((id) => s.ctx.roles.byId(id)).filter((r): r is RoleDefinitionRecord => !!r).map(roleDefinitionJson);
    out.RoleDefinitionBindings = req.metadata === 'verbose' ? { results: bindings } : bindings;
  }
  return out;
}

function grouped(s: SpServices, scope: string): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const a of s.ctx.security.assignments(scope)) map.set(a.principalId, [...(map.get(a.principalId) ?? []), a.roleDefId]);
  return map;
}

export function getRoleAssignments(s: SpServices, req: SpRequest, on: Securable): RouteResponse {
  requireEnumerate(req, on);
  const rows = [...grouped(s, effectiveScope(req, on))].map(([pid, roles]) => assignmentJson(s, req, pid, roles));
  return collection(req, rows);
}

export function getRoleAssignment(s: SpServices, req: SpRequest, on: Securable, principalId: number): RouteResponse {
  requireEnumerate(req, on);
  const roles = grouped(s, effectiveScope(req, on)).get(principalId);
  if (!roles) throw new SpError(404, SP_GENERIC, `Can not find the principal with id: ${principalId}.`);
  return entity(req, assignmentJson(s, req, principalId, roles));
}

export function deleteRoleAssignment(s: SpServices, req: SpRequest, on: Securable, principalId: number): RouteResponse {
  requireManage(req, on);
  const own = ownScope(on);
  if (!s.ctx.security.isUnique(own)) throw errors.inherits();
  s.ctx.security.remove(own, principalId);
  return { status: 200, headers: {}, body: '' };
}

/** A group of the site, or a person in its user list (SharePoint needs ensureUser before a person can be granted a role). */
function principalExists(s: SpServices, id: number): boolean {
  return (!!s.ctx.directory.findBySpId(id) && s.ctx.siteUsers.has(id)) || !!s.ctx.groups.byId(id);
}

/** addroleassignment / removeroleassignment(principalid=n, roledefid=n) on a uniquely-permissioned object. */
export function changeRoleAssignment(s: SpServices, req: SpRequest, on: Securable, name: string, args: Args): RouteResponse {
  requireManage(req, on);
  const principalId = Number(argOf(args, 'principalid', 0));
  const roleDefId = Number(argOf(args, 'roledefid', 1));
  const own = ownScope(on);
  if (!s.ctx.security.isUnique(own)) throw errors.inherits();
  if (!principalExists(s, principalId)) throw new SpError(400, SP_GENERIC, `Can not find the principal with id: ${principalId}.`);
  if (!s.ctx.roles.byId(roleDefId)) throw new SpError(400, SP_GENERIC, `Can not find the role definition with id: ${roleDefId}.`);
  if (name === 'addroleassignment') s.ctx.security.add(own, principalId, roleDefId);
  else s.ctx.security.remove(own, principalId, roleDefId);
  return json(200, { 'odata.null': true }, req.metadata);
}

/**
 * breakroleinheritance(copyRoleAssignments, clearSubscopes). Like SharePoint, breaking without copying
 * grants the calling user Full Control on the object, so they are not locked out of it.
 */
export function breakInheritance(s: SpServices, req: SpRequest, on: Securable, args: Args): RouteResponse {
  requireManage(req, on);
  const copy = argOf(args, 'copyroleassignments', 0) === true;
  const clear = argOf(args, 'clearsubscopes', 1) === true;
  const own = ownScope(on);
  if (!s.ctx.security.isUnique(own)) {
    const inherited = copy ? s.ctx.security.assignments(parentScope(req, s, on)) : [];
    s.ctx.security.setUnique(own, inherited);
    if (!copy) s.ctx.security.add(own, req.user.spId, ROLE.fullControl);
  }
  if (clear) {
    if (on.kind === 'web') s.ctx.security.clearUniqueUnder('', 'web');
    else if (on.kind === 'list') s.ctx.security.clearUniqueUnder(`item:${on.schema.list.id}:`, own);
    else if (on.item.fsType === 1) {
      const prefix = `${s.ctx.fileRef(on.item)}/`.toLowerCase();
      for (const child of s.ctx.items.all(on.schema.list.id)) {
        if (child.dir.toLowerCase() === prefix.slice(0, -1) || child.dir.toLowerCase().startsWith(prefix)) {
          s.ctx.security.clearUnique(scopeKey({ kind: 'item', listId: on.schema.list.id, itemId: child.id }));
        }
      }
    }
  }
  return json(200, { 'odata.null': true }, req.metadata);
}

export function resetInheritance(s: SpServices, req: SpRequest, on: Securable): RouteResponse {
  requireManage(req, on);
  if (on.kind === 'web') throw new SpError(400, SP_GENERIC, 'You cannot reset the permissions of the top-level site.');
  s.ctx.security.clearUnique(ownScope(on));
  return json(200, { 'odata.null': true }, req.metadata);
}

export function hasUnique(s: SpServices, req: SpRequest, on: Securable): RouteResponse {
  return primitive(req, 'HasUniqueRoleAssignments', on.kind === 'web' || s.ctx.security.isUnique(ownScope(on)));
}

/** EffectiveBasePermissions: the union of the masks of the roles the user holds on the object. */
export function effectivePermissions(req: SpRequest, on: Securable): RouteResponse {
  const mask = req.perms.maskOnScope(effectiveScope(req, on));
  const value = { High: String(mask.high >>> 0), Low: String(mask.low >>> 0) };
  return req.metadata === 'verbose' ? json(200, { d: { EffectiveBasePermissions: value } }, 'verbose') : json(200, value, req.metadata);
}
