/** SQLite tables of the Graph part (idempotent). */
import type { Database } from 'better-sqlite3';

export function migrateGraph(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS graph_events (
      id TEXT PRIMARY KEY,
      owner_aad_id TEXT NOT NULL,
      transaction_id TEXT,
      start_utc TEXT NOT NULL,
      end_utc TEXT NOT NULL,
      is_cancelled INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      data TEXT NOT NULL
    );
    CREATE UNIQUE INDEX IF NOT EXISTS graph_events_transaction
      ON graph_events (owner_aad_id, transaction_id) WHERE transaction_id IS NOT NULL;
    CREATE INDEX IF NOT EXISTS graph_events_window ON graph_events (start_utc, end_utc);

    CREATE TABLE IF NOT EXISTS graph_outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      event_id TEXT,
      sent_at TEXT NOT NULL,
      data TEXT NOT NULL
    );

    CREATE TABLE IF NOT EXISTS graph_consent_denied (
      permission TEXT PRIMARY KEY COLLATE NOCASE
    );
  `);
}
