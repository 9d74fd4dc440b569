import type { RouteResponse } from '../contracts';
import { errors } from './errors';
import type { Segment } from './odata/path';
import { collection, entity, json, type SpRequest } from './request';
import { addFolder, addSubFolder, deleteItemlessFolder, getFolder, getFolders, getMissingFolder, rootFolderItem } from './routes/folders';
import { addItem, addValidateUpdate, deleteItem, getItem, getItems, updateItem, validateUpdateItem } from './routes/items';
import { addField, addFieldAsXml, addList, deleteList, getField, getFields, getList, getLists, updateField, updateList } from './routes/lists';
import {
  addGroup,
  addGroupUser,
  addSiteUser,
  contextInfo,
  ensureUserRoute,
  getGroup,
  getGroupOwner,
  getGroups,
  getGroupUsers,
  getUser,
  getUsers,
  removeGroup,
  removeGroupUser,
  removeSiteUser,
  setGroupOwner,
  siteUsersOf,
  updateGroup,
  userGroups,
  webJson,
} from './routes/principals';
import {
  addRoleDefinition,
  breakInheritance,
  changeRoleAssignment,
  deleteRoleAssignment,
  effectivePermissions,
  getRoleAssignment,
  getRoleAssignments,
  getRoleDefinition,
  getRoleDefinitions,
  hasUnique,
  resetInheritance,
  updateRoleDefinition,
} from './routes/security';
import { getRegionalSettings, getTimeZone, regionalSettingsReadOnly } from './routes/regional';
import { EXECUTE_SITE_SCRIPT_ACTION, executeSiteScriptAction } from './routes/siteScripts';
import { addView, changeViewFields, getView, getViewFields, getViews, updateView } from './routes/views';
import type { SpServices } from './services';
import { getStorageEntity } from './routes/tenant';
import { moveFileByPath } from './routes/files';
import { parseArgs } from './odata/path';
import { ensureSitePagesLibrary, sitePagesRoute } from './routes/sitePages';
import { Resolver, type Securable, type Target } from './targets';

const isWrite = (m: string): boolean => m === 'MERGE' || m === 'PATCH' || m === 'PUT';

function securableOf(t: Target): Securable {
  if (t.kind === 'list') return { kind: 'list', schema: t.schema };
  if (t.kind === 'item') return { kind: 'item', schema: t.schema, item: t.item };
  return { kind: 'web' };
}

function handleAction(s: SpServices, req: SpRequest, t: Extract<Target, { kind: 'action' }>): RouteResponse {
  const on = t.on;
  switch (t.name) {
    case 'breakroleinheritance':
      return breakInheritance(s, req, securableOf(on), t.args);
    case 'resetroleinheritance':
      return resetInheritance(s, req, securableOf(on));
    case 'addroleassignment':
    case 'removeroleassignment':
      if (on.kind !== 'roleAssignments') break;
      return changeRoleAssignment(s, req, on.on, t.name, t.args);
    case 'ensureuser':
      return ensureUserRoute(s, req);
    case 'addvalidateupdateitemusingpath':
      if (on.kind !== 'list') break;
      return addValidateUpdate(s, req, on.schema);
    case 'validateupdatelistitem':
      if (on.kind !== 'item') break;
      return validateUpdateItem(s, req, on.schema, on.item);
    case 'recycle':
      if (on.kind !== 'item') break;
      return deleteItem(s, req, on.schema, on.item, true);
    case 'removebyid':
    case 'removebyloginname':
      if (on.kind === 'siteUsers') return removeSiteUser(s, req, t.name, t.args);
      if (on.kind === 'siteGroups') return removeGroup(s, req, t.name, t.args);
      if (on.kind === 'groupUsers') return removeGroupUser(s, req, on.group, t.name, t.args);
      break;
    case 'addusingpath':
    case 'add':
      if (on.kind !== 'folders') break;
      return addFolder(s, req, on.schema, on.path, t.args);
    case 'addsubfolderusingpath':
      if (on.kind !== 'folder') break;
      return addSubFolder(s, req, on.schema, on.path, on.item, t.args);
    case 'addfield':
      if (on.kind !== 'fields') break;
      return addField(s, req, on.schema, true);
    case 'createfieldasxml':
      if (on.kind !== 'fields') break;
      return addFieldAsXml(s, req, on.schema);
    case 'addviewfield':
    case 'removeviewfield':
    case 'removeallviewfields':
    case 'moveviewfieldto':
      if (on.kind !== 'viewFields') break;
      return changeViewFields(s, req, on.schema, on.view, t.name, t.args);
    case 'setuserasowner':
      if (on.kind !== 'group') break;
      return setGroupOwner(s, req, on.group, t.args);
  }
  throw errors.notFound(t.name);
}

