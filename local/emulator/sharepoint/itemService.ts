import type { FieldRecord, ItemData, ItemRecord, ListSchema } from '../store/types';
import type { SpContext } from './context';
import type { DirectoryUser } from '../contracts';
import { DuplicateValueError, SpError, errors } from './errors';
import { fromForm } from './values/formValue';
import { fromRest, navigationValueError, restKeyOf } from './values/restValue';

/** REST properties a client may send but which SharePoint sets itself; they are ignored on writes. */
const IGNORED_KEYS = new Set(['__metadata', 'odata.type', 'odata.metadata', 'odata.id', 'odata.etag', 'odata.editlink', 'id', 'created', 'modified', 'authorid', 'editorid', 'contenttypeid', 'filesystemobjecttype', 'guid', 'attachments']);

export interface FormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

export interface FormResult {
  FieldName: string;
  FieldValue: string;
  HasException: boolean;
  ErrorCode: number;
  ErrorMessage: string | null;
  ItemId: number;
}

const sameValue = (a: unknown, b: unknown): boolean => {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
};

const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Whether two values clash in an enforced-unique column. The strictest assumption (README, "Unique columns"; not
 * confirmed by any Microsoft document): an empty value is a value, so two empties clash.
 */
export const uniqueClash = (a: unknown, b: unknown): boolean => (isEmpty(a) || isEmpty(b) ? isEmpty(a) && isEmpty(b) : sameValue(a, b));

