import { randomUUID } from 'crypto';
import type { Database } from 'better-sqlite3';
import type { ItemData, ItemRecord } from './types';

interface ItemRow {
  list_id: string;
  id: number;
  guid: string;
  fs_type: number;
  dir: string;
  leaf: string;
  version: number;
  created: string;
  modified: string;
  author_id: number;
  editor_id: number;
  data: string;
}

const toItem = (r: ItemRow): ItemRecord => ({
  listId: r.list_id,
  id: r.id,
  guid: r.guid,
  fsType: r.fs_type === 1 ? 1 : 0,
  dir: r.dir,
  leaf: r.leaf,
  version: r.version,
  created: r.created,
  modified: r.modified,
  authorId: r.author_id,
  editorId: r.editor_id,
  data: JSON.parse(r.data) as ItemData,
});

/** SharePoint's timestamp format: ISO 8601 UTC without milliseconds. */
export const spNow = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface NewItem {
  readonly fsType: 0 | 1;
  readonly dir: string;
  /** Folder name; for list items defaults to '<id>_.000' as SharePoint does. */
  readonly leaf?: string;
  readonly authorId: number;
  readonly data: ItemData;
  readonly created?: string;
}

interface ListCache {
  rows: ItemRecord[];
  byId: Map<number, ItemRecord>;
}

/**
 * Raw item rows. Parsed rows are cached per list (in ID order, with an id index) and patched in place by this
 * class's own writes, so seeding thousands of items over REST stays linear.
 */
export class ItemTable {
  private readonly cache = new Map<string, ListCache>();
  /** Values derived from the rows (e.g. the emulator's column indexes), dropped at every write. */
  private readonly derived = new Map<string, unknown>();

  constructor(private readonly db: Database) {}

  invalidate(listId?: string): void {
    if (listId) this.cache.delete(listId);
    else this.cache.clear();
    this.derived.clear();
  }

  /** A value computed from the current rows, kept until the next write (the build runs at most once between writes). */
  memo<T>(key: string, build: () => T): T {
    if (this.derived.has(key)) return this.derived.get(key) as T;
    const value = build();
    this.derived.set(key, value);
    return value;
  }

  /**
   * Inserts many items in one prepared statement, without reading each back (bulk seeding of test data). The
   * caller runs it inside a transaction; the list's cache is dropped.
   */
  insertMany(listId: string, items: readonly NewItem[]): number {
    const { first } = this.db
      .prepare('UPDATE lists SET next_item_id = next_item_id + ? WHERE id = ? RETURNING next_item_id - ? AS first')
      .get(items.length, listId, items.length) as { first: number };
    const insert = this.db.prepare(
      `INSERT INTO items (list_id, id, guid, fs_type, dir, leaf, version, created, modified, author_id, editor_id, data)
       VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
    );
    const stamp = spNow();
    items.forEach((item, n) => {
      const id = first + n;
      const now = item.created ?? stamp;
      insert.run(listId, id, randomUUID(), item.fsType, item.dir, item.leaf ?? `${id}_.000`, now, now, item.authorId, item.authorId, JSON.stringify(item.data));
    });
    for (const author of new Set(items.map((i) => i.authorId))) this.metUser(author);
    this.invalidate(listId);
    return items.length;
  }

  /**
   * The values of one data key over a list's items and folders (e.g. a unique column), without parsing the items:
   * the non-empty ones, or with `withEmpty` every one (an empty as '').
   */
  valuesOf(listId: string, key: string, withEmpty = false): string[] {
    const rows = this.db.prepare('SELECT json_extract(data, ?) AS v FROM items WHERE list_id = ?').all(`$."${key}"`, listId) as { v: unknown }[];
    const all = rows.map((r) => (r.v === null || r.v === undefined ? '' : String(r.v)));
    return withEmpty ? all : all.filter((v) => v !== '');
  }

  /** Whoever creates or edits an item is one of the site's users from then on (store/siteUsers.ts). */
  private metUser(userId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO site_users (sp_id) VALUES (?)').run(userId);
  }

  private cached(listId: string): ListCache | undefined {
    return this.cache.get(listId);
  }

  private read(listId: string, id: number): ItemRecord | undefined {
    const r = this.db.prepare('SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, id) as ItemRow | undefined;
    return r && toItem(r);
  }

  insert(listId: string, item: NewItem): ItemRecord {
    const { next } = this.db
      .prepare('UPDATE lists SET next_item_id = next_item_id + 1 WHERE id = ? RETURNING next_item_id - 1 AS next')
      .get(listId) as { next: number };
    const now = item.created ?? spNow();
    const leaf = item.leaf ?? `${next}_.000`;
    this.db
      .prepare(
        `INSERT INTO items (list_id, id, guid, fs_type, dir, leaf, version, created, modified, author_id, editor_id, data)
         VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
      )
      .run(listId, next, randomUUID(), item.fsType, item.dir, leaf, now, now, item.authorId, item.authorId, JSON.stringify(item.data));
    this.metUser(item.authorId);
    this.derived.clear();
    const created = this.read(listId, next);
    if (!created) throw new Error('Item insert failed');
    const c = this.cached(listId);
    if (c) {
      c.rows.push(created); // ids only grow, so ID order is kept
      c.byId.set(created.id, created);
    }
    return created;
  }

