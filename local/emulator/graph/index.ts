/**
 * The Microsoft Graph part of the local emulator: everything under /graph/v1.0/ (the local Graph base URL is
 * `<origin>/graph/`), the Outbox admin API under /_emulator/outbox and the consent switch
 * /_emulator/graph-consent.
 */
import type { Database } from 'better-sqlite3';
import type { EmulatorContext, EmulatorPart, RouteRequest, RouteResponse } from '../contracts';
import { handleBatch } from './batch';
import { ACCESS_DENIED_MESSAGE, ConsentStore } from './consent';
import { handleConsent, CONSENT_PATH } from './consentRoutes';
import { EventStore } from './events/eventStore';
import type { GraphCall, GraphServices, TenantInfo } from './graphCall';
import { graphError } from './http';
import { stableGuid } from './ids';
import { handleOutbox, OUTBOX_PATH } from './outbox/outboxRoutes';
import { OutboxStore } from './outbox/outboxStore';
import { matchRoute } from './router';
import { migrateGraph } from './schema';
import { handleTeamsPolicy, TeamsLinkPolicy, TEAMS_POLICY_PATH } from './events/teamsLinkPolicy';

export interface GraphPartOptions {
  /**
   * The tenant's initial domain: guests' user principal names end in #EXT#@<domain>. Default: the directory's
   * `tenantInitialDomain` when it has one, else 'pathwaysexample.onmicrosoft.com'.
   */
  tenantDomain?: string;
  /** Tenant GUID written into Teams links. Default: derived from the domain. */
  tenantId?: string;
  /**
   * Whether this part answers 429 when ctx.throttle.shouldThrottle(headers) says so. Set false if the server
   * already throttles every request before calling the parts. Default true.
   */
  applyThrottle?: boolean;
}

const DEFAULT_INITIAL_DOMAIN = 'pathwaysexample.onmicrosoft.com';
export const GRAPH_PREFIX = '/graph/';
const VERSION_PREFIX = '/graph/v1.0';

function segmentsOf(pathname: string): string[] | undefined {
  const rest = pathname.slice(VERSION_PREFIX.length);
  try {
    return rest
      .split('/')
      .filter((s) => s !== '')
      .map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

export function createGraphPart(ctx: EmulatorContext, options: GraphPartOptions = {}): EmulatorPart {
  const consent = new ConsentStore(ctx.db);
  const events = new EventStore(ctx.db);
  const outbox = new OutboxStore(ctx.db, ctx.origin);
  const applyThrottle = options.applyThrottle ?? true;

  const tenant = (): TenantInfo => {
    const fromDirectory = (ctx.directory as Partial<{ tenantInitialDomain: string }>).tenantInitialDomain;
    const domain = options.tenantDomain ?? (typeof fromDirectory === 'string' ? fromDirectory : DEFAULT_INITIAL_DOMAIN);
    return { domain, tenantId: options.tenantId ?? stableGuid(`tenant:${domain}`) };
  };
  const teamsLinks = new TeamsLinkPolicy();
  const services: GraphServices = { ctx, consent, events, outbox, teamsLinks, tenant };

  /** The Graph pipeline after authentication and throttling (also used for each request of a $batch). */
  const dispatch = (req: RouteRequest): RouteResponse => {
    const h = req.headers;
    if (!req.user) {
      return graphError(h, 401, 'InvalidAuthenticationToken', 'Access token is empty.', { 'WWW-Authenticate': 'Bearer' });
    }
    if (!req.url.pathname.startsWith(`${VERSION_PREFIX}/`) && req.url.pathname !== VERSION_PREFIX) {
      return graphError(h, 400, 'BadRequest', `Invalid version: the local Graph emulator serves v1.0 only (${req.url.pathname}).`);
    }
    const segments = segmentsOf(req.url.pathname);
    if (!segments) return graphError(h, 400, 'BadRequest', 'The request URL is not correctly encoded.');
    const match = matchRoute(req.method.toUpperCase(), segments);
    if (match.kind === 'error') return graphError(h, match.status, match.code, match.message);
    if (match.kind === 'batch') return handleBatch(req, ctx.origin, innerDispatch);
    if (!consent.allows(match.route.permissions)) return graphError(h, 403, 'ErrorAccessDenied', ACCESS_DENIED_MESSAGE);
    const call: GraphCall = {
      req,
      user: req.user,
      segments,
      query: req.url.searchParams,
      selfUrl: new URL(`${req.url.pathname}${req.url.search}`, ctx.origin),
      services,
    };
    return match.route.run(call);
  };

  const throttled = (req: RouteRequest): RouteResponse | undefined => {
    if (!applyThrottle || !ctx.throttle.shouldThrottle(req.headers)) return undefined;
    const seconds = String(ctx.throttle.retryAfterSeconds);
    return graphError(req.headers, 429, 'TooManyRequests', 'Too many requests. Retry after the number of seconds in the Retry-After header.', {
      'Retry-After': seconds,
    });
  };

  const innerDispatch = (req: RouteRequest): RouteResponse => throttled(req) ?? dispatch(req);

  return {
    migrate(db: Database): void {
      migrateGraph(db);
    },
    handle(req: RouteRequest): RouteResponse | undefined {
      const path = req.url.pathname;
      if (path === OUTBOX_PATH || path.startsWith(`${OUTBOX_PATH}/`)) return handleOutbox(req, outbox);
      if (path === CONSENT_PATH) return handleConsent(req, consent);
      if (path === TEAMS_POLICY_PATH) return handleTeamsPolicy(req, teamsLinks);
      if (!path.startsWith(GRAPH_PREFIX)) return undefined;
      if (!req.user) return dispatch(req);
      return throttled(req) ?? dispatch(req);
    },
  };
}
