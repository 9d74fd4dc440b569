import type { Database } from 'better-sqlite3';
import { readSql } from '../store/db';

export interface StorageEntity {
  readonly key: string;
  readonly value: string;
  readonly description: string;
  readonly comment: string;
}

/**
 * Tenant properties (SharePoint "storage entities"): set by a tenant administrator on the tenant app catalog
 * (Set-SPOStorageEntity, m365 spo storageentity set), read by any SharePoint Framework component from any site
 * with GET <site>/_api/web/GetStorageEntity('key'). Kept in the main database, shared by every emulated site.
 */
export class TenantProperties {
  constructor(private readonly db: Database) {}

  migrate(): void {
    this.db.exec(readSql('tenant'));
  }

  get(key: string): StorageEntity | undefined {
    const r = this.db.prepare('SELECT key, value, description, comment FROM tenant_properties WHERE key = ?').get(key) as StorageEntity | undefined;
    return r;
  }

  set(key: string, value: string, description = '', comment = ''): void {
    this.db
      .prepare('INSERT OR REPLACE INTO tenant_properties (key, value, description, comment) VALUES (?, ?, ?, ?)')
      .run(key, value, description, comment);
  }

  remove(key: string): void {
    this.db.prepare('DELETE FROM tenant_properties WHERE key = ?').run(key);
  }
}
