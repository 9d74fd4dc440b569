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

import { openPage } from './routes/sitePages';

/** Operations SharePoint Online runs in one $batch request. */
export const MAX_BATCH_OPERATIONS = 100;
/** Bytes of a $batch request body SharePoint reads (1 MiB; see batch()). */
export const MAX_BATCH_BYTES = 1_048_576;

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
      this.ctx.siteUsers.add(req.user.spId); // a first visit puts the person in the site's user list
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
      if (req.body.length > MAX_BATCH_BYTES) return this.batchTooBig(req.body, header('content-type'), req.user, req.url);
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
    return buildBatchResponse(this.runParts(parts, user, outer));
  }

  /**
   * A body over 1 MiB: SharePoint reads a $batch as a stream and stops at 1,048,576 bytes with 400 "The maximum number of
   * bytes allowed to be read from the stream has been exceeded" (pnp/pnpcore#777, pnp/powershell#3436, pnp/pnpjs#1356;
   * pnp/pnpjs#3207 met it at 2 MiB: the stricter holds). Whether the operations read before the limit ran is not
   * documented: the strictest reading, they did (those wholly inside the first MiB), and the answer says nothing of them.
   */
  private batchTooBig(body: Buffer, contentType: string | undefined, user: DirectoryUser, outer: URL): RouteResponse {
    let read: ReturnType<typeof parseBatch> = [];
    try {
      // The last part parsed from the first MiB may be cut short: it is not run.
      read = parseBatch(body.subarray(0, MAX_BATCH_BYTES).toString('utf8'), contentType).slice(0, -1);
    } catch {
      // no boundary: nothing runs
    }
    this.runParts(read.slice(0, MAX_BATCH_OPERATIONS), user, outer);
    const over = Math.min(body.length, MAX_BATCH_BYTES + 16384); // it reads in blocks: a figure just past the limit
    return spErrorResponse(
      new SpError(
        400,
        '-1, Microsoft.OData.Core.ODataException',
        `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${over} bytes has been read from the stream; however a maximum of ${MAX_BATCH_BYTES} bytes is allowed.`,
      ),
    );
  }

  /** SharePoint runs every operation in order and does NOT roll a changeset back when one of them fails. */
  private runParts(parts: ReturnType<typeof parseBatch>, user: DirectoryUser, outer: URL): RouteResponse[] {
    return parts.map((p) => {
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
