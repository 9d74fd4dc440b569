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
