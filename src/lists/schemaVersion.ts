/**
 * The version of the list schema this code declares. Setup records it on the site (the settings list, key
 * SCHEMA_VERSION_KEY); a site recording an older version is offered an upgrade. Raise it with every release that
 * changes src/lists or src/lists/siteSecurity.ts, and keep a frozen copy of the released schema in
 * tests/support/frozenSchemas/ for the upgrade test.
 */
export const SCHEMA_VERSION = 1;

/** PwKey of the settings item that records the site's schema version and the data migrations done. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

/** What the settings item holds (PwValue, JSON). */
export interface SchemaVersionRecord {
  readonly version: number;
  /** Names of the data migrations completed on this site, in the order they ran. */
  readonly migrations: readonly string[];
}
