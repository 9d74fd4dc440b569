import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

/** Reads one of the SQL files kept next to this module (store/sql/<name>.sql). */
export function readSql(name: string): string {
  return readFileSync(join(__dirname, 'sql', `${name}.sql`), 'utf8');
}

/** Opens the emulator database: a file (WAL mode), ':memory:', or an in-memory copy of a serialized database. */
export function openDatabase(file: string | Buffer): Db {
  if (Buffer.isBuffer(file)) {
    const copy = new Database(file);
    copy.pragma('synchronous = NORMAL');
    return copy;
  }
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

/** Columns added after the first release of schema.sql: added to an older database on open (idempotent). */
const ADDED_COLUMNS: ReadonlyArray<readonly [table: string, column: string, declaration: string]> = [
  ['fields', 'description', "TEXT NOT NULL DEFAULT ''"],
  ['fields', 'custom_formatter', 'TEXT'],
  ['lists', 'enable_versioning', 'INTEGER NOT NULL DEFAULT 0'],
  ['lists', 'major_version_limit', 'INTEGER NOT NULL DEFAULT 0'],
  ['lists', 'enable_folder_creation', 'INTEGER NOT NULL DEFAULT 0'],
  ['groups', 'allow_members_edit', 'INTEGER NOT NULL DEFAULT 0'],
  ['groups', 'only_members_view', 'INTEGER NOT NULL DEFAULT 0'],
];

/** Creates the SharePoint tables (idempotent). */
export function migrateSharePoint(db: Db): void {
  const tableExists = (name: string): boolean => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  const olderSite = tableExists('group_members') && !tableExists('site_users');
  db.exec(readSql('schema'));
  // A database from before the site's user list was kept: the people it has met so far (group members, direct
  // grants, items' authors and editors) are its site users.
  if (olderSite) {
    db.exec(`INSERT OR IGNORE INTO site_users (sp_id)
      SELECT user_id FROM group_members
      UNION SELECT principal_id FROM role_assignments WHERE principal_id NOT IN (SELECT id FROM groups)
      UNION SELECT author_id FROM items UNION SELECT editor_id FROM items`);
  }
  for (const [table, column, declaration] of ADDED_COLUMNS) {
    const has = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);
    if (!has) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${declaration}`);
  }
}

/** Drops every table (every part's): a reset starts from nothing. */
export function dropAllTables(db: Db): void {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
    name: string;
  }[];
  const fk = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    for (const r of rows) db.exec(`DROP TABLE IF EXISTS "${r.name.replace(/"/g, '""')}"`);
    const seq = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
    if (seq) db.exec('DELETE FROM sqlite_sequence');
  })();
  db.pragma(`foreign_keys = ${fk ? 'ON' : 'OFF'}`);
}
