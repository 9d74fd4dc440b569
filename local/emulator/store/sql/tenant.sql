-- Tenant-wide state of the emulator (in the main database, beside the directory).
-- Tenant properties (storage entities) kept on the tenant app catalog, readable from any site with
-- GET <site>/_api/web/GetStorageEntity('key').
CREATE TABLE IF NOT EXISTS tenant_properties (
  key         TEXT PRIMARY KEY COLLATE NOCASE,
  value       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  comment     TEXT NOT NULL DEFAULT ''
);

-- Further site collections (each in its own database file beside this one). A path not listed here after a
-- reset means its file is stale: the site starts again from nothing.
CREATE TABLE IF NOT EXISTS tenant_sites (
  path  TEXT PRIMARY KEY COLLATE NOCASE,
  title TEXT NOT NULL
);

-- App catalogs (learn.microsoft.com "Application Lifecycle Management (ALM) APIs"): the tenant app catalog site
-- (kind 'tenant', at most one) and site collection app catalogs (kind 'site', Add-SPOSiteCollectionAppCatalog).
CREATE TABLE IF NOT EXISTS tenant_app_catalogs (
  path TEXT PRIMARY KEY COLLATE NOCASE,
  kind TEXT NOT NULL CHECK (kind IN ('tenant', 'site'))
);

-- Solution packages in an app catalog: id is the catalog item's UniqueId (AvailableApps/GetById), kept when the
-- same file is uploaded again with overwrite; a new upload is not deployed until Deploy.
CREATE TABLE IF NOT EXISTS tenant_apps (
  catalog    TEXT NOT NULL COLLATE NOCASE,
  id         TEXT NOT NULL,
  file_name  TEXT NOT NULL COLLATE NOCASE,
  product_id TEXT NOT NULL COLLATE NOCASE,
  title      TEXT NOT NULL,
  version    TEXT NOT NULL,
  deployed   INTEGER NOT NULL DEFAULT 0,
  skip_feature_deployment INTEGER NOT NULL DEFAULT 0,
  uploaded_by TEXT NOT NULL,
  content    BLOB NOT NULL,
  PRIMARY KEY (catalog, file_name)
);
