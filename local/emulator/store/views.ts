import { randomUUID } from 'crypto';
import type { Database } from 'better-sqlite3';

/** A public list view: its columns in order, its CAML query (SharePoint's ViewQuery) and row limit. */
export interface ViewRecord {
  readonly listId: string;
  readonly id: string;
  readonly title: string;
  readonly defaultView: boolean;
  readonly query: string;
  readonly rowLimit: number;
  readonly paged: boolean;
  readonly fields: readonly string[];
}

interface ViewRow {
  list_id: string;
  id: string;
  title: string;
  default_view: number;
  query: string;
  row_limit: number;
  paged: number;
  fields: string;
}

const toView = (r: ViewRow): ViewRecord => ({
  listId: r.list_id,
  id: r.id,
  title: r.title,
  defaultView: r.default_view === 1,
  query: r.query,
  rowLimit: r.row_limit,
  paged: r.paged === 1,
  fields: JSON.parse(r.fields) as string[],
});

export interface ViewChanges {
  readonly title?: string;
  readonly defaultView?: boolean;
  readonly query?: string;
  readonly rowLimit?: number;
  readonly fields?: readonly string[];
}

export class ViewTable {
  constructor(private readonly db: Database) {}

  ofList(listId: string): ViewRecord[] {
    return (this.db.prepare('SELECT * FROM views WHERE list_id = ? ORDER BY ord').all(listId) as ViewRow[]).map(toView);
  }

  byId(listId: string, id: string): ViewRecord | undefined {
    const key = id.replace(/[{}]/g, '').toLowerCase();
    return this.ofList(listId).find((v) => v.id.toLowerCase() === key);
  }

  byTitle(listId: string, title: string): ViewRecord | undefined {
    const t = title.toLowerCase();
    return this.ofList(listId).find((v) => v.title.toLowerCase() === t);
  }

  add(listId: string, input: { title: string; defaultView?: boolean; query?: string; rowLimit?: number; fields: readonly string[] }): ViewRecord {
    const id = randomUUID();
    const ord = (this.db.prepare('SELECT COALESCE(MAX(ord), 0) + 1 AS n FROM views WHERE list_id = ?').get(listId) as { n: number }).n;
    this.db
      .prepare('INSERT INTO views (list_id, id, title, default_view, query, row_limit, paged, fields, ord) VALUES (?, ?, ?, 0, ?, ?, 1, ?, ?)')
      .run(listId, id, input.title, input.query ?? '', input.rowLimit ?? 30, JSON.stringify(input.fields), ord);
    if (input.defaultView) this.makeDefault(listId, id);
    const v = this.byId(listId, id);
    if (!v) throw new Error(`Could not create view ${input.title}`);
    return v;
  }

  update(listId: string, id: string, changes: ViewChanges): void {
    const v = this.byId(listId, id);
    if (!v) return;
    this.db
      .prepare('UPDATE views SET title = ?, query = ?, row_limit = ?, fields = ? WHERE list_id = ? AND id = ?')
      .run(changes.title ?? v.title, changes.query ?? v.query, changes.rowLimit ?? v.rowLimit, JSON.stringify(changes.fields ?? v.fields), listId, v.id);
    if (changes.defaultView === true) this.makeDefault(listId, v.id);
  }

  /** A list has exactly one default view: making one default clears the others (it cannot be cleared directly). */
  private makeDefault(listId: string, id: string): void {
    this.db.prepare('UPDATE views SET default_view = CASE WHEN id = ? THEN 1 ELSE 0 END WHERE list_id = ?').run(id, listId);
  }

  deleteOfList(listId: string): void {
    this.db.prepare('DELETE FROM views WHERE list_id = ?').run(listId);
  }
}
