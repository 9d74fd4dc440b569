import { randomUUID } from 'crypto';
import type { Database } from 'better-sqlite3';
import type { FieldKind } from '../../../src/lists';
import type { FieldRecord, ListRecord, ListSchema } from './types';

interface ListRow {
  id: string;
  title: string;
  url: string;
  description: string;
  base_template: number;
  entity_name: string;
  created: string;
  enable_versioning: number;
  major_version_limit: number;
  enable_folder_creation: number;
}

interface FieldRow {
  list_id: string;
  internal_name: string;
  id: string;
  title: string;
  kind: FieldKind;
  required: number;
  indexed: number;
  unique_values: number;
  choices: string | null;
  lookup_list_id: string | null;
  lookup_field: string | null;
  date_only: number;
  default_value: string | null;
  max_length: number | null;
  ord: number;
  description: string;
  custom_formatter: string | null;
}

const toList = (r: ListRow): ListRecord => ({
  id: r.id,
  title: r.title,
  url: r.url,
  description: r.description,
  baseTemplate: r.base_template,
  entityName: r.entity_name,
  created: r.created,
  enableVersioning: r.enable_versioning === 1,
  majorVersionLimit: r.major_version_limit,
  enableFolderCreation: r.enable_folder_creation === 1,
});

const toField = (r: FieldRow): FieldRecord => ({
  listId: r.list_id,
  internalName: r.internal_name,
  id: r.id,
  title: r.title,
  kind: r.kind,
  required: r.required === 1,
  indexed: r.indexed === 1,
  unique: r.unique_values === 1,
  ...(r.choices ? { choices: JSON.parse(r.choices) as string[] } : {}),
  ...(r.lookup_list_id ? { lookupListId: r.lookup_list_id, lookupField: r.lookup_field ?? 'Title' } : {}),
  dateOnly: r.date_only === 1,
  ...(r.default_value !== null ? { defaultValue: r.default_value } : {}),
  ...(r.max_length !== null ? { maxLength: r.max_length } : {}),
  order: r.ord,
  description: r.description,
  ...(r.custom_formatter ? { customFormatter: r.custom_formatter } : {}),
});

export interface NewField {
  readonly internalName: string;
  readonly title: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly unique?: boolean;
  readonly choices?: readonly string[];
  readonly lookupListId?: string;
  readonly lookupField?: string;
  readonly dateOnly?: boolean;
  readonly defaultValue?: string;
  readonly maxLength?: number;
  readonly description?: string;
  /** JSON column formatting, as the string SharePoint stores in CustomFormatter. */
  readonly customFormatter?: string;
}

/** What MERGE on a field may change. */
export interface FieldChanges {
  readonly title?: string;
  readonly required?: boolean;
  readonly indexed?: boolean;
  readonly unique?: boolean;
  readonly description?: string;
  readonly defaultValue?: string | null;
  readonly choices?: readonly string[];
  readonly maxLength?: number;
  readonly customFormatter?: string | null;
}

/** What MERGE on a list may change. */
export interface ListChanges {
  readonly title?: string;
  readonly description?: string;
  readonly enableVersioning?: boolean;
  readonly majorVersionLimit?: number;
  readonly enableFolderCreation?: boolean;
}

/** SharePoint's list item entity name: 'Lists/PwPupils' → 'PwPupilsListItem' (spaces as _x0020_). */
export function entityNameFor(url: string): string {
  const leaf = url.slice(url.lastIndexOf('/') + 1);
  return `${leaf.replace(/ /g, '_x0020_').replace(/[^A-Za-z0-9_]/g, '')}ListItem`;
}

/** Lists and fields, cached in memory and re-read after any change. */
export class Catalog {
  private cache: Map<string, ListSchema> | undefined;

  constructor(private readonly db: Database) {}

  invalidate(): void {
    this.cache = undefined;
  }

  private load(): Map<string, ListSchema> {
    if (this.cache) return this.cache;
    const lists = (this.db.prepare('SELECT * FROM lists ORDER BY created, title').all() as ListRow[]).map(toList);
    const fields = (this.db.prepare('SELECT * FROM fields ORDER BY ord').all() as FieldRow[]).map(toField);
    const map = new Map<string, ListSchema>();
    for (const list of lists) {
      const own = fields.filter((f) => f.listId === list.id);
      map.set(list.id, { list, fields: own, byName: new Map(own.map((f) => [f.internalName.toLowerCase(), f])) });
    }
    this.cache = map;
    return map;
  }

  all(): ListSchema[] {
    return [...this.load().values()];
  }

  byId(id: string): ListSchema | undefined {
    const key = id.replace(/[{}]/g, '').toLowerCase();
    return this.all().find((s) => s.list.id.toLowerCase() === key);
  }

  byTitle(title: string): ListSchema | undefined {
    const t = title.toLowerCase();
    return this.all().find((s) => s.list.title.toLowerCase() === t);
  }

