import { randomUUID } from 'crypto';
import type { Database } from 'better-sqlite3';

export type AppCatalogKind = 'tenant' | 'site';

/** What a solution package's AppManifest.xml says about it. */
export interface AppManifestInfo {
  readonly productId: string;
  readonly version: string;
  readonly title: string;
}

/** One package in an app catalog (CorporateCatalogAppMetadata). */
export interface CatalogApp extends AppManifestInfo {
  readonly catalog: string;
  /** The catalog item's UniqueId: what AvailableApps/GetById takes and Add answers as UniqueId. */
  readonly id: string;
  readonly fileName: string;
  readonly deployed: boolean;
  /** How it was deployed: Deploy(true) makes it available to every site without installing it. */
  readonly skipFeatureDeployment: boolean;
  readonly length: number;
  readonly uploadedBy: string;
}

interface Row {
  catalog: string;
  id: string;
  file_name: string;
  product_id: string;
  title: string;
  version: string;
  deployed: number;
  skip_feature_deployment: number;
  uploaded_by: string;
  length: number;
}

/**
 * The tenant's app catalogs: at most one tenant app catalog site, any number of site collection app catalogs
 * (learn.microsoft.com, "Use the site collection app catalog": an administrator adds one to a site collection),
 * and the solution packages uploaded to each. Kept in the main database, shared by every emulated site.
 */
export class AppCatalogs {
  constructor(private readonly db: Database) {}

  /** Makes the site at `path` the tenant app catalog (as creating the App Catalog site in the admin centre). */
  setTenantCatalog(path: string): void {
    this.db.prepare("DELETE FROM tenant_app_catalogs WHERE kind = 'tenant'").run();
    this.db.prepare("INSERT OR REPLACE INTO tenant_app_catalogs (path, kind) VALUES (?, 'tenant')").run(path);
  }

  /** Gives the site collection at `path` its own app catalog (Add-SPOSiteCollectionAppCatalog). */
  addSiteCatalog(path: string): void {
    this.db.prepare("INSERT OR REPLACE INTO tenant_app_catalogs (path, kind) VALUES (?, 'site')").run(path);
  }

  tenantCatalogPath(): string | undefined {
    const r = this.db.prepare("SELECT path FROM tenant_app_catalogs WHERE kind = 'tenant'").get() as { path: string } | undefined;
    return r?.path;
  }

  kindOf(path: string): AppCatalogKind | undefined {
    const r = this.db.prepare('SELECT kind FROM tenant_app_catalogs WHERE path = ?').get(path) as { kind: AppCatalogKind } | undefined;
    return r?.kind;
  }

  apps(catalog: string): CatalogApp[] {
    return (this.db.prepare(`${SELECT} WHERE catalog = ? ORDER BY file_name`).all(catalog) as Row[]).map(toApp);
  }

  app(catalog: string, id: string): CatalogApp | undefined {
    const r = this.db.prepare(`${SELECT} WHERE catalog = ? AND lower(id) = lower(?)`).get(catalog, id) as Row | undefined;
    return r ? toApp(r) : undefined;
  }

  byFileName(catalog: string, fileName: string): CatalogApp | undefined {
    const r = this.db.prepare(`${SELECT} WHERE catalog = ? AND file_name = ?`).get(catalog, fileName) as Row | undefined;
    return r ? toApp(r) : undefined;
  }

  byProductId(catalog: string, productId: string): CatalogApp | undefined {
    const r = this.db.prepare(`${SELECT} WHERE catalog = ? AND product_id = ?`).get(catalog, productId) as Row | undefined;
    return r ? toApp(r) : undefined;
  }

  content(catalog: string, id: string): Buffer | undefined {
    const r = this.db.prepare('SELECT content FROM tenant_apps WHERE catalog = ? AND lower(id) = lower(?)').get(catalog, id) as { content: Buffer } | undefined;
    return r?.content;
  }

  /** Stores a package (a new one, or over the same file name: it keeps its id and is no longer deployed). */
  put(catalog: string, fileName: string, manifest: AppManifestInfo, content: Buffer, uploadedBy: string): CatalogApp {
    const id = this.byFileName(catalog, fileName)?.id ?? randomUUID();
    this.db
      .prepare(
        `INSERT OR REPLACE INTO tenant_apps (catalog, id, file_name, product_id, title, version, deployed, skip_feature_deployment, uploaded_by, content)
         VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)`,
      )
      .run(catalog, id, fileName, manifest.productId, manifest.title, manifest.version, uploadedBy, content);
    return this.app(catalog, id) as CatalogApp;
  }

  deploy(catalog: string, id: string, skipFeatureDeployment: boolean): void {
    this.db.prepare('UPDATE tenant_apps SET deployed = 1, skip_feature_deployment = ? WHERE catalog = ? AND lower(id) = lower(?)').run(skipFeatureDeployment ? 1 : 0, catalog, id);
  }
}

const SELECT = 'SELECT catalog, id, file_name, product_id, title, version, deployed, skip_feature_deployment, uploaded_by, length(content) AS length FROM tenant_apps';

function toApp(r: Row): CatalogApp {
  return {
    catalog: r.catalog,
    id: r.id,
    fileName: r.file_name,
    productId: r.product_id,
    title: r.title,
    version: r.version,
    skipFeatureDeployment: r.skip_feature_deployment === 1,
    deployed: r.deployed === 1,
    length: r.length,
    uploadedBy: r.uploaded_by,
  };
}
