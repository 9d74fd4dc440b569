/** Events in SQLite: one row per event, the full record as JSON, indexed columns for look-ups. */
import type { Database } from 'better-sqlite3';
import type { StoredEvent } from './eventTypes';

interface EventRow {
  data: string;
}

export class EventStore {
  constructor(private readonly db: Database) {}

  private rows(sql: string, ...params: unknown[]): StoredEvent[] {
    return (this.db.prepare(sql).all(...params) as EventRow[]).map((r) => JSON.parse(r.data) as StoredEvent);
  }

  insert(event: StoredEvent): void {
    this.db
      .prepare(
        'INSERT INTO graph_events (id, owner_aad_id, transaction_id, start_utc, end_utc, is_cancelled, created_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(event.id, event.ownerAadId, event.transactionId, event.start, event.end, event.isCancelled ? 1 : 0, event.createdDateTime, JSON.stringify(event));
  }

  update(event: StoredEvent): void {
    this.db
      .prepare('UPDATE graph_events SET start_utc = ?, end_utc = ?, is_cancelled = ?, data = ? WHERE id = ?')
      .run(event.start, event.end, event.isCancelled ? 1 : 0, JSON.stringify(event), event.id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM graph_events WHERE id = ?').run(id);
  }

  get(id: string): StoredEvent | undefined {
    return this.rows('SELECT data FROM graph_events WHERE id = ?', id)[0];
  }

  findByTransaction(ownerAadId: string, transactionId: string): StoredEvent | undefined {
    return this.rows('SELECT data FROM graph_events WHERE owner_aad_id = ? AND transaction_id = ?', ownerAadId, transactionId)[0];
  }

  /** Every event (anyone's, cancelled or not) whose Teams meeting has this join URL. */
  withJoinUrl(joinUrl: string): StoredEvent[] {
    return this.rows('SELECT data FROM graph_events ORDER BY created_at').filter((e) => e.joinUrl === joinUrl);
  }

  listByOwner(ownerAadId: string): StoredEvent[] {
    return this.rows('SELECT data FROM graph_events WHERE owner_aad_id = ? ORDER BY start_utc, created_at', ownerAadId);
  }

  /** Events that are not cancelled and overlap [startIso, endIso). */
  overlapping(startIso: string, endIso: string): StoredEvent[] {
    return this.rows(
      'SELECT data FROM graph_events WHERE is_cancelled = 0 AND start_utc < ? AND end_utc > ? ORDER BY start_utc',
      endIso,
      startIso,
    );
  }
}
