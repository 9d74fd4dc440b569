import { FORM_DIGEST_TIMEOUT_SECONDS, issueFormDigest } from '../formDigest';
import type { DirectoryUser, RouteResponse } from '../../contracts';
import type { GroupRecord } from '../../store/types';
import { SITE_COLLECTION_ADMINS_KEY } from '../../store/siteSeeder';
import { SpError, errors, SP_GENERIC } from '../errors';
import { filterEntities } from '../odata/objectFilter';
import { argOf, type Args } from '../odata/path';
import { bodyObject, collection, entity, json, type SpRequest } from '../request';
import type { SpServices } from '../services';

export function userJson(u: DirectoryUser, isSiteAdmin = false): Record<string, unknown> {
  return {
    'odata.type': 'SP.User',
    Id: u.spId,
    IsHiddenInUI: false,
    LoginName: u.loginName,
    Title: u.displayName,
    PrincipalType: 1,
    Email: u.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: isSiteAdmin,
    UserId: { NameId: u.aadId.replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: u.userType === 'Guest' ? u.loginName.slice(u.loginName.lastIndexOf('|') + 1) : u.email,
  };
}

export function groupJson(s: SpServices, g: GroupRecord): Record<string, unknown> {
  const owner = g.ownerId !== undefined ? (s.ctx.groups.byId(g.ownerId)?.title ?? s.ctx.directory.findBySpId(g.ownerId)?.displayName) : undefined;
  return {
    'odata.type': 'SP.Group',
    Id: g.id,
    IsHiddenInUI: false,
    LoginName: g.title,
    Title: g.title,
    PrincipalType: 8,
    AllowMembersEditMembership: g.allowMembersEditMembership,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: g.description,
    OnlyAllowMembersViewMembership: g.onlyAllowMembersViewMembership,
    OwnerTitle: owner ?? g.title,
    RequestToJoinLeaveEmailSetting: null,
  };
}

/** A user or a group as the Member of a role assignment. */
export function principalJson(s: SpServices, id: number): Record<string, unknown> | null {
  const u = s.ctx.directory.findBySpId(id);
  if (u) return userJson(u);
  const g = s.ctx.groups.byId(id);
  return g ? groupJson(s, g) : null;
}

const requireManageWeb = (req: SpRequest): void => {
  if (!req.perms.webHas('ManagePermissions')) throw errors.accessDenied();
};

export function webJson(s: SpServices): Record<string, unknown> {
  const { ctx } = s;
  return {
    'odata.type': 'SP.Web',
    'odata.id': `${ctx.siteUrl}/_api/Web`,
    'odata.editLink': 'Web',
    Id: ctx.setting('webId'),
    Title: ctx.setting('title') ?? 'Pathways Hub',
    Description: ctx.setting('description') ?? '',
    Url: ctx.siteUrl,
    ServerRelativeUrl: ctx.site.sitePath,
    Language: 1033, // the site's UI language (English); the regional locale is web/RegionalSettings
    WebTemplate: 'STS',
    Created: ctx.setting('created'),
    LastItemModifiedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

export function contextInfo(s: SpServices, req: SpRequest): RouteResponse {
  const info = {
    FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueFormDigest(s.ctx.siteUrl),
    LibraryVersion: '16.0.25716.12004',
    SiteFullUrl: s.ctx.siteUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: s.ctx.siteUrl,
  };
  if (req.metadata === 'verbose') {
    return json(200, { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...info, SupportedSchemaVersions: { results: info.SupportedSchemaVersions } } } }, 'verbose');
  }
  return json(200, info, req.metadata);
}

/**
 * A collection of users (the site's, a group's): `$filter` on their properties (e.g. `PrincipalType eq 1`) and
 * `$select` of them, as SharePoint answers an SP.UserCollection.
 */
export function getUsers(req: SpRequest, users: DirectoryUser[]): RouteResponse {
  const rows = filterEntities(users.map((u) => userJson(u)), req.query.get('$filter'));
  const select = (req.query.get('$select') ?? '').split(',').map((f) => f.trim()).filter((f) => f !== '' && f !== '*');
  if (select.length === 0) return collection(req, rows);
  const wanted = new Set(select.map((f) => f.toLowerCase()));
  return collection(req, rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k.startsWith('odata.') || wanted.has(k.toLowerCase())))));
}

/** The site's user list (User Information List), in the order the site met each person: not the tenant's directory. */
export function siteUsersOf(s: SpServices): DirectoryUser[] {
  return s.ctx.siteUsers.ids().map((id) => s.ctx.directory.findBySpId(id)).filter((u): u is DirectoryUser => !!u);
}

export function getUser(req: SpRequest, u: DirectoryUser): RouteResponse {
  return entity(req, userJson(u));
}

export function userGroups(s: SpServices, req: SpRequest, u: DirectoryUser): RouteResponse {
  const ids = s.ctx.security.principalsOf(u.spId).slice(1);
  return collection(req, ids.map((id) => s.ctx.groups.byId(id)).filter((g): g is GroupRecord => !!g).map((g) => groupJson(s, g)));
}

