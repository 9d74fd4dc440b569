import { randomUUID } from 'crypto';
import type { Database } from 'better-sqlite3';
import { spNow } from './items';

/** A folder with no list item (see itemless_folders in sql/schema.sql). */
export interface ItemlessFolder {
  readonly listId: string;
  /** Server-relative path. */
  readonly path: string;
  readonly guid: string;
  readonly created: string;
}

interface Row {
  list_id: string;
  path: string;
  guid: string;
  created: string;
}

const toFolder = (r: Row): ItemlessFolder => ({ listId: r.list_id, path: r.path, guid: r.guid, created: r.created });

export class ItemlessFolderTable {
  constructor(private readonly db: Database) {}

  add(listId: string, path: string): ItemlessFolder {
    const row: Row = { list_id: listId, path, guid: randomUUID(), created: spNow() };
    this.db.prepare('INSERT INTO itemless_folders (list_id, path, guid, created) VALUES (?, ?, ?, ?)').run(row.list_id, row.path, row.guid, row.created);
    return toFolder(row);
  }

  get(listId: string, path: string): ItemlessFolder | undefined {
    const r = this.db.prepare('SELECT * FROM itemless_folders WHERE list_id = ? AND path = ?').get(listId, path.replace(/\/+$/, '')) as Row | undefined;
    return r && toFolder(r);
  }

  /** The direct sub-folders of a folder. */
  children(listId: string, dir: string): ItemlessFolder[] {
    const d = dir.replace(/\/+$/, '').toLowerCase();
    return (this.db.prepare('SELECT * FROM itemless_folders WHERE list_id = ? ORDER BY created, path').all(listId) as Row[])
      .map(toFolder)
      .filter((f) => f.path.slice(0, f.path.lastIndexOf('/')).toLowerCase() === d);
  }

  /** Removes a folder and every item-less folder below it. */
  delete(listId: string, path: string): void {
    this.db.prepare('DELETE FROM itemless_folders WHERE list_id = ? AND (path = ? OR path LIKE ?)').run(listId, path, `${path}/%`);
  }
}
