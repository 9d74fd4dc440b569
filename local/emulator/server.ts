import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import type { Database } from 'better-sqlite3';
import { EMULATOR_USER_HEADER, type DirectoryUser, type EmulatorContext, type EmulatorPart, type RouteRequest, type RouteResponse } from './contracts';
import { SqliteDirectory, type DirectoryOptions } from './directory';
import { corsHeaders } from './cors';
import { SpContext } from './sharepoint/context';
import { SharePointPart } from './sharepoint/part';
import { EmulatorStore } from './store';
import { dropAllTables, migrateSharePoint, openDatabase } from './store/db';
import { seedSite } from './store/siteSeeder';
import { DeterministicThrottle } from './throttle';
import { SiteCollections, type HostedSite, type SiteSpec } from './tenant/siteCollections';
import { AppCatalogs } from './tenant/appCatalogs';
import { TenantProperties } from './tenant/tenantProperties';
import { RequestLog } from './requestLog';
import { BatchPartFaults } from './sharepoint/batchFaults';
import { LostAnswers, type LostAnswerPlan } from './lostAnswers';

export interface EmulatorOptions {
  /** TCP port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** SQLite file (default '.local/emulator.sqlite'); ':memory:' for a throw-away database. */
  readonly dbFile?: string;
  /** Start from an empty site (always the case for a new database). */
  readonly reset?: boolean;
  /** Server-relative site path (default '/sites/pathways'). */
  readonly sitePath?: string;
  /** Extra parts (e.g. the Graph part), asked after SharePoint. */
  readonly parts?: readonly EmulatorPart[];
  /** SharePoint's list view threshold (default 5000). */
  readonly viewThreshold?: number;
  /** Host name the server binds to (default '127.0.0.1'); URLs use 'localhost'. */
  readonly host?: string;
  readonly directory?: DirectoryOptions;
  /**
   * Start from a copy of this database (better-sqlite3 `db.serialize()`), held in memory: the tests clone one
   * set-up site this way instead of setting up a site per test file. `dbFile` and `reset` are then ignored.
   */
  readonly initialDatabase?: Buffer;
}

