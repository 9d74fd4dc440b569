import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

/** Reads one of the SQL files kept next to this module (store/sql/<name>.sql). */
export function readSql(name: string): string {
  return readFileSync(join(__dirname, 'sql', `${name}.sql`), 'utf8');
}

/** Opens the emulator database: a file (WAL mode) or ':memory:'. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

/** Creates the SharePoint tables (idempotent). */
export function migrateSharePoint(db: Db): void {
  db.exec(readSql('schema'));
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
