/** GET /me, GET /users (with $filter/$select/$top) and GET /users/{id | userPrincipalName}. */
import type { DirectoryUser, RouteResponse } from '../contracts';
import type { GraphCall, TenantInfo } from './graphCall';
import { GRAPH_CONTEXT_BASE, graphError, graphJson } from './http';
import { queryCollection, selectFields } from './odataQuery';

/** Properties Graph v1.0 returns for a user when there is no $select. */
const DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

/** The user principal name Entra gives a person: members sign in with their address, guests get #EXT#. */
export function userPrincipalName(user: DirectoryUser, tenant: TenantInfo): string {
  if (user.userType === 'Member') return user.email;
  return `${user.email.replace('@', '_')}#EXT#@${tenant.domain}`;
}

/** Every property the emulator knows for a user ($select can reach all of them). */
export function fullUser(user: DirectoryUser, tenant: TenantInfo): Record<string, unknown> {
  const [givenName, ...rest] = user.displayName.split(' ');
  return {
    businessPhones: [],
    displayName: user.displayName,
    givenName: givenName || null,
    jobTitle: user.jobTitle ?? null,
    mail: user.email,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: user.userType === 'Member' ? 'en-GB' : null,
    surname: rest.length > 0 ? rest.join(' ') : null,
    userPrincipalName: userPrincipalName(user, tenant),
    id: user.aadId,
    userType: user.userType,
    accountEnabled: true,
    mailNickname: user.email.split('@')[0],
    otherMails: user.userType === 'Guest' ? [user.email] : [],
  };
}

/**
 * What User.ReadBasic.All lets an app read of OTHER users, the "basic profile": display name, first and last
 * name, e-mail address, user principal name and id (learn.microsoft.com/graph/permissions-reference; Microsoft Q&A
 * 285432). Pathways Hub's package asks for no more, and SPFx is granted no more than the package asks for, so any
 * other property ($select=userType, jobTitle …) is simply not returned.
 */
const BASIC_PROFILE = new Set(['id', 'displayName', 'givenName', 'surname', 'mail', 'userPrincipalName']);

function basicOnly(u: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(u).filter(([k]) => BASIC_PROFILE.has(k) || k.startsWith('@odata')));
}

function present(user: DirectoryUser, tenant: TenantInfo, select: string | null, basic = false): Record<string, unknown> {
  const full = fullUser(user, tenant);
  const shown = select ? selectFields(full, select) : Object.fromEntries(DEFAULT_PROPERTIES.map((k) => [k, full[k]]));
  return basic ? basicOnly(shown) : shown;
}

export function getMe(call: GraphCall): RouteResponse {
  const tenant = call.services.tenant();
  const body = { '@odata.context': `${GRAPH_CONTEXT_BASE}#users/$entity`, ...present(call.user, tenant, call.query.get('$select')) };
  return graphJson(call.req.headers, 200, body);
}

/**
 * GET /users. Guests have restricted directory access by default and "can't enumerate the list of all users"
 * (learn.microsoft.com/entra/fundamentals/users-default-permissions): 403 Authorization_RequestDenied. They may
 * still read one user they name (GET /users/{id | UPN}).
 */
export function listUsers(call: GraphCall): RouteResponse {
  if (call.user.userType === 'Guest') {
    return graphError(call.req.headers, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
  const tenant = call.services.tenant();
  const everyone = call.services.ctx.directory.all().map((u) => fullUser(u, tenant));
  const result = queryCollection(everyone, call.query, `${GRAPH_CONTEXT_BASE}#users`, {
    defaultTop: 100,
    maxTop: 999,
    selfUrl: call.selfUrl,
  });
  if (!result.ok) return graphError(call.req.headers, 400, 'Request_UnsupportedQuery', result.message);
  const value = result.body.value as Record<string, unknown>[];
  result.body.value = value.map((u) => basicOnly(call.query.get('$select') ? u : Object.fromEntries(DEFAULT_PROPERTIES.map((k) => [k, u[k]]))));
  return graphJson(call.req.headers, 200, result.body);
}

export function findUser(idOrUpn: string, all: DirectoryUser[], tenant: TenantInfo): DirectoryUser | undefined {
  const key = idOrUpn.toLowerCase();
  return all.find((u) => u.aadId.toLowerCase() === key || userPrincipalName(u, tenant).toLowerCase() === key);
}

export function getUser(call: GraphCall, idOrUpn: string): RouteResponse {
  const tenant = call.services.tenant();
  const user = findUser(idOrUpn, call.services.ctx.directory.all(), tenant);
  if (!user) {
    return graphError(
      call.req.headers,
      404,
      'Request_ResourceNotFound',
      `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`,
    );
  }
  const self = user.aadId === call.user.aadId;
  const body = { '@odata.context': `${GRAPH_CONTEXT_BASE}#users/$entity`, ...present(user, tenant, call.query.get('$select'), !self) };
  return graphJson(call.req.headers, 200, body);
}