  get(listId: string, id: number): ItemRecord | undefined {
    const c = this.cached(listId);
    return c ? c.byId.get(id) : this.read(listId, id);
  }

  /** Every item and folder of a list, by ID. Treat as read-only. */
  all(listId: string): ItemRecord[] {
    const c = this.cached(listId);
    if (c) return c.rows;
    const rows = (this.db.prepare('SELECT * FROM items WHERE list_id = ? ORDER BY id').all(listId) as ItemRow[]).map(toItem);
    this.cache.set(listId, { rows, byId: new Map(rows.map((r) => [r.id, r])) });
    return rows;
  }

  count(listId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(listId) as { n: number }).n;
  }

  folderByRef(listId: string, fileRef: string): ItemRecord | undefined {
    const ref = fileRef.replace(/\/+$/, '').toLowerCase();
    return this.all(listId).find((i) => i.fsType === 1 && `${i.dir}/${i.leaf}`.toLowerCase() === ref);
  }

  update(listId: string, id: number, data: ItemData, editorId: number): ItemRecord {
    this.db
      .prepare('UPDATE items SET data = ?, version = version + 1, modified = ?, editor_id = ? WHERE list_id = ? AND id = ?')
      .run(JSON.stringify(data), spNow(), editorId, listId, id);
    this.metUser(editorId);
    this.derived.clear();
    const updated = this.read(listId, id);
    if (!updated) throw new Error('Item update failed');
    const c = this.cached(listId);
    if (c) {
      let lo = 0;
      let hi = c.rows.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (c.rows[mid].id === id) {
          c.rows[mid] = updated;
          break;
        }
        if (c.rows[mid].id < id) lo = mid + 1;
        else hi = mid - 1;
      }
      c.byId.set(id, updated);
    }
    return updated;
  }

  /** Renames a file (its leaf); used when a new client-side page takes its name from its first title. */
  rename(listId: string, id: number, leaf: string): void {
    this.db.prepare('UPDATE items SET leaf = ? WHERE list_id = ? AND id = ?').run(leaf, listId, id);
    this.invalidate(listId);
  }

  /** Deletes an item; a folder takes its contents with it. */
  delete(listId: string, item: ItemRecord): void {
    this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, item.id);
    if (item.fsType === 1) {
      const ref = `${item.dir}/${item.leaf}`;
      this.db.prepare('DELETE FROM items WHERE list_id = ? AND (dir = ? OR dir LIKE ?)').run(listId, ref, `${ref}/%`);
    }
    this.invalidate(listId);
  }
}