  /** By site-relative ('Lists/PwPupils') or server-relative ('/sites/pathways/Lists/PwPupils') URL. */
  byUrl(url: string, sitePath: string): ListSchema | undefined {
    const u = url.replace(/\/+$/, '').toLowerCase();
    return this.all().find((s) => {
      const rel = s.list.url.toLowerCase();
      return u === rel || u === `${sitePath}/${rel}`.toLowerCase();
    });
  }

  createList(input: { title: string; url?: string; description?: string; baseTemplate?: number; id?: string }): ListSchema {
    // SharePoint names the list's folder from its first title: generic lists under Lists/, libraries at the web's root.
    const leaf = input.title.replace(/[^A-Za-z0-9]/g, '');
    const url = input.url ?? (input.baseTemplate === 101 ? leaf : `Lists/${leaf}`);
    const id = input.id ?? randomUUID();
    this.db
      .prepare(
        'INSERT INTO lists (id, title, url, description, base_template, entity_name, created) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.title, url, input.description ?? '', input.baseTemplate ?? 100, entityNameFor(url), new Date().toISOString());
    this.invalidate();
    // SharePoint: a new generic list's Title column is required; a library's (101, Site Pages 119) is not.
    this.addField(id, { internalName: 'Title', title: 'Title', kind: 'Text', required: (input.baseTemplate ?? 100) === 100, maxLength: 255 });
    const created = this.byId(id);
    if (!created) throw new Error(`Could not create list ${input.title}`);
    return created;
  }

  addField(listId: string, f: NewField): FieldRecord {
    const existing = this.byId(listId)?.byName.get(f.internalName.toLowerCase());
    if (existing) throw new Error(`A duplicate field name "${f.internalName}" was found.`);
    const ord = (this.db.prepare('SELECT COALESCE(MAX(ord), 0) + 1 AS n FROM fields WHERE list_id = ?').get(listId) as { n: number }).n;
    this.db
      .prepare(
        `INSERT INTO fields (list_id, internal_name, id, title, kind, required, indexed, unique_values, choices,
           lookup_list_id, lookup_field, date_only, default_value, max_length, ord, description, custom_formatter)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        listId,
        f.internalName,
        randomUUID(),
        f.title,
        f.kind,
        f.required ? 1 : 0,
        f.indexed || f.unique ? 1 : 0,
        f.unique ? 1 : 0,
        f.choices ? JSON.stringify(f.choices) : null,
        f.lookupListId ?? null,
        f.lookupListId ? (f.lookupField ?? 'Title') : null,
        f.dateOnly ? 1 : 0,
        f.defaultValue ?? null,
        f.maxLength ?? null,
        ord,
        f.description ?? '',
        f.customFormatter ?? null,
      );
    this.invalidate();
    const created = this.byId(listId)?.byName.get(f.internalName.toLowerCase());
    if (!created) throw new Error(`Could not add field ${f.internalName}`);
    return created;
  }

  /** MERGE on a field: only the properties given change. */
  updateField(listId: string, internalName: string, changes: FieldChanges): void {
    const f = this.byId(listId)?.byName.get(internalName.toLowerCase());
    if (!f) throw new Error(`No field ${internalName}`);
    const unique = changes.unique ?? f.unique;
    this.db
      .prepare(
        `UPDATE fields SET title = ?, required = ?, indexed = ?, unique_values = ?, description = ?, default_value = ?,
           choices = ?, max_length = ?, custom_formatter = ? WHERE list_id = ? AND internal_name = ?`,
      )
      .run(
        changes.title ?? f.title,
        (changes.required ?? f.required) ? 1 : 0,
        (changes.indexed ?? f.indexed) ? 1 : 0,
        unique ? 1 : 0,
        changes.description ?? f.description,
        changes.defaultValue !== undefined ? changes.defaultValue : (f.defaultValue ?? null),
        changes.choices ? JSON.stringify(changes.choices) : f.choices ? JSON.stringify(f.choices) : null,
        changes.maxLength ?? f.maxLength ?? null,
        changes.customFormatter !== undefined ? changes.customFormatter : (f.customFormatter ?? null),
        listId,
        f.internalName,
      );
    this.invalidate();
  }

  /** MERGE on a list: only the properties given change. */
  updateList(listId: string, changes: ListChanges): void {
    const l = this.byId(listId)?.list;
    if (!l) throw new Error(`No list ${listId}`);
    this.db
      .prepare('UPDATE lists SET title = ?, description = ?, enable_versioning = ?, major_version_limit = ?, enable_folder_creation = ? WHERE id = ?')
      .run(
        changes.title ?? l.title,
        changes.description ?? l.description,
        (changes.enableVersioning ?? l.enableVersioning) ? 1 : 0,
        changes.majorVersionLimit ?? l.majorVersionLimit,
        (changes.enableFolderCreation ?? l.enableFolderCreation) ? 1 : 0,
        listId,
      );
    this.invalidate();
  }
}
