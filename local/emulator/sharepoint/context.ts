import type { Database } from 'better-sqlite3';
import type { SqliteDirectory } from '../directory';
import { Catalog } from '../store/catalog';
import { GroupTable } from '../store/groups';
import { ItemTable } from '../store/items';
import { ItemlessFolderTable } from '../store/itemlessFolders';
import { RoleTable } from '../store/roles';
import { SecurityTable } from '../store/security';
import { SitePageTable } from '../store/sitePages';
import { SiteUserTable } from '../store/siteUsers';
import { ViewTable } from '../store/views';
import type { AppCatalogs } from '../tenant/appCatalogs';
import { TenantProperties } from '../tenant/tenantProperties';
import type { BatchPartFaults } from './batchFaults';
import type { ItemRecord, ListSchema } from '../store/types';
import { DEFAULT_REGIONAL, type RegionalSettings } from './values/regional';

export interface SiteOptions {
  /** Server-relative site path, e.g. '/sites/pathways'. */
  readonly sitePath: string;
  /** Absolute origin, e.g. 'http://localhost:4322'. */
  readonly origin: string;
  /** List view threshold (SharePoint Online: 5000). */
  readonly viewThreshold: number;
}

/** What every site collection of the emulated tenant shares (kept in the main database). */
export interface TenantState {
  readonly properties: TenantProperties;
  /** A new principal id in the tenant-wide id space; undefined: from the site's own database. */
  readonly allocatePrincipal?: () => number;
  /** Throttling of single $batch parts, on demand. */
  readonly batchFaults?: BatchPartFaults;
  /** The tenant app catalog and the site collection app catalogs, with their packages. */
  readonly appCatalogs?: AppCatalogs;
}

/** Everything the SharePoint part works with: tables, directory and the site's addresses. */
export class SpContext {
  readonly catalog: Catalog;
  readonly items: ItemTable;
  readonly security: SecurityTable;
  readonly roles: RoleTable;
  readonly views: ViewTable;
  readonly groups: GroupTable;
  /** Folders with no list item (folders/addUsingPath in a generic list). */
  readonly itemlessFolders: ItemlessFolderTable;
  /** Check-out, versions and published content of client-side pages (Site Pages library). */
  readonly pages: SitePageTable;
  /** The site's user list (User Information List): who `web/siteUsers` answers, not the whole directory. */
  readonly siteUsers: SiteUserTable;

  constructor(
    readonly db: Database,
    readonly directory: SqliteDirectory,
    readonly site: SiteOptions,
    readonly tenant: TenantState = { properties: new TenantProperties(db) },
  ) {
    this.catalog = new Catalog(db);
    this.items = new ItemTable(db);
    this.security = new SecurityTable(db);
    this.roles = new RoleTable(db);
    this.views = new ViewTable(db);
    this.groups = new GroupTable(db, tenant.allocatePrincipal);
    this.itemlessFolders = new ItemlessFolderTable(db);
    this.pages = new SitePageTable(db);
    this.siteUsers = new SiteUserTable(db);
  }

  /** Drops in-memory caches (after a reset). */
  invalidate(): void {
    this.catalog.invalidate();
    this.items.invalidate();
    this.roles.invalidate();
  }

  get siteUrl(): string {
    return `${this.site.origin}${this.site.sitePath}`;
  }

  setting(key: string): string | undefined {
    const r = this.db.prepare('SELECT value FROM site WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value;
  }

  /** The site's regional settings (SharePoint Online's default, en-US Pacific, until set). */
  regional(): RegionalSettings {
    const localeId = Number(this.setting('localeId') ?? DEFAULT_REGIONAL.localeId);
    const timeZoneId = Number(this.setting('timeZoneId') ?? DEFAULT_REGIONAL.timeZoneId);
    const time24 = this.setting('time24');
    return { localeId, timeZoneId, ...(time24 === undefined ? {} : { time24: time24 === 'true' }) };
  }

  setRegional(r: RegionalSettings): void {
    const put = this.db.prepare('INSERT OR REPLACE INTO site (key, value) VALUES (?, ?)');
    put.run('localeId', String(r.localeId));
    put.run('timeZoneId', String(r.timeZoneId));
    if (r.time24 === undefined) this.db.prepare('DELETE FROM site WHERE key = ?').run('time24');
    else put.run('time24', String(r.time24));
  }

  /** Server-relative URL of a list's root folder. */
  rootFolder(schema: ListSchema): string {
    return `${this.site.sitePath}/${schema.list.url}`;
  }

  fileRef(item: ItemRecord): string {
    return `${item.dir}/${item.leaf}`;
  }
}
