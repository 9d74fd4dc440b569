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

/** Raw item rows. Parsed rows are cached per list and dropped on any write to that list. */
export class ItemTable {
  private readonly cache = new Map<string, ItemRecord[]>();

  constructor(private readonly db: Database) {}

  invalidate(listId?: string): void {
    if (listId) this.cache.delete(listId);
    else this.cache.clear();
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
    this.invalidate(listId);
    const created = this.get(listId, next);
    if (!created) throw new Error('Item insert failed');
    return created;
  }

  get(listId: string, id: number): ItemRecord | undefined {
    const cached = this.cache.get(listId);
    if (cached) return cached.find((i) => i.id === id);
    const r = this.db.prepare('SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, id) as ItemRow | undefined;
    return r && toItem(r);
  }

  /** Every item and folder of a list, by ID. */
  all(listId: string): ItemRecord[] {
    const cached = this.cache.get(listId);
    if (cached) return cached;
    const rows = (this.db.prepare('SELECT * FROM items WHERE list_id = ? ORDER BY id').all(listId) as ItemRow[]).map(toItem);
    this.cache.set(listId, rows);
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
    this.invalidate(listId);
    const updated = this.get(listId, id);
    if (!updated) throw new Error('Item update failed');
    return updated;
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