function handleProperty(s: SpServices, req: SpRequest, t: Extract<Target, { kind: 'property' }>): RouteResponse {
  if (t.name === 'hasuniqueroleassignments') return hasUnique(s, req, securableOf(t.on));
  if (t.name === 'effectivebasepermissions') return effectivePermissions(req, securableOf(t.on));
  if (t.name === 'listitemallfields') return rootFolderItem(req);
  if (t.name === 'folders' && t.on.kind === 'missingFolder') return collection(req, []);
  if (t.name === 'groups' && t.on.kind === 'user') return userGroups(s, req, t.on.user);
  if (t.name === 'owner' && t.on.kind === 'group') return getGroupOwner(s, req, t.on.group);
  throw errors.notFound(t.name);
}

/** Answers a request on a resolved target. */
function handleTarget(s: SpServices, req: SpRequest, t: Target): RouteResponse {
  const m = req.method;
  if (t.kind === 'action') {
    if (m !== 'POST') throw errors.notFound(t.name);
    return handleAction(s, req, t);
  }
  if (t.kind === 'property') return handleProperty(s, req, t);
  switch (t.kind) {
    case 'web':
      if (m === 'GET') return entity(req, webJson(s));
      break;
    case 'lists':
      if (m === 'GET') return getLists(s, req);
      if (m === 'POST') return addList(s, req);
      break;
    case 'list':
      if (m === 'GET') return getList(s, req, t.schema);
      if (m === 'DELETE') return deleteList(s, req, t.schema);
      if (isWrite(m)) return updateList(s, req, t.schema);
      break;
    case 'items':
      if (m === 'GET') return getItems(s, req, t.schema);
      if (m === 'POST') return addItem(s, req, t.schema);
      break;
    case 'item':
      if (m === 'GET') return getItem(s, req, t.schema, t.item);
      if (isWrite(m)) return updateItem(s, req, t.schema, t.item);
      if (m === 'DELETE') return deleteItem(s, req, t.schema, t.item);
      break;
    case 'fields':
      if (m === 'GET') return getFields(s, req, t.schema);
      if (m === 'POST') return addField(s, req, t.schema, false);
      break;
    case 'field':
      if (m === 'GET') return getField(s, req, t.field);
      if (isWrite(m)) return updateField(s, req, t.schema, t.field);
      break;
    case 'folder':
      if (m === 'GET') return getFolder(s, req, t.schema, t.path, t.item);
      if (m === 'DELETE' && t.item) return deleteItem(s, req, t.schema, t.item);
      if (m === 'DELETE') return deleteItemlessFolder(s, req, t.schema, t.path);
      break;
    case 'folders':
      if (m === 'GET') return getFolders(s, req, t.schema, t.path);
      break;
    case 'missingFolder':
      if (m === 'GET') return getMissingFolder(req, t.path);
      throw errors.fileNotFound();
    case 'views':
      if (m === 'GET') return getViews(s, req, t.schema);
      if (m === 'POST') return addView(s, req, t.schema);
      break;
    case 'view':
      if (m === 'GET') return getView(s, req, t.schema, t.view);
      if (isWrite(m)) return updateView(s, req, t.schema, t.view);
      break;
    case 'viewFields':
      if (m === 'GET') return getViewFields(req, t.view);
      break;
    case 'roleAssignments':
      if (m === 'GET') return getRoleAssignments(s, req, t.on);
      break;
    case 'roleAssignment':
      if (m === 'GET') return getRoleAssignment(s, req, t.on, t.principalId);
      if (m === 'DELETE') return deleteRoleAssignment(s, req, t.on, t.principalId);
      break;
    case 'regionalSettings':
      if (m === 'GET') return getRegionalSettings(s, req);
      if (isWrite(m)) throw regionalSettingsReadOnly();
      break;
    case 'timeZone':
      if (m === 'GET') return getTimeZone(s, req);
      break;
    case 'roleDefinitions':
      if (m === 'GET') return getRoleDefinitions(s, req);
      if (m === 'POST') return addRoleDefinition(s, req);
      break;
    case 'roleDefinition':
      if (m === 'GET') return getRoleDefinition(req, t.def);
      if (isWrite(m)) return updateRoleDefinition(s, req, t.def);
      break;
    case 'siteUsers':
      if (m === 'GET') return getUsers(req, siteUsersOf(s));
      if (m === 'POST') return addSiteUser(s, req);
      break;
    case 'user':
      if (m === 'GET') return getUser(req, t.user);
      break;
    case 'siteGroups':
      if (m === 'GET') return getGroups(s, req);
      if (m === 'POST') return addGroup(s, req);
      break;
    case 'group':
      if (m === 'GET') return getGroup(s, req, t.group);
      if (isWrite(m)) return updateGroup(s, req, t.group);
      break;
    case 'groupUsers':
      if (m === 'GET') return getGroupUsers(s, req, t.group);
      if (m === 'POST') return addGroupUser(s, req, t.group);
      break;
  }
  throw errors.notFound(`${m} ${req.url.pathname}`);
}

