/**
 * The version of the list schema this code declares. Setup records it on the site (the settings list, key
 * SCHEMA_VERSION_KEY); a site recording an older version (or none: sites made with the PnP template or by
 * version 1) is offered an upgrade, a newer one is refused. Raise it with every release that changes src/lists or
 * src/lists/siteSecurity.ts, and freeze the released schema for the upgrade test (tests/fixtures/schema-v<n>/).
 * Lists and columns added during a release need nothing more: setup adds whatever the declaration has and the site
 * lacks. A change that moves data is a data migration (src/data/sp/setup/migrations/).
 *
 * 1: the first release (commit 355a8d4; its schema is frozen in tests/fixtures/schema-v1/).
 * 2: the pupil's extended record and PwSharedWithGroupId; setup by the product; per-list permissions.
 * 3: the pupil's lead tutor also as a person column (PwLeadTutorPerson), filled from PwLeadTutor by the
 *    v3-lead-tutor-person migration, so the tutor's name is read with the pupil ($expand).
 */
export const SCHEMA_VERSION = 3;

/** PwKey of the settings item that records the site's schema version and the data migrations done. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

/** What the settings item holds (PwValue, JSON). */
export interface SchemaVersionRecord {
  readonly version: number;
  /** Ids of the data migrations completed on this site, in the order they ran. */
  readonly migrations: readonly string[];
}