export interface RunningEmulator {
  /** e.g. 'http://localhost:4322' */
  readonly origin: string;
  /** e.g. 'http://localhost:4322/sites/pathways' */
  readonly siteUrl: string;
  readonly context: EmulatorContext;
  /** Seeding API (lists, items, folders, users, groups, permissions). */
  readonly store: EmulatorStore;
  /** Drops every table and recreates the site (as POST /_emulator/reset); further sites are removed. */
  reset(): void;
  /** Hosts a further site collection (a Teams team's site, the root site '/'), empty; idempotent by path. */
  addSite(spec: SiteSpec): HostedSite;
  /** Every hosted site collection (the default one included). */
  readonly sites: SiteCollections;
  /** Tenant properties (storage entities on the tenant app catalog), as an administrator sets them. */
  readonly tenantProperties: TenantProperties;
  /** The tenant app catalog and site collection app catalogs (which site is one), with their packages. */
  readonly appCatalogs: AppCatalogs;
  /** The last requests answered (not the admin endpoints), with their client tag. */
  readonly requestLog: RequestLog;
  /** Throttles single parts of the next $batch requests (429/503 with Retry-After), on demand. */
  readonly batchFaults: BatchPartFaults;
  /** Loses the answers of the next matching writes after carrying them out (504 or a dropped connection), on demand. */
  readonly lostAnswers: LostAnswers;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The signed-in user: x-emulator-user: <email>, or Authorization: Bearer emulator:<email>. */
export function signedInEmail(headers: IncomingMessage['headers']): string | undefined {
  const h = headers[EMULATOR_USER_HEADER];
  const direct = Array.isArray(h) ? h[0] : h;
  if (direct && direct.trim() !== '') return direct.trim();
  const auth = headers.authorization;
  const m = /^Bearer\s+emulator:(.+)$/i.exec(auth ?? '');
  return m ? m[1].trim() : undefined;
}

const jsonResponse = (status: number, body: unknown): RouteResponse => ({ status, headers: { 'Content-Type': 'application/json;charset=utf-8' }, body: JSON.stringify(body) });

function send(res: ServerResponse, r: RouteResponse, cors: Record<string, string>): void {
  const body = r.body === undefined ? '' : r.body;
  res.writeHead(r.status, r.statusText ?? STATUS_CODES[r.status] ?? '', { ...cors, ...(r.headers ?? {}) });
  res.end(body);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const sitePath = (options.sitePath ?? '/sites/pathways').replace(/\/+$/, '');
  const dbFile = options.dbFile ?? '.local/emulator.sqlite';
  const db: Database = options.initialDatabase ? openDatabase(options.initialDatabase) : openDatabase(dbFile);
  const parts = options.parts ?? [];
  const throttle = new DeterministicThrottle();
  const requestLog = new RequestLog();
  const batchFaults = new BatchPartFaults();
  const lostAnswers = new LostAnswers();
  const directory = new SqliteDirectory(db, options.directory);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const viewThreshold = options.viewThreshold ?? 5000;
  const tenantProperties = new TenantProperties(db);
  const appCatalogs = new AppCatalogs(db);
  const ctx = new SpContext(db, directory, { sitePath, origin, viewThreshold }, { properties: tenantProperties, batchFaults, appCatalogs });
  const sharePoint = new SharePointPart(ctx);
  const store = new EmulatorStore(ctx, sharePoint.services.writer);
  const allocatePrincipal = (): number => Number(db.prepare("INSERT INTO principals (kind) VALUES ('group')").run().lastInsertRowid);
  const sites = new SiteCollections({ mainDb: db, dbFile, directory, origin, viewThreshold, tenant: { properties: tenantProperties, allocatePrincipal, batchFaults, appCatalogs } });
  sites.register({ sitePath, siteUrl: ctx.siteUrl, context: ctx, part: sharePoint, store });
  const context: EmulatorContext = { db, directory, throttle, origin };

  const migrate = (): void => {
    migrateSharePoint(db);
    tenantProperties.migrate();
    for (const p of parts) p.migrate(db);
  };
  const reset = (): void => {
    sites.reset();
    dropAllTables(db);
    ctx.invalidate();
    migrate();
    seedSite(ctx);
  };
  const hasSite = (): boolean => {
    try {
      return db.prepare("SELECT 1 FROM site WHERE key = 'webId'").get() !== undefined;
    } catch {
      return false;
    }
  };
  if ((options.reset && !options.initialDatabase) || !hasSite()) reset();
  else migrate();

  const admin = async (method: string, path: string, body: Buffer): Promise<RouteResponse | undefined> => {
    if (method === 'GET' && path === '/_emulator/users') return jsonResponse(200, { value: directory.all() });
    if (method === 'GET' && path === '/_emulator/requests') return jsonResponse(200, { value: requestLog.all() });
    if (method === 'GET' && path === '/_emulator/throttle') return jsonResponse(200, { rate: throttle.rate, retryAfterSeconds: throttle.retryAfterSeconds });
    if (method === 'POST' && path === '/_emulator/throttle') {
      let parsed: unknown = {};
      try {
        parsed = body.length ? (JSON.parse(body.toString('utf8')) as unknown) : {};
      } catch {
        return jsonResponse(400, { error: 'Body must be JSON: {"rate": 0.5, "retryAfterSeconds": 1}' });
      }
      const b = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
      if (typeof b.retryAfterSeconds === 'number') throttle.retryAfterSeconds = Math.max(0, b.retryAfterSeconds);
      throttle.status = b.status === 503 ? 503 : 429;
      throttle.rate = typeof b.rate === 'number' ? b.rate : 0;
      const parts = b.batchParts && typeof b.batchParts === 'object' ? (b.batchParts as Record<string, unknown>) : undefined;
      if (parts) {
        const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
        const count = num(parts.count);
        const skip = num(parts.skip);
        const seconds = num(parts.retryAfterSeconds);
        batchFaults.inject({ ...(count !== undefined ? { count } : {}), ...(skip !== undefined ? { skip } : {}), ...(seconds !== undefined ? { retryAfterSeconds: seconds } : {}), status: parts.status === 503 ? 503 : 429 });
      }
      return jsonResponse(200, { rate: throttle.rate, retryAfterSeconds: throttle.retryAfterSeconds });
    }
    if (method === 'POST' && path === '/_emulator/faults') {
      let parsed: unknown = {};
      try {
        parsed = body.length ? (JSON.parse(body.toString('utf8')) as unknown) : {};
      } catch {
        return jsonResponse(400, { error: 'Body must be JSON: {"lostAnswers": {"method": "POST", "path": "/_api/", "count": 1, "mode": "504"}}' });
      }
      const lost = (parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>).lostAnswers : undefined) as Record<string, unknown> | undefined;
      const plan: LostAnswerPlan = {
        ...(typeof lost?.method === 'string' ? { method: lost.method } : {}),
        ...(typeof lost?.path === 'string' ? { path: lost.path } : {}),
        ...(typeof lost?.skip === 'number' ? { skip: lost.skip } : {}),
        ...(typeof lost?.every === 'number' ? { every: lost.every } : {}),
        count: typeof lost?.count === 'number' ? lost.count : lost ? 1 : 0,
        mode: lost?.mode === 'drop' ? 'drop' : '504',
      };
      lostAnswers.inject(plan);
      return jsonResponse(200, { lostAnswers: { pending: lostAnswers.pending } });
    }
    if (method === 'POST' && path === '/_emulator/reset') {
      reset();
      return jsonResponse(200, { reset: true, siteUrl: ctx.siteUrl });
    }
    return undefined;
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const cors = corsHeaders(req.headers.origin);
    void (async () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const url = new URL(req.url ?? '/', origin);
      if (method === 'OPTIONS') return send(res, { status: 204 }, cors);
      const body = await readBody(req);
      const email = signedInEmail(req.headers);
      const user: DirectoryUser | undefined = email ? directory.findByEmail(email) : undefined;
      const routeReq: RouteRequest = { method, url, headers: req.headers, body, ...(user ? { user } : {}) };
      // Admin endpoints (ours, then the parts' own such as /_emulator/outbox) are never throttled.
      if (url.pathname.toLowerCase().startsWith('/_emulator/')) {
        const own = await admin(method, url.pathname.toLowerCase(), body);
        if (own) return send(res, own, cors);
        for (const part of parts) {
          const r = await part.handle(routeReq);
          if (r) return send(res, r, cors);
        }
        return send(res, jsonResponse(404, { error: 'Unknown admin endpoint' }), cors);
      }
      const tag = req.headers['x-clientservice-clienttag'];
      const agent = req.headers['user-agent'];
      if (/\/_api(\/|$)|^\/graph\//i.test(url.pathname)) requestLog.record({ method, path: url.pathname, ...(typeof tag === 'string' ? { clientTag: tag } : {}), ...(agent ? { userAgent: agent } : {}) });
      if (throttle.shouldThrottle(req.headers)) {
        return send(
          res,
          {
            status: throttle.status ?? 429,
            statusText: throttle.status === 503 ? 'Service Unavailable' : 'Too Many Requests',
            headers: { 'Retry-After': String(throttle.retryAfterSeconds), 'Content-Type': 'application/json;charset=utf-8' },
            // Each service answers in its own error shape: Graph's for /graph/, SharePoint's for the rest.
            body: url.pathname.toLowerCase().startsWith('/graph/')
              ? JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests. Retry after the time given in the Retry-After header.', innerError: { date: new Date().toISOString() } } })
              : JSON.stringify({ 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException', message: { lang: 'en-US', value: 'The request has been throttled. Retry after the time given in the Retry-After header.' } } }),
          },
          cors,
        );
      }
      const lost = lostAnswers.next(method, url.pathname);
      const answer = async (): Promise<RouteResponse | undefined> => {
        const site = sites.handle(routeReq);
        if (site) return site;
        for (const part of parts) {
          const r = await part.handle(routeReq);
          if (r) return r;
        }
        return undefined;
      };
      const r = await answer();
      if (r && lost === 'drop') return void res.destroy();
      if (r && lost === '504') {
        const graph = url.pathname.toLowerCase().startsWith('/graph/');
        return send(
          res,
          jsonResponse(
            504,
            graph
              ? { error: { code: 'GatewayTimeout', message: 'The operation timed out.', innerError: { date: new Date().toISOString() } } }
              : { 'odata.error': { code: '-2147024895, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: 'The operation has timed out.' } } },
          ),
          cors,
        );
      }
      if (r) return send(res, r, cors);
      return send(res, jsonResponse(404, { error: { code: 'NotFound', message: `No emulated endpoint for ${method} ${url.pathname}` } }), cors);
    })().catch((e: unknown) => {
      send(res, jsonResponse(500, { error: { code: 'EmulatorError', message: e instanceof Error ? e.message : String(e) } }), cors);
    });
  });

  return {
    origin,
    siteUrl: ctx.siteUrl,
    context,
    store,
    reset,
    addSite: (spec) => sites.add(spec),
    sites,
    tenantProperties,
    appCatalogs,
    requestLog,
    batchFaults,
    lostAnswers,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => {
          sites.close();
          db.close();
          if (err) reject(err);
          else resolve();
        });
      }),
  };
}