/** Dispatches a request under …/_api/ (segments after _api), except $batch which the part handles. */
export function dispatch(s: SpServices, req: SpRequest, segments: Segment[]): RouteResponse {
  const [first, ...rest] = segments;
  if (!first) throw errors.notFound('/_api/');
  // A form digest only for someone with access to the site (SharePoint: 403, "Attempted to perform an unauthorized operation.").
  if (first.lower === 'contextinfo') {
    if (!req.perms.canSeeSite()) throw errors.unauthorizedOperation();
    return contextInfo(s, req);
  }
  if (!req.perms.canSeeSite()) throw errors.accessDenied();
  s.ctx.siteUsers.add(req.user.spId); // a first visit puts the person in the site's user list
  let target: Target;
  if (first.lower === 'web' && rest.length === 1 && rest[0].lower === 'getstorageentity') return getStorageEntity(s, req, rest[0]);
  if (first.lower === 'sitepages') return sitePagesRoute(s, req, rest);
  if (first.lower === 'sp.movecopyutil.movefilebypath' && rest.length === 0) return moveFileByPath(s, req, parseArgs(first.args, req.query));
  if (first.lower === 'lists' && rest.length === 1 && rest[0].lower === 'ensureclientrenderedsitepageslibrary') return ensureSitePagesLibrary(s, req);
  if (first.lower === EXECUTE_SITE_SCRIPT_ACTION && rest.length === 0) return executeSiteScriptAction(s, req);
  if (first.lower === 'web') target = { kind: 'web' };
  else if (first.lower === 'site') {
    if (rest.length === 0) return entity(req, { 'odata.type': 'SP.Site', Id: s.ctx.setting('siteId'), Url: s.ctx.siteUrl, ServerRelativeUrl: s.ctx.site.sitePath });
    if (rest[0].lower !== 'rootweb') throw errors.notFound(rest[0].name);
    rest.shift();
    target = { kind: 'web' };
  } else if (first.lower === 'sp.userprofiles.peoplemanager') {
    return json(200, { 'odata.null': true }, req.metadata);
  } else throw errors.notFound(first.name);
  const resolver = new Resolver(s.ctx, req);
  rest.forEach((seg, i) => {
    target = resolver.step(target, seg, i === rest.length - 1);
  });
  return handleTarget(s, req, target);
}
