import type { Database } from 'better-sqlite3';

/**
 * The site collection's user list (SharePoint's hidden User Information List, what `web/siteUsers` answers): not the
 * tenant's directory, only the people the site has met. SharePoint adds a person when they are granted access
 * directly or put in one of the site's groups, by `web/ensureUser` (or `siteUsers` POST), when they first open the
 * site, and when they create or are set on an item; access taken away later leaves them in the list, only
 * `siteUsers/removeById|removeByLoginName` takes them out (sources in the emulator README, "Site users").
 */
export class SiteUserTable {
  constructor(private readonly db: Database) {}

  has(userId: number): boolean {
    return this.db.prepare('SELECT 1 FROM site_users WHERE sp_id = ?').get(userId) !== undefined;
  }

  /** Adds a person (idempotent); a group's id is never a site user. */
  add(userId: number): void {
    if (this.has(userId)) return;
    if (this.db.prepare('SELECT 1 FROM groups WHERE id = ?').get(userId) !== undefined) return;
    this.db.prepare('INSERT OR IGNORE INTO site_users (sp_id) VALUES (?)').run(userId);
  }

  remove(userId: number): void {
    this.db.prepare('DELETE FROM site_users WHERE sp_id = ?').run(userId);
  }

  /** Every site user's principal id, in the order they were added. */
  ids(): number[] {
    return (this.db.prepare('SELECT sp_id FROM site_users ORDER BY rowid').all() as { sp_id: number }[]).map((r) => r.sp_id);
  }
}
