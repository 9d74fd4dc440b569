import { basename, dirname, extname, join } from 'path';
import type { Database } from 'better-sqlite3';
import type { RouteRequest, RouteResponse } from '../contracts';
import type { SqliteDirectory } from '../directory';
import { SpContext, type TenantState } from '../sharepoint/context';
import { SharePointPart } from '../sharepoint/part';
import { EmulatorStore } from '../store';
import { dropAllTables, migrateSharePoint, openDatabase } from '../store/db';
import { DEFAULT_GROUPS, seedSite } from '../store/siteSeeder';

/** A further site collection of the emulated tenant: a Teams team's site, the tenant's root site … */
export interface SiteSpec {
  /** Server-relative path, e.g. '/sites/year-9-team'; '/' is the tenant's root site. */
  readonly path: string;
  readonly title: string;
  readonly description?: string;
  /** E-mail addresses (already in the directory) put in the site's default Owners, Members and Visitors groups. */
  readonly owners?: readonly string[];
  readonly members?: readonly string[];
  readonly visitors?: readonly string[];
}

/** One hosted site collection: its SharePoint REST part and its seeding API. */
export interface HostedSite {
  /** '' for the root site, else e.g. '/sites/pathways'. */
  readonly sitePath: string;
  readonly siteUrl: string;
  readonly context: SpContext;
  readonly part: SharePointPart;
  readonly store: EmulatorStore;
}

interface ExtraSite extends HostedSite {
  readonly spec: SiteSpec;
  readonly db: Database;
}

export interface SiteCollectionsOptions {
  readonly mainDb: Database;
  /** The main database's file (extra sites get a file beside it), or ':memory:'. */
  readonly dbFile: string;
  readonly directory: SqliteDirectory;
  readonly tenant: TenantState;
  readonly origin: string;
  readonly viewThreshold: number;
}

export const normaliseSitePath = (path: string): string => {
  const p = path.trim().replace(/\/+$/, '');
  return p === '' ? '' : p.startsWith('/') ? p : `/${p}`;
};

/**
 * Every site collection the emulator hosts. As in SharePoint Online, each site collection has its own lists,
 * groups, role assignments and settings (here: its own SQLite database); the directory of people and the tenant
 * properties are the tenant's and shared. The default site (the main database) is registered by the server.
 */
export class SiteCollections {
  private readonly sites: HostedSite[] = [];
  private readonly extras = new Map<string, ExtraSite>();

  constructor(private readonly o: SiteCollectionsOptions) {}

  register(site: HostedSite): void {
    this.sites.push(site);
    this.sort();
  }

  private sort(): void {
    this.sites.sort((a, b) => b.sitePath.length - a.sitePath.length);
  }

  all(): readonly HostedSite[] {
    return this.sites;
  }

  byPath(path: string): HostedSite | undefined {
    const p = normaliseSitePath(path).toLowerCase();
    return this.sites.find((s) => s.sitePath.toLowerCase() === p);
  }

  private fileFor(sitePath: string): string {
    if (this.o.dbFile === ':memory:') return ':memory:';
    const slug = sitePath.replace(/^\/+/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase() || 'root';
    const ext = extname(this.o.dbFile);
    return join(dirname(this.o.dbFile), `${basename(this.o.dbFile, ext)}.site-${slug}${ext || '.sqlite'}`);
  }

  /** Adds a site collection (idempotent: a site already hosted, or already in its database file, is kept as it is). */
  add(spec: SiteSpec): HostedSite {
    const sitePath = normaliseSitePath(spec.path);
    const existing = this.byPath(sitePath);
    if (existing) return existing;
    const db = openDatabase(this.fileFor(sitePath));
    const context = new SpContext(db, this.o.directory, { sitePath, origin: this.o.origin, viewThreshold: this.o.viewThreshold }, this.o.tenant);
    const part = new SharePointPart(context);
    const site: ExtraSite = { sitePath, siteUrl: context.siteUrl, context, part, store: new EmulatorStore(context, part.services.writer), spec, db };
    const known = this.o.mainDb.prepare('SELECT 1 FROM tenant_sites WHERE path = ?').get(sitePath) !== undefined;
    if (!known) dropAllTables(db); // left from before a reset of the tenant
    migrateSharePoint(db);
    if (context.setting('webId') === undefined) this.seed(site);
    this.o.mainDb.prepare('INSERT OR REPLACE INTO tenant_sites (path, title) VALUES (?, ?)').run(sitePath, spec.title);
    this.extras.set(sitePath.toLowerCase(), site);
    this.register(site);
    return site;
  }

  /** An empty site (no lists), with its default groups and the given people in them. */
  private seed(site: ExtraSite): void {
    const { spec, context } = site;
    seedSite(context, { title: spec.title, description: spec.description ?? '' });
    const groups: [number, readonly string[] | undefined][] = [
      [DEFAULT_GROUPS.owners.id, spec.owners],
      [DEFAULT_GROUPS.members.id, spec.members],
      [DEFAULT_GROUPS.visitors.id, spec.visitors],
    ];
    for (const [groupId, emails] of groups) for (const email of emails ?? []) site.store.addToGroup(groupId, email);
  }

  /** A reset of the tenant removes every further site (add them again); the default site stays registered. */
  reset(): void {
    for (const site of this.extras.values()) {
      dropAllTables(site.db);
      site.db.close();
      this.sites.splice(this.sites.indexOf(site), 1);
    }
    this.extras.clear();
  }

  /** Asks each site, the deepest path first (so '/sites/x/_api' never reaches the root site). */
  handle(req: RouteRequest): RouteResponse | undefined {
    for (const site of this.sites) {
      const r = site.part.handle(req);
      if (r) return r;
    }
    return undefined;
  }

  close(): void {
    for (const site of this.extras.values()) site.db.close();
  }
}