/** Whether any two of the values clash (what refuses EnforceUniqueValues being switched on). */
export function hasUniqueClash(values: readonly unknown[]): boolean {
  let empties = 0;
  const seen = new Set<string>();
  for (const v of values) {
    if (isEmpty(v)) {
      empties += 1;
      if (empties > 1) return true;
      continue;
    }
    const k = typeof v === 'string' ? `s:${v.toLowerCase()}` : JSON.stringify(v);
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
}

/** Writes items the way SharePoint validates them: types, choices, unique values, folders. */
export class ItemService {
  constructor(private readonly ctx: SpContext) {}

  private fieldForKey(schema: ListSchema, key: string): FieldRecord | 'navigation' | undefined {
    const lower = key.toLowerCase();
    for (const f of schema.fields) {
      if (restKeyOf(f).toLowerCase() === lower) return f;
      if (restKeyOf(f) !== f.internalName && f.internalName.toLowerCase() === lower) return 'navigation';
    }
    return undefined;
  }

  /** Converts a REST add/update body into stored values; unknown properties are refused like SharePoint does. */
  fromRestBody(schema: ListSchema, body: Record<string, unknown>): ItemData {
    const data: ItemData = {};
    for (const [key, raw] of Object.entries(body)) {
      if (IGNORED_KEYS.has(key.toLowerCase())) continue;
      const f = this.fieldForKey(schema, key);
      if (f === 'navigation') {
        if (raw === null) continue;
        throw navigationValueError();
      }
      if (!f) throw errors.noPropertyOnType(key, `SP.Data.${schema.list.entityName}`);
      data[restKeyOf(f)] = fromRest(f, raw);
    }
    return data;
  }

  /**
   * SharePoint's EnforceUniqueValues: the same value may not appear twice in the list (case-insensitive for text),
   * over items and folders alike; an empty value counts as a value (uniqueClash), so at most one may be empty.
   */
  checkUnique(schema: ListSchema, data: ItemData, excludeId?: number): void {
    const unique = schema.fields.filter((f) => f.unique);
    if (unique.length === 0) return;
    const all = this.ctx.items.all(schema.list.id);
    for (const f of unique) {
      const key = restKeyOf(f);
      const v = data[key];
      if (all.some((i) => i.id !== excludeId && uniqueClash(i.data[key], v))) throw new DuplicateValueError(f.internalName);
    }
  }

  /** Refuses to enforce unique values on a column whose items (folders included) already clash (hasUniqueClash). */
  checkCanEnforceUnique(schema: ListSchema, key: string): void {
    if (hasUniqueClash(this.ctx.items.all(schema.list.id).map((i) => i.data[key]))) throw errors.fieldHasDuplicates();
  }

  private withDefaults(schema: ListSchema, data: ItemData): ItemData {
    const out: ItemData = { ...data };
    for (const f of schema.fields) {
      const key = restKeyOf(f);
      if (key in out) continue;
      if (f.defaultValue !== undefined) {
        try {
          out[key] = fromRest(f, f.kind === 'Boolean' ? f.defaultValue === '1' || f.defaultValue.toLowerCase() === 'true' : f.defaultValue);
        } catch {
          out[key] = null;
        }
      } else out[key] = f.kind === 'LookupMulti' ? [] : null;
    }
    return out;
  }

  /** Checks that a folder path is the list's root folder or one of its folders. */
  requireFolder(schema: ListSchema, dir: string): string {
    const root = this.ctx.rootFolder(schema);
    const d = dir.replace(/\/+$/, '');
    if (d.toLowerCase() === root.toLowerCase()) return root;
    const folder = this.ctx.items.folderByRef(schema.list.id, d);
    if (folder) return this.ctx.fileRef(folder);
    const itemless = this.ctx.itemlessFolders.get(schema.list.id, d);
    if (itemless) return itemless.path;
    throw new SpError(404, '-2147024893, System.IO.DirectoryNotFoundException', `The folder '${dir}' does not exist.`);
  }

  /** Resolves a folder path given server-relative, absolute, or relative to the list's root folder. */
  folderPath(schema: ListSchema, path: string): string {
    let p = path.trim();
    if (/^https?:\/\//i.test(p)) p = new URL(p).pathname;
    if (!p.startsWith('/')) p = `${this.ctx.rootFolder(schema)}/${p}`;
    return decodeURIComponent(p).replace(/\/+$/, '');
  }

  add(schema: ListSchema, data: ItemData, authorId: number, dir?: string, created?: string): ItemRecord {
    const full = this.withDefaults(schema, data);
    this.checkUnique(schema, full);
    const folder = dir ? this.requireFolder(schema, dir) : this.ctx.rootFolder(schema);
    return this.ctx.items.insert(schema.list.id, { fsType: 0, dir: folder, authorId, data: full, ...(created ? { created } : {}) });
  }

  update(schema: ListSchema, item: ItemRecord, changes: ItemData, editorId: number): ItemRecord {
    const merged = { ...item.data, ...changes };
    this.checkUnique(schema, merged, item.id);
    return this.ctx.items.update(schema.list.id, item.id, merged, editorId);
  }

  /**
   * Creates a folder WITH its list item (FileSystemObjectType 1): AddSubFolderUsingPath in any list, and
   * folders/addUsingPath in a document library.
   */
  addFolder(schema: ListSchema, parentDir: string, name: string, authorId: number, overwrite = false, values: ItemData = {}): ItemRecord {
    const leaf = name.replace(/^\/+|\/+$/g, '');
    if (leaf === '' || /["*:<>?\\|]/.test(leaf) || leaf.includes('/'))
      throw errors.badRequest(`The folder name '${name}' is not valid.`);
    const dir = this.requireFolder(schema, parentDir);
    const existing = this.ctx.items.folderByRef(schema.list.id, `${dir}/${leaf}`);
    if (existing) {
      if (overwrite) return existing;
      throw this.folderExists(`${dir}/${leaf}`);
    }
    if (this.ctx.itemlessFolders.get(schema.list.id, `${dir}/${leaf}`)) throw this.folderExists(`${dir}/${leaf}`);
    const data = this.withDefaults(schema, { ...values, Title: leaf });
    this.checkUnique(schema, data);
    return this.ctx.items.insert(schema.list.id, { fsType: 1, dir, leaf, authorId, data });
  }

  private folderExists(path: string): SpError {
    return new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${path} already exists.`);
  }

  /**
   * folders/addUsingPath (and folders/add) in a GENERIC list: SharePoint Online creates the folder in the list's
   * file system but no list item for it (pnp/pnpjs#747, pnp/cli-microsoft365#6804, pnp/pnpcore#1680). It has no
   * metadata, cannot be given its own permissions, and is absent from item queries.
   */
  addItemlessFolder(schema: ListSchema, parentDir: string, name: string, overwrite = false): string {
    const leaf = name.replace(/^\/+|\/+$/g, '');
    if (leaf === '' || /["*:<>?\\|]/.test(leaf) || leaf.includes('/'))
      throw errors.badRequest(`The folder name '${name}' is not valid.`);
    const dir = this.requireFolder(schema, parentDir);
    const path = `${dir}/${leaf}`;
    const existing = this.ctx.items.folderByRef(schema.list.id, path) ?? this.ctx.itemlessFolders.get(schema.list.id, path);
    if (existing && !overwrite) throw this.folderExists(path);
    if (existing) return path;
    return this.ctx.itemlessFolders.add(schema.list.id, path).path;
  }

  /** Parses validate-update form values; results carry SharePoint's per-field exceptions. */
  private ensureSiteUser(u: DirectoryUser | undefined): DirectoryUser | undefined {
    if (u) this.ctx.siteUsers.add(u.spId);
    return u;
  }

  parseForm(schema: ListSchema, formValues: readonly FormValue[], itemId: number): { data: ItemData; results: FormResult[] } {
    const data: ItemData = {};
    const results: FormResult[] = [];
    for (const fv of formValues) {
      const f = schema.byName.get(String(fv.FieldName).toLowerCase());
      const value = fv.FieldValue === null || fv.FieldValue === undefined ? '' : String(fv.FieldValue);
      if (!f) {
        results.push({ FieldName: fv.FieldName, FieldValue: value, HasException: true, ErrorCode: -2147024809, ErrorMessage: `Column '${fv.FieldName}' does not exist. It may have been deleted by another user.`, ItemId: itemId });
        continue;
      }
      // A person column set by claims or e-mail resolves the person and puts them in the site's user list, as the
      // people picker's value does (SharePoint ensures the user).
      const parsed = fromForm(f, value, (k) => this.ensureSiteUser(this.ctx.directory.findByLoginName(k)), this.ctx.regional());
      if (!parsed.ok) {
        results.push({ FieldName: f.internalName, FieldValue: value, HasException: true, ErrorCode: -2146232832, ErrorMessage: parsed.message, ItemId: itemId });
        continue;
      }
      if (f.required && isEmpty(parsed.value)) {
        results.push({ FieldName: f.internalName, FieldValue: value, HasException: true, ErrorCode: -2146232832, ErrorMessage: "You can't leave this blank.", ItemId: itemId });
        continue;
      }
      data[restKeyOf(f)] = parsed.value;
      results.push({ FieldName: f.internalName, FieldValue: value, HasException: false, ErrorCode: 0, ErrorMessage: null, ItemId: itemId });
    }
    return { data, results };
  }

  /**
   * Required fields: SharePoint enforces them in forms and in validate-update (AddValidateUpdateItemUsingPath,
   * ValidateUpdateListItem) but NOT on plain REST add/MERGE, which happily store an item with a required
   * column empty. The emulator matches that: only the validate-update paths call this.
   */
  missingRequired(schema: ListSchema, data: ItemData, itemId: number): FormResult[] {
    return schema.fields
      .filter((f) => f.required && isEmpty(data[restKeyOf(f)]))
      .map((f) => ({ FieldName: f.internalName, FieldValue: '', HasException: true, ErrorCode: -2146232832, ErrorMessage: "You can't leave this blank.", ItemId: itemId }));
  }
}
