/**
 * A data migration: a change that moves or fills data when a site is upgraded (a renamed or split column, a changed
 * storage shape, a column filled from what the site already holds). Setup first adds what the new schema declares
 * (lists, columns, indexes, choices, views: it never drops or renames), then runs each migration the site has not
 * recorded as done, in the registry's order (migrations/index.ts), then records the new schema version.
 */
import type { SPFI } from '../../pnpSetup';

/**
 * Tells the Setup page how far the migration has got, e.g. (12, 40, 'pupils'). Call it before each unit of work:
 * it throws SetupCancelledError when the person running setup has cancelled, so the migration stops between writes.
 */
export type MigrationProgress = (done: number, of: number, what: string) => void;

export interface MigrationEnvironment {
  /** The site's absolute URL (https://contoso.sharepoint.com/sites/pathways). */
  readonly siteUrl: string;
  /** "Now", for rules that depend on today (a leaver's access days). */
  readonly now: () => Date;
}

export interface Migration {
  /**
   * Stable and unique: recorded on the site (Settings, key schemaVersion, `migrations`) once the migration has run.
   * Never rename or reuse one that has been released. Convention: 'v<schema version>-<what>', e.g. 'v2-pupil-sharing-marker'.
   */
  readonly id: string;
  /** What it does to the records, in plain words for the Setup page ("Recording which school each pupil's records are shared with"). */
  readonly description: string;
  /**
   * Does the work. It must be idempotent and resumable: it may be stopped at any point (cancelled, throttled,
   * connection lost) and run again from the start, and then finish the job without doing anything twice; it is
   * recorded as done only when it returns. Throw (a DataError in plain words) when it could not finish.
   * It runs as the site owner who runs setup, after the new lists and columns exist.
   */
  run(sp: SPFI, progress: MigrationProgress, env: MigrationEnvironment): Promise<void>;
}