/**
 * web/ensureuser {logonName}: finds a person who is already in the tenant's directory (a member, or a guest
 * who was invited) and adds them to the site's users (its User Information List: siteUsers answers them from then on). SharePoint Online does not create B2B guests: an address
 * that is not yet a user or guest of the tenant is refused ("The specified user … could not be found.";
 * pnp/powershell#4143), until it is invited (Graph POST /invitations, or SharePoint's sharing).
 */
export function ensureUser(s: SpServices, req: SpRequest, logonName: string): DirectoryUser {
  if (!req.perms.webHas('AddListItems')) throw errors.accessDenied();
  const found = s.ctx.directory.findByLoginName(logonName);
  if (found) {
    s.ctx.siteUsers.add(found.spId);
    return found;
  }
  throw new SpError(400, SP_GENERIC, `The specified user ${logonName} could not be found.`);
}

export function ensureUserRoute(s: SpServices, req: SpRequest): RouteResponse {
  const body = bodyObject(req);
  const logon = body.logonName ?? body.LogonName;
  if (typeof logon !== 'string') throw errors.badRequest('The parameter logonName is required.');
  return entity(req, userJson(ensureUser(s, req, logon)));
}

function loginFromBody(req: SpRequest): string {
  const body = bodyObject(req);
  const login = body.LoginName ?? body.loginName;
  if (typeof login !== 'string') throw errors.badRequest('The parameter LoginName is required.');
  return login;
}

export function addSiteUser(s: SpServices, req: SpRequest): RouteResponse {
  return entity(req, userJson(ensureUser(s, req, loginFromBody(req))), 201);
}

/**
 * siteUsers/removeById(n) or removeByLoginName(@v): the user leaves the site's user list, its groups and its role
 * assignments (someone the site has not met: User cannot be found).
 */
export function removeSiteUser(s: SpServices, req: SpRequest, name: string, args: Args): RouteResponse {
  requireManageWeb(req);
  const key = argOf(args, '', 0);
  const u = name === 'removebyid' ? s.ctx.directory.findBySpId(Number(key)) : s.ctx.directory.findByLoginName(String(key));
  if (!u || !s.ctx.siteUsers.has(u.spId)) throw errors.userNotFound();
  s.ctx.siteUsers.remove(u.spId);
  for (const gid of s.ctx.security.principalsOf(u.spId).slice(1)) s.ctx.groups.removeMember(gid, u.spId);
  s.ctx.db.prepare('DELETE FROM role_assignments WHERE principal_id = ?').run(u.spId);
  return json(200, { 'odata.null': true }, req.metadata);
}

export function getGroups(s: SpServices, req: SpRequest): RouteResponse {
  return collection(req, s.ctx.groups.all().map((g) => groupJson(s, g)));
}

export function getGroup(s: SpServices, req: SpRequest, g: GroupRecord): RouteResponse {
  return entity(req, groupJson(s, g));
}

const boolOf = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);

/** POST web/siteGroups: needs Create Groups on the site; the creator becomes the group's owner (SharePoint's default). */
export function addGroup(s: SpServices, req: SpRequest): RouteResponse {
  if (!req.perms.webHas('CreateGroups')) throw errors.accessDenied();
  const body = bodyObject(req);
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '') throw errors.badRequest('The parameter Title is required.');
  if (s.ctx.groups.byTitle(title)) throw new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.');
  const g = s.ctx.groups.create(title.trim(), typeof body.Description === 'string' ? body.Description : '', req.user.spId);
  s.ctx.groups.update(g.id, {
    ...(boolOf(body.AllowMembersEditMembership) !== undefined ? { allowMembersEditMembership: boolOf(body.AllowMembersEditMembership) } : {}),
    ...(boolOf(body.OnlyAllowMembersViewMembership) !== undefined ? { onlyAllowMembersViewMembership: boolOf(body.OnlyAllowMembersViewMembership) } : {}),
  });
  return entity(req, groupJson(s, s.ctx.groups.byId(g.id) ?? g), 201);
}

/** MERGE on a group: Title, Description and its membership settings, by its owner or a permissions manager. */
export function updateGroup(s: SpServices, req: SpRequest, g: GroupRecord): RouteResponse {
  if (!canManageGroup(s, req, g)) throw errors.accessDenied();
  const body = bodyObject(req);
  s.ctx.groups.update(g.id, {
    ...(typeof body.Title === 'string' ? { title: body.Title } : {}),
    ...(typeof body.Description === 'string' ? { description: body.Description } : {}),
    ...(boolOf(body.AllowMembersEditMembership) !== undefined ? { allowMembersEditMembership: boolOf(body.AllowMembersEditMembership) } : {}),
    ...(boolOf(body.OnlyAllowMembersViewMembership) !== undefined ? { onlyAllowMembersViewMembership: boolOf(body.OnlyAllowMembersViewMembership) } : {}),
  });
  return { status: 204, headers: {} };
}

