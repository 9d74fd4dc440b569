import type { RegionalSettings } from '../sharepoint/values/regional';
import type { DirectoryUser } from '../contracts';
import type { SpContext } from '../sharepoint/context';
import type { ItemService } from '../sharepoint/itemService';
import { restKeyOf, fromRest } from '../sharepoint/values/restValue';
import { FOLDER_KEY_PREFIX } from '../../../src/lists/uniqueKeys';
import { DEFAULT_ADMIN, DEFAULT_GROUPS } from './siteSeeder';
import type { GroupRecord, ItemData, ItemRecord, ListSchema } from './types';
import { scopeKey } from './types';

export { DEFAULT_ADMIN, DEFAULT_GROUPS };
export type { GroupRecord, ItemRecord, ListSchema };

/** A securable for the seeding API: the web, a list, an item, or a folder (by name or path under the list). */
export type ScopeSpec = 'web' | { readonly list: string; readonly item?: number; readonly folder?: string };

export interface ItemOptions {
  /** Folder path relative to the list's root folder ('P0001' or 'P0001/2026'); created if missing. */
  readonly folder?: string;
  /** Author's e-mail (default: the site admin). */
  readonly author?: string;
  /** Created/Modified timestamp (ISO). */
  readonly created?: string;
}

/**
 * Seeding API over the emulator's database, for tests and the demo seeder. Item values use the REST shape
 * ('Title', 'PwStatus', lookups as 'PwSchoolId', multi lookups as 'PwNamedContactsId': [..]) and are
 * validated as a REST add would be (types, choices, unique values).
 */
export class EmulatorStore {
  constructor(
    private readonly ctx: SpContext,
    private readonly writer: ItemService,
  ) {}

  get siteUrl(): string {
    return this.ctx.siteUrl;
  }

  /** The site's regional settings (what setup sets; a new site is en-US, Pacific Time). */
  setRegionalSettings(settings: RegionalSettings): void {
    this.ctx.setRegional(settings);
  }

  regionalSettings(): RegionalSettings {
    return this.ctx.regional();
  }

  list(title: string): ListSchema {
    const s = this.ctx.catalog.byTitle(title);
    if (!s) throw new Error(`No list titled '${title}'.`);
    return s;
  }

  /** Server-relative URL of a list's root folder, or of a folder in it. */
  folderUrl(listTitle: string, folder?: string): string {
    const root = this.ctx.rootFolder(this.list(listTitle));
    return folder ? `${root}/${folder.replace(/^\/+|\/+$/g, '')}` : root;
  }

