import type { Database } from 'better-sqlite3';
import type { DirectoryUser, EmulatorPart, RouteRequest, RouteResponse } from '../contracts';
import { migrateSharePoint } from '../store/db';
import { buildBatchResponse, parseBatch } from './batch';
import type { SpContext } from './context';
import { dispatch } from './dispatch';
import { formDigestProblem } from './formDigest';
import { SpError, errors } from './errors';
import { splitSegments } from './odata/path';
import { Permissions } from './permissions';
import { headerOf, metadataFrom, spErrorResponse, type SpRequest } from './request';
import { createServices, type SpServices } from './services';
import { handleAppCatalogRequest } from './routes/appCatalog';
import { handleFileRequest } from './routes/files';

/** Operations SharePoint Online runs in one $batch request. */
export const MAX_BATCH_OPERATIONS = 100;
import { openPage } from './routes/sitePages';

export interface InnerCall {
  readonly method: string;
  readonly url: URL;
  readonly header: (name: string) => string | undefined;
  readonly body: string;
  readonly user: DirectoryUser;
}

/** The SharePoint REST part of the emulator: answers …<sitePath>/_api/… */
export class SharePointPart implements EmulatorPart {
  readonly services: SpServices;

  constructor(private readonly ctx: SpContext) {
    this.services = createServices(ctx);
  }

  migrate(db: Database): void {
    migrateSharePoint(db);
  }

  private apiPath(url: URL): string | undefined {
    const prefix = `${this.ctx.site.sitePath}/_api`.toLowerCase();
    const path = url.pathname;
    const lower = path.toLowerCase();
    if (lower === prefix) return '';
    if (lower.startsWith(`${prefix}/`)) return path.slice(prefix.length + 1);
    return undefined;
  }

  /** A page of the Site Pages library opened in the browser: <site>/SitePages/<name>.aspx. */
  private isPagePath(url: URL): boolean {
    const lower = url.pathname.toLowerCase();
    return lower.startsWith(`${this.ctx.site.sitePath}/sitepages/`.toLowerCase()) && lower.endsWith('.aspx');
  }

  handle = (req: RouteRequest): RouteResponse | undefined => {
    if (req.method === 'GET' && this.isPagePath(req.url)) {
      if (!req.user) return spErrorResponse(errors.unauthorized());
      const perms = new Permissions(this.ctx, req.user);
      if (!perms.canSeeSite()) return { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><title>Access required</title><h1>You need permission to access this site.</h1>' };
      return openPage(this.services, perms, req.url.pathname);
    }
    const rest = this.apiPath(req.url);
    if (rest === undefined) return undefined;
    if (!req.user) return spErrorResponse(errors.unauthorized());
    const header = headerOf(req);
    const segments = splitSegments(rest);
    // Every write needs a valid form digest from contextinfo (formDigest.ts; a $batch carries it on the outer POST).
    const isContextInfo = segments.length === 1 && segments[0].lower === 'contextinfo';
    if (req.method !== 'GET' && req.method !== 'HEAD' && !isContextInfo) {
      const problem = formDigestProblem(header('x-requestdigest'), this.ctx.siteUrl);
      if (problem) return spErrorResponse(problem === 'expired' ? errors.digestExpired() : errors.digestInvalid());
    }
    if (segments.length === 1 && segments[0].lower === '$batch') {
      if (req.method !== 'POST') return spErrorResponse(errors.notFound('$batch'));
      return this.batch(req.body.toString('utf8'), header('content-type'), req.user, req.url);
    }
    const file = handleFileRequest(this.services, req, segments); // files carry binary bodies: before JSON parsing
    if (file) return file;
    const app = handleAppCatalogRequest(this.services, req, segments); // app packages carry binary bodies too
    if (app) return app;
    return this.execute({ method: req.method, url: req.url, header, body: req.body.toString('utf8'), user: req.user });
  };

  private batch(body: string, contentType: string | undefined, user: DirectoryUser, outer: URL): RouteResponse {
    let parts;
    try {
      parts = parseBatch(body, contentType);
    } catch (e) {
      return spErrorResponse(errors.badRequest(e instanceof Error ? e.message : 'Invalid $batch body.'));
    }
    // SharePoint takes at most 100 operations in one $batch (pnp/pnpcore#284; PnPjs sends 20 by default): more is
    // refused whole, before any runs (the strictest reading: SharePoint's own answer is not documented).
    if (parts.length > MAX_BATCH_OPERATIONS) {
      return spErrorResponse(errors.badRequest(`The $batch request holds ${parts.length} operations; at most ${MAX_BATCH_OPERATIONS} are allowed in one request.`));
    }
    // SharePoint runs every operation in order and does NOT roll a changeset back when one of them fails.
    const responses = parts.map((p) => {
      const url = new URL(p.url, `${outer.origin}${this.ctx.site.sitePath}/`);
      const inner = new URL(`${url.pathname}${url.search}`, outer.origin);
      const header = (name: string): string | undefined => p.headers[name.toLowerCase()];
      if (this.apiPath(inner) === undefined || /\/\$batch$/i.test(inner.pathname)) return spErrorResponse(errors.notFound(p.url));
      const fault = this.ctx.tenant.batchFaults?.next();
      if (fault) {
        const throttled = spErrorResponse(new SpError(fault.status, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', 'The request has been throttled. Retry after the time given in the Retry-After header.'));
        return { ...throttled, headers: { ...throttled.headers, 'Retry-After': String(fault.retryAfterSeconds) } };
      }
      return this.execute({ method: p.method, url: inner, header, body: p.body, user });
    });
    return buildBatchResponse(responses);
  }

  /** Runs one SharePoint REST call (also each call of a $batch). */
  execute(call: InnerCall): RouteResponse {
    const rest = this.apiPath(call.url) ?? '';
    const override = call.header('x-http-method');
    const method = (call.method === 'POST' && override ? override : call.method).toUpperCase();
    let body: unknown;
    if (call.body.trim() !== '') {
      try {
        body = JSON.parse(call.body) as unknown;
      } catch {
        return spErrorResponse(new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid JSON. A token was not recognized in the JSON content.'));
      }
    }
    const req: SpRequest = {
      method,
      url: call.url,
      query: new URLSearchParams(call.url.search),
      header: call.header,
      body,
      user: call.user,
      perms: new Permissions(this.ctx, call.user),
      metadata: metadataFrom(call.header('accept')),
    };
    try {
      return dispatch(this.services, req, splitSegments(rest));
    } catch (e) {
      if (e instanceof SpError) return spErrorResponse(e);
      const message = e instanceof Error ? e.message : String(e);
      return spErrorResponse(new SpError(500, '-2146233088, System.InvalidOperationException', message));
    }
  }
}