/** siteGroups(n)/SetUserAsOwner(id): a user or a group (by principal id) becomes the owner. */
export function setGroupOwner(s: SpServices, req: SpRequest, g: GroupRecord, args: Args): RouteResponse {
  if (!canManageGroup(s, req, g)) throw errors.accessDenied();
  const ownerId = Number(argOf(args, 'ownerid', 0));
  if (!s.ctx.directory.findBySpId(ownerId) && !s.ctx.groups.byId(ownerId)) throw errors.userNotFound();
  s.ctx.groups.setOwner(g.id, ownerId);
  return json(200, { 'odata.null': true }, req.metadata);
}

/** siteGroups(n)/owner: the owning user or group. */
export function getGroupOwner(s: SpServices, req: SpRequest, g: GroupRecord): RouteResponse {
  const owner = g.ownerId === undefined ? null : principalJson(s, g.ownerId);
  if (!owner) throw errors.userNotFound();
  return entity(req, owner);
}

export function removeGroup(s: SpServices, req: SpRequest, name: string, args: Args): RouteResponse {
  const key = argOf(args, '', 0);
  const g = name === 'removebyid' ? s.ctx.groups.byId(Number(key)) : s.ctx.groups.byTitle(String(key));
  if (!g) throw errors.groupNotFound();
  if (!canManageGroup(s, req, g)) throw errors.accessDenied();
  s.ctx.groups.delete(g.id);
  return json(200, { 'odata.null': true }, req.metadata);
}

export function getGroupUsers(s: SpServices, req: SpRequest, g: GroupRecord): RouteResponse {
  if (!canViewMembership(s, req, g)) throw errors.accessDenied();
  const users = s.ctx.groups.memberIds(g.id).map((id) => s.ctx.directory.findBySpId(id)).filter((u): u is DirectoryUser => !!u);
  return getUsers(req, users);
}

/** Site collection administrators (the site's creator): they may manage every group of the site collection. */
function isSiteCollectionAdmin(s: SpServices, req: SpRequest): boolean {
  const raw = s.ctx.setting(SITE_COLLECTION_ADMINS_KEY);
  return raw !== undefined && (JSON.parse(raw) as number[]).includes(req.user.spId);
}

/**
 * Who may change a group (its members, settings, owner) or delete it: its owner (a user, or any member of the
 * owning group), a site collection administrator, and the group's own members when AllowMembersEditMembership is
 * set (SP.Group.CanCurrentUserEditMembership / CanCurrentUserManageGroup). Full Control or Manage Permissions on
 * the site is not enough: a SharePoint group belongs to the site collection, not to the site, and is administered
 * by its owner ("the Group Owner of a SharePoint group has permission to add / remove users from a group"; "Site
 * Collection Administrators can always modify any group membership"). So the strictest reading is emulated.
 */
function canManageGroup(s: SpServices, req: SpRequest, g: GroupRecord): boolean {
  if (isSiteCollectionAdmin(s, req)) return true;
  if (g.ownerId === undefined) return false;
  if (g.ownerId === req.user.spId) return true;
  const mine = s.ctx.security.principalsOf(req.user.spId);
  return mine.includes(g.ownerId) || (g.allowMembersEditMembership === true && mine.includes(g.id));
}

/**
 * OnlyAllowMembersViewMembership: only the group's members, its owner(s) and site collection administrators may
 * list its members (SP.Group.CanCurrentUserViewMembership); anyone else gets Access denied.
 */
function canViewMembership(s: SpServices, req: SpRequest, g: GroupRecord): boolean {
  if (!g.onlyAllowMembersViewMembership) return true;
  return canManageGroup(s, req, g) || s.ctx.security.principalsOf(req.user.spId).includes(g.id);
}

export function addGroupUser(s: SpServices, req: SpRequest, g: GroupRecord): RouteResponse {
  if (!canManageGroup(s, req, g)) throw errors.accessDenied();
  const login = loginFromBody(req);
  const u = s.ctx.directory.findByLoginName(login);
  if (!u) throw new SpError(400, SP_GENERIC, 'The user does not exist or is not unique.');
  s.ctx.groups.addMember(g.id, u.spId);
  return entity(req, userJson(u), 201);
}

export function removeGroupUser(s: SpServices, req: SpRequest, g: GroupRecord, name: string, args: Args): RouteResponse {
  if (!canManageGroup(s, req, g)) throw errors.accessDenied();
  const key = argOf(args, '', 0);
  const u = name === 'removebyid' ? s.ctx.directory.findBySpId(Number(key)) : s.ctx.directory.findByLoginName(String(key));
  if (!u) throw errors.userNotFound();
  s.ctx.groups.removeMember(g.id, u.spId);
  return json(200, { 'odata.null': true }, req.metadata);
}
