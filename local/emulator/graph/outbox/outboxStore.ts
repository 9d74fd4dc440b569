/** The outbox in SQLite (table graph_outbox). */
import type { Database } from 'better-sqlite3';
import type { MeetingSnapshot, OutboxEntry, OutboxRecord } from './outboxTypes';

interface OutboxRow {
  id: number;
  sent_at: string;
  data: string;
}

export interface StoredOutboxItem {
  record: OutboxRecord;
  meeting?: MeetingSnapshot;
}

export class OutboxStore {
  constructor(
    private readonly db: Database,
    private readonly origin: string,
  ) {}

  add(entry: OutboxEntry): number {
    const sentAt = new Date().toISOString();
    const result = this.db
      .prepare('INSERT INTO graph_outbox (kind, event_id, sent_at, data) VALUES (?, ?, ?, ?)')
      .run(entry.kind, entry.eventId ?? null, sentAt, JSON.stringify(entry));
    return Number(result.lastInsertRowid);
  }

  private fromRow(row: OutboxRow): StoredOutboxItem {
    const entry = JSON.parse(row.data) as OutboxEntry;
    const { meeting, ...fields } = entry;
    const record: OutboxRecord = { id: row.id, ...fields, sentAt: row.sent_at };
    if (meeting) record.icsUrl = `${this.origin}/_emulator/outbox/${row.id}.ics`;
    return { record, meeting };
  }

  list(): OutboxRecord[] {
    const rows = this.db.prepare('SELECT id, sent_at, data FROM graph_outbox ORDER BY id DESC').all() as OutboxRow[];
    return rows.map((r) => this.fromRow(r).record);
  }

  get(id: number): StoredOutboxItem | undefined {
    const row = this.db.prepare('SELECT id, sent_at, data FROM graph_outbox WHERE id = ?').get(id) as OutboxRow | undefined;
    return row ? this.fromRow(row) : undefined;
  }

  clear(): void {
    this.db.prepare('DELETE FROM graph_outbox').run();
  }
}