  // ── People ────────────────────────────────────────────────────────────────
  addUser(user: { email: string; displayName: string; jobTitle?: string; userType?: 'Member' | 'Guest' }): DirectoryUser {
    const userType = user.userType ?? (this.ctx.directory.isTenantEmail(user.email) ? 'Member' : 'Guest');
    return this.ctx.directory.ensure({ email: user.email, displayName: user.displayName, userType, ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}) });
  }

  user(email: string): DirectoryUser {
    const u = this.ctx.directory.findByEmail(email);
    if (!u) throw new Error(`No user ${email}.`);
    return u;
  }

  createGroup(title: string, description = ''): GroupRecord {
    return this.ctx.groups.byTitle(title) ?? this.ctx.groups.create(title, description, DEFAULT_GROUPS.owners.id);
  }

  group(titleOrId: string | number): GroupRecord {
    const g = typeof titleOrId === 'number' ? this.ctx.groups.byId(titleOrId) : this.ctx.groups.byTitle(titleOrId);
    if (!g) throw new Error(`No group ${titleOrId}.`);
    return g;
  }

  addToGroup(group: string | number, email: string): void {
    this.ctx.groups.addMember(this.group(group).id, this.user(email).spId);
  }

  removeFromGroup(group: string | number, email: string): void {
    this.ctx.groups.removeMember(this.group(group).id, this.user(email).spId);
  }

  // ── Items ─────────────────────────────────────────────────────────────────
  private authorId(email?: string): number {
    return this.user(email ?? DEFAULT_ADMIN.email).spId;
  }

  /**
   * Creates the folder chain for a path under a list (idempotent); returns the deepest folder. Folders are made as
   * Pathways Hub makes them: `folder:<path below the root>` in every unique column (src/lists/uniqueKeys.ts), so
   * several can exist under the strict unique rule; `keys: false` makes one as SharePoint's own UI would, empty there.
   */
  ensureFolder(listTitle: string, path: string, author?: string, keys = true): ItemRecord {
    const schema = this.list(listTitle);
    const root = this.ctx.rootFolder(schema);
    let dir = root;
    let folder: ItemRecord | undefined;
    for (const name of path.split('/').filter((p) => p.length > 0)) {
      const relative = `${dir}/${name}`.slice(root.length + 1);
      const values: ItemData = keys ? Object.fromEntries(schema.fields.filter((f) => f.unique).map((f) => [restKeyOf(f), `${FOLDER_KEY_PREFIX}${relative}`])) : {};
      folder = this.ctx.items.folderByRef(schema.list.id, `${dir}/${name}`) ?? this.writer.addFolder(schema, dir, name, this.authorId(author), false, values);
      dir = `${dir}/${name}`;
    }
    if (!folder) throw new Error('An empty folder path was given.');
    return folder;
  }

  addItem(listTitle: string, values: Record<string, unknown>, options: ItemOptions = {}): ItemRecord {
    const schema = this.list(listTitle);
    const dir = options.folder ? this.ctx.fileRef(this.ensureFolder(listTitle, options.folder, options.author)) : undefined;
    return this.writer.add(schema, this.writer.fromRestBody(schema, values), this.authorId(options.author), dir, options.created);
  }

  updateItem(listTitle: string, id: number, values: Record<string, unknown>, editor?: string): ItemRecord {
    const schema = this.list(listTitle);
    const item = this.item(listTitle, id);
    return this.writer.update(schema, item, this.writer.fromRestBody(schema, values), this.authorId(editor));
  }

  /**
   * Overwrites stored values with no validation at all (tests only): data a hand edit, a column change or another
   * tool left behind, e.g. text in a date column or broken JSON in a Note column. Values use internal names.
   */
  damageItem(listTitle: string, id: number, values: Record<string, unknown>): ItemRecord {
    const schema = this.list(listTitle);
    const item = this.item(listTitle, id);
    return this.ctx.items.update(schema.list.id, id, { ...item.data, ...values } as ItemRecord['data'], item.editorId);
  }

  item(listTitle: string, id: number): ItemRecord {
    const item = this.ctx.items.get(this.list(listTitle).list.id, id);
    if (!item) throw new Error(`No item ${id} in '${listTitle}'.`);
    return item;
  }

  items(listTitle: string): ItemRecord[] {
    return this.ctx.items.all(this.list(listTitle).list.id);
  }

  /**
   * Inserts many items in one transaction (fast: 10,000 rows in well under a second). Values are converted
   * like a REST add; unique columns are checked within the batch and against existing items.
   */
  bulkInsert(listTitle: string, rows: readonly Record<string, unknown>[], options: ItemOptions = {}): number {
    const schema = this.list(listTitle);
    const dir = options.folder ? this.ctx.fileRef(this.ensureFolder(listTitle, options.folder, options.author)) : this.ctx.rootFolder(schema);
    const authorId = this.authorId(options.author);
    const unique = schema.fields.filter((f) => f.unique).map(restKeyOf);
    const seen = new Map(unique.map((k) => [k, new Set(this.ctx.items.valuesOf(schema.list.id, k, true).map((v) => v.toLowerCase()))]));
    const defaults: ItemData = {};
    for (const f of schema.fields) {
      const key = restKeyOf(f);
      defaults[key] = f.defaultValue !== undefined ? safe(() => fromRest(f, f.kind === 'Boolean' ? f.defaultValue === '1' : f.defaultValue)) : f.kind === 'LookupMulti' ? [] : null;
    }
    const items = rows.map((row) => {
      const data = { ...defaults, ...this.writer.fromRestBody(schema, row) };
      for (const k of unique) {
        // An empty value counts as a value (the strict unique rule, README "Unique columns"): at most one.
        const v = String(data[k] ?? '').toLowerCase();
        const set = seen.get(k);
        if (set?.has(v)) throw new Error(`Duplicate value '${v}' for unique column ${k}.`);
        set?.add(v);
      }
      return { fsType: 0 as const, dir, authorId, data, ...(options.created ? { created: options.created } : {}) };
    });
    return this.ctx.db.transaction(() => this.ctx.items.insertMany(schema.list.id, items))();
  }

  // ── Permissions ───────────────────────────────────────────────────────────
  private scope(spec: ScopeSpec): string {
    if (spec === 'web') return 'web';
    const schema = this.list(spec.list);
    if (spec.item !== undefined) return scopeKey({ kind: 'item', listId: schema.list.id, itemId: spec.item });
    if (spec.folder !== undefined) {
      const f = this.ctx.items.folderByRef(schema.list.id, this.folderUrl(spec.list, spec.folder));
      if (!f) throw new Error(`No folder '${spec.folder}' in '${spec.list}'.`);
      return scopeKey({ kind: 'item', listId: schema.list.id, itemId: f.id });
    }
    return scopeKey({ kind: 'list', listId: schema.list.id });
  }

  private principalId(principal: number | string): number {
    if (typeof principal === 'number') return principal;
    return principal.includes('@') ? this.user(principal).spId : this.group(principal).id;
  }

  private roleId(role: number | string): number {
    const r = typeof role === 'number' ? this.ctx.roles.byId(role) : this.ctx.roles.byName(role);
    if (!r) throw new Error(`No role definition ${role}.`);
    return r.id;
  }

  /** The scope a securable currently inherits from (its nearest uniquely-permissioned ancestor). */
  private inheritedFrom(spec: ScopeSpec): string {
    if (spec === 'web') return 'web';
    const schema = this.list(spec.list);
    const listKey = scopeKey({ kind: 'list', listId: schema.list.id });
    const listScope = this.ctx.security.isUnique(listKey) ? listKey : 'web';
    if (spec.item === undefined && spec.folder === undefined) return 'web';
    const item =
      spec.item !== undefined ? this.item(spec.list, spec.item) : this.ctx.items.folderByRef(schema.list.id, this.folderUrl(spec.list, spec.folder));
    let dir = item?.dir ?? '';
    const root = this.ctx.rootFolder(schema).toLowerCase();
    while (dir.toLowerCase().startsWith(`${root}/`)) {
      const folder = this.ctx.items.folderByRef(schema.list.id, dir);
      const key = folder ? scopeKey({ kind: 'item', listId: schema.list.id, itemId: folder.id }) : '';
      if (folder && this.ctx.security.isUnique(key)) return key;
      dir = dir.slice(0, dir.lastIndexOf('/'));
    }
    return listScope;
  }

  /** Gives a scope unique permissions: a copy of what it inherited (copy=true, the default) or none. */
  breakInheritance(spec: ScopeSpec, copy = true): void {
    const key = this.scope(spec);
    if (this.ctx.security.isUnique(key)) return;
    this.ctx.security.setUnique(key, copy ? this.ctx.security.assignments(this.inheritedFrom(spec)) : []);
  }

  resetInheritance(spec: ScopeSpec): void {
    this.ctx.security.clearUnique(this.scope(spec));
  }

  /** Grants a role ('Read', 'Contribute', 'Edit', 'Full Control' or its id) to a user (e-mail) or group (title or id). */
  grant(spec: ScopeSpec, principal: number | string, role: number | string): void {
    const key = this.scope(spec);
    if (!this.ctx.security.isUnique(key)) this.breakInheritance(spec, true);
    this.ctx.security.add(key, this.principalId(principal), this.roleId(role));
  }

  revoke(spec: ScopeSpec, principal: number | string, role?: number | string): void {
    this.ctx.security.remove(this.scope(spec), this.principalId(principal), role === undefined ? undefined : this.roleId(role));
  }
}

function safe(f: () => unknown): unknown {
  try {
    return f();
  } catch {
    return null;
  }
}
