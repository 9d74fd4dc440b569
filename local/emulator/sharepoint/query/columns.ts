import type { DirectoryUser } from '../../contracts';
import type { FieldRecord, ItemRecord, ListSchema } from '../../store/types';
import { errors } from '../errors';

export type ColumnType = 'text' | 'note' | 'number' | 'bool' | 'date';

/** A queryable column: a field, a built-in property, or a projection through a lookup or person field. */
export interface Column {
  readonly path: string;
  readonly type: ColumnType;
  /** Multi-valued (MultiChoice, LookupMulti): comparisons match when any value matches. */
  readonly multi: boolean;
  /** Usable by SharePoint's index (list view threshold). */
  readonly indexed: boolean;
  get(item: ItemRecord): unknown;
}

export interface ColumnContext {
  readonly schema: ListSchema;
  lookupSchema(listId: string): ListSchema | undefined;
  lookupItem(listId: string, id: number): ItemRecord | undefined;
  user(id: number): DirectoryUser | undefined;
  fileRef(item: ItemRecord): string;
}

const USER_PROPS: Record<string, (u: DirectoryUser) => unknown> = {
  id: (u) => u.spId,
  title: (u) => u.displayName,
  email: (u) => u.email,
  name: (u) => u.loginName,
  username: (u) => u.email,
  jobtitle: (u) => u.jobTitle ?? null,
};

const scalarType = (f: FieldRecord): ColumnType => {
  switch (f.kind) {
    case 'Note':
      return 'note';
    case 'Number':
    case 'Integer':
    case 'Currency':
    case 'Lookup':
    case 'LookupMulti':
    case 'User':
      return 'number';
    case 'Boolean':
      return 'bool';
    case 'DateTime':
      return 'date';
    default:
      return 'text';
  }
};

function builtin(name: string, ctx: ColumnContext): Column | undefined {
  const col = (type: ColumnType, get: (i: ItemRecord) => unknown, indexed = false): Column => ({ path: name, type, multi: false, indexed, get });
  switch (name.toLowerCase()) {
    case 'id':
      return col('number', (i) => i.id, true);
    case 'created':
      return col('date', (i) => i.created);
    case 'modified':
      return col('date', (i) => i.modified);
    case 'authorid':
      return col('number', (i) => i.authorId);
    case 'editorid':
      return col('number', (i) => i.editorId);
    case 'fsobjtype':
    case 'filesystemobjecttype':
      return col('number', (i) => i.fsType);
    case 'fileleafref':
      return col('text', (i) => i.leaf);
    case 'filedirref':
      return col('text', (i) => i.dir);
    case 'fileref':
      return col('text', (i) => ctx.fileRef(i));
    case 'guid':
      return col('text', (i) => i.guid);
    case 'contenttypeid':
      return col('text', (i) => (i.fsType === 1 ? '0x0120' : '0x01'));
    default:
      return undefined;
  }
}

function userProjection(path: string, sub: string, idOf: (i: ItemRecord) => unknown, ctx: ColumnContext): Column {
  const prop = USER_PROPS[sub.toLowerCase()];
  if (!prop) throw errors.noProperty(sub);
  return {
    path,
    type: sub.toLowerCase() === 'id' ? 'number' : 'text',
    multi: false,
    indexed: false,
    get: (i) => {
      const id = idOf(i);
      const u = typeof id === 'number' ? ctx.user(id) : undefined;
      return u ? prop(u) : null;
    },
  };
}

/** Resolves a column path used in $filter or $orderby; throws SharePoint's error for an unknown column. */
export function resolveColumn(path: string, ctx: ColumnContext): Column {
  const slash = path.indexOf('/');
  if (slash < 0) {
    const b = builtin(path, ctx);
    if (b) return b;
    const direct = ctx.schema.byName.get(path.toLowerCase());
    if (direct && direct.kind !== 'Lookup' && direct.kind !== 'LookupMulti' && direct.kind !== 'User') {
      const key = direct.internalName;
      return {
        path,
        type: scalarType(direct),
        multi: direct.kind === 'MultiChoice',
        indexed: direct.indexed,
        get: (i) => i.data[key] ?? null,
      };
    }
    if (/id$/i.test(path)) {
      const f = ctx.schema.byName.get(path.slice(0, -2).toLowerCase());
      if (f && (f.kind === 'Lookup' || f.kind === 'LookupMulti' || f.kind === 'User')) {
        const key = `${f.internalName}Id`;
        return { path, type: 'number', multi: f.kind === 'LookupMulti', indexed: f.indexed, get: (i) => i.data[key] ?? null };
      }
    }
    throw errors.columnMissing(path);
  }
  const head = path.slice(0, slash);
  const sub = path.slice(slash + 1);
  if (/^(author|editor)$/i.test(head)) {
    const author = head.toLowerCase() === 'author';
    return userProjection(path, sub, (i) => (author ? i.authorId : i.editorId), ctx);
  }
  const f = ctx.schema.byName.get(head.toLowerCase());
  if (!f) throw errors.columnMissing(head);
  const key = `${f.internalName}Id`;
  if (f.kind === 'User') return userProjection(path, sub, (i) => i.data[key], ctx);
  if (f.kind !== 'Lookup' && f.kind !== 'LookupMulti') throw errors.columnMissing(path);
  const multi = f.kind === 'LookupMulti';
  const ids = (i: ItemRecord): number[] => {
    const v = i.data[key];
    return Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : typeof v === 'number' ? [v] : [];
  };
  if (sub.toLowerCase() === 'id') {
    return { path, type: 'number', multi, indexed: f.indexed, get: (i) => (multi ? ids(i) : (ids(i)[0] ?? null)) };
  }
  const target = f.lookupListId ? ctx.lookupSchema(f.lookupListId) : undefined;
  if (!target) throw errors.columnMissing(path);
  const targetCol = resolveColumn(sub, { ...ctx, schema: target });
  const project = (i: ItemRecord): unknown[] =>
    ids(i).map((id) => {
      const t = ctx.lookupItem(target.list.id, id);
      return t ? targetCol.get(t) : null;
    });
  return {
    path,
    type: targetCol.type,
    multi,
    indexed: false,
    get: (i) => (multi ? project(i) : (project(i)[0] ?? null)),
  };
}
