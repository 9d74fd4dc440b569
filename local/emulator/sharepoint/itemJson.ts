import type { DirectoryUser } from '../contracts';
import type { FieldRecord, ItemRecord, ListSchema } from '../store/types';
import { versionLabel } from '../store/sitePages';
import type { SpContext } from './context';
import { SpError, errors, INVALID_QUERY } from './errors';
import { restKeyOf } from './values/restValue';

export type Metadata = 'verbose' | 'minimal' | 'none';

/** A validated $select/$expand, ready to shape many items. */
export interface Projection {
  readonly all: boolean;
  /** Canonical output name → getter. */
  readonly scalars: readonly [string, (i: ItemRecord) => unknown][];
  /** Expanded navigation name → sub-property names (empty: the default projection). */
  readonly expanded: ReadonlyMap<string, string[]>;
}

/** The item's version label: a client-side page's major.minor (Site Pages keeps minor versions), else n.0. */
function versionOf(i: ItemRecord, ctx: SpContext): string {
  const page = ctx.pages.get(i.listId, i.id);
  return page ? versionLabel(page) : `${i.version}.0`;
}

const BUILTIN: Record<string, [string, (i: ItemRecord, ctx: SpContext) => unknown]> = {
  id: ['Id', (i) => i.id],
  filesystemobjecttype: ['FileSystemObjectType', (i) => i.fsType],
  fsobjtype: ['FSObjType', (i) => String(i.fsType)],
  contenttypeid: ['ContentTypeId', (i) => (i.fsType === 1 ? '0x0120' : '0x01')],
  created: ['Created', (i) => i.created],
  modified: ['Modified', (i) => i.modified],
  authorid: ['AuthorId', (i) => i.authorId],
  editorid: ['EditorId', (i) => i.editorId],
  fileleafref: ['FileLeafRef', (i) => i.leaf],
  filedirref: ['FileDirRef', (i) => i.dir],
  fileref: ['FileRef', (i, c) => c.fileRef(i)],
  guid: ['GUID', (i) => i.guid],
  odata__uiversionstring: ['OData__UIVersionString', (i, c) => versionOf(i, c)],
  attachments: ['Attachments', () => false],
  // SP.ListItem.CommentsDisabled (page comments; PnPjs's page load selects it).
  commentsdisabled: ['CommentsDisabled', () => false],
};

const USER_PROPS: Record<string, [string, (u: DirectoryUser) => unknown]> = {
  id: ['Id', (u) => u.spId],
  title: ['Title', (u) => u.displayName],
  email: ['EMail', (u) => u.email],
  name: ['Name', (u) => u.loginName],
  username: ['UserName', (u) => u.email],
  jobtitle: ['JobTitle', (u) => u.jobTitle ?? null],
  firstname: ['FirstName', (u) => u.displayName.split(' ')[0]],
  lastname: ['LastName', (u) => u.displayName.split(' ').slice(1).join(' ')],
};

const navField = (schema: ListSchema, name: string): FieldRecord | 'author' | 'editor' | undefined => {
  const n = name.toLowerCase();
  if (n === 'author' || n === 'editor') return n;
  const f = schema.byName.get(n);
  return f && (f.kind === 'Lookup' || f.kind === 'LookupMulti' || f.kind === 'User') ? f : undefined;
};

/** Shapes items as SharePoint's REST API returns them (minimal metadata, verbose, or no metadata). */
export class ItemSerializer {
  constructor(
    private readonly ctx: SpContext,
    private readonly hasUnique: (schema: ListSchema, item: ItemRecord) => boolean,
  ) {}

  private fieldGetter(f: FieldRecord): [string, (i: ItemRecord) => unknown] {
    const key = restKeyOf(f);
    return [key, (i) => i.data[key] ?? (f.kind === 'LookupMulti' ? [] : null)];
  }

  project(schema: ListSchema, select: readonly string[], expand: readonly string[]): Projection {
    const expanded = new Map<string, string[]>();
    const canonical = new Map<string, string>();
    for (const e of expand) {
      const head = e.split('/')[0];
      const f = navField(schema, head);
      if (!f) throw errors.noProperty(head);
      const name = f === 'author' ? 'Author' : f === 'editor' ? 'Editor' : f.internalName;
      canonical.set(head.toLowerCase(), name);
      if (!expanded.has(name)) expanded.set(name, []);
    }
    const scalars: [string, (i: ItemRecord) => unknown][] = [];
    let all = select.length === 0;
    for (const s of select) {
      if (s === '*') {
        all = true;
        continue;
      }
      const slash = s.indexOf('/');
      if (slash > 0) {
        const head = s.slice(0, slash);
        const name = canonical.get(head.toLowerCase());
        if (!name) {
          throw new SpError(
            400,
            INVALID_QUERY,
            `The query to field '${s}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
          );
        }
        expanded.get(name)?.push(s.slice(slash + 1));
        continue;
      }
      const lower = s.toLowerCase();
      if (lower === 'id' && s === 'ID') {
        scalars.push(['ID', (i) => i.id]);
        continue;
      }
      const b = BUILTIN[lower];
      if (b) {
        scalars.push([b[0], (i) => b[1](i, this.ctx)]);
        continue;
      }
      if (lower === 'hasuniqueroleassignments') {
        scalars.push(['HasUniqueRoleAssignments', (i) => this.hasUnique(schema, i)]);
        continue;
      }
      const f = schema.byName.get(lower);
      if (f) {
        if (canonical.has(lower)) continue; // expanded: shown as a nested object
        scalars.push(this.fieldGetter(f));
        continue;
      }
      if (lower.endsWith('id')) {
        const lf = schema.byName.get(lower.slice(0, -2));
        if (lf && restKeyOf(lf).toLowerCase() === lower) {
          scalars.push(this.fieldGetter(lf));
          continue;
        }
      }
      throw errors.noProperty(s);
    }
    return { all, scalars, expanded };
  }

  private defaults(schema: ListSchema, item: ItemRecord): Record<string, unknown> {
    const out: Record<string, unknown> = {
      FileSystemObjectType: item.fsType,
      Id: item.id,
      ServerRedirectedEmbedUri: null,
      ServerRedirectedEmbedUrl: '',
      ContentTypeId: item.fsType === 1 ? '0x0120' : '0x01',
    };
    for (const f of schema.fields) {
      const [k, get] = this.fieldGetter(f);
      out[k] = get(item);
    }
    Object.assign(out, {
      ID: item.id,
      Modified: item.modified,
      Created: item.created,
      AuthorId: item.authorId,
      EditorId: item.editorId,
      OData__UIVersionString: versionOf(item, this.ctx),
      Attachments: false,
      GUID: item.guid,
    });
    return out;
  }

  private userObject(id: unknown, subs: string[]): Record<string, unknown> | null {
    const u = typeof id === 'number' ? this.ctx.directory.findBySpId(id) : undefined;
    if (!u) return null;
    const props = subs.length > 0 ? subs : ['Id', 'Title', 'EMail'];
    const out: Record<string, unknown> = {};
    for (const p of props) {
      const def = USER_PROPS[p.toLowerCase()];
      if (!def) throw errors.noProperty(p);
      out[def[0]] = def[1](u);
    }
    return out;
  }

  private lookupObject(f: FieldRecord, id: unknown, subs: string[]): Record<string, unknown> | null {
    if (typeof id !== 'number' || !f.lookupListId) return null;
    const target = this.ctx.catalog.byId(f.lookupListId);
    const item = target ? this.ctx.items.get(target.list.id, id) : undefined;
    if (!target || !item) return null;
    const props = subs.length > 0 ? subs : ['Id', 'Title'];
    const out: Record<string, unknown> = {};
    for (const p of props) {
      const lower = p.toLowerCase();
      if (lower === 'id') out.Id = item.id;
      else if (BUILTIN[lower]) out[BUILTIN[lower][0]] = BUILTIN[lower][1](item, this.ctx);
      else {
        const tf = target.byName.get(lower);
        if (!tf) throw errors.noProperty(p);
        out[restKeyOf(tf) === tf.internalName ? tf.internalName : restKeyOf(tf)] = item.data[restKeyOf(tf)] ?? null;
      }
    }
    return out;
  }

  private navigation(schema: ListSchema, item: ItemRecord, name: string, subs: string[]): unknown {
    if (name === 'Author') return this.userObject(item.authorId, subs);
    if (name === 'Editor') return this.userObject(item.editorId, subs);
    const f = schema.byName.get(name.toLowerCase());
    if (!f) return null;
    const raw = item.data[`${f.internalName}Id`];
    if (f.kind === 'User') return this.userObject(raw, subs);
    if (f.kind === 'LookupMulti') {
      const ids = Array.isArray(raw) ? raw : [];
      return ids.map((id) => this.lookupObject(f, id, subs)).filter((o) => o !== null);
    }
    return this.lookupObject(f, raw, subs);
  }

  entityUri(schema: ListSchema, item: ItemRecord): string {
    return `${this.ctx.siteUrl}/_api/Web/Lists(guid'${schema.list.id}')/Items(${item.id})`;
  }

  etag(item: ItemRecord): string {
    return `"${item.guid},${item.version}"`;
  }

  /** One item as JSON. single: add the entity's odata.metadata (single-entity responses carry it). */
  toJson(schema: ListSchema, item: ItemRecord, p: Projection, metadata: Metadata, single = false): Record<string, unknown> {
    const type = `SP.Data.${schema.list.entityName}`;
    const out: Record<string, unknown> = {};
    if (metadata === 'verbose') {
      const uri = this.entityUri(schema, item);
      out.__metadata = { id: uri, uri, etag: this.etag(item), type };
    } else if (metadata === 'minimal') {
      if (single) out['odata.metadata'] = `${this.ctx.siteUrl}/_api/$metadata#SP.Data.${schema.list.entityName.replace(/ListItem$/, '')}ListItems/@Element`;
      out['odata.type'] = type;
      out['odata.id'] = this.entityUri(schema, item);
      out['odata.etag'] = this.etag(item);
      out['odata.editLink'] = `Web/Lists(guid'${schema.list.id}')/Items(${item.id})`;
    }
    if (p.all) Object.assign(out, this.defaults(schema, item));
    for (const [k, get] of p.scalars) out[k] = get(item);
    for (const [name, subs] of p.expanded) {
      const v = this.navigation(schema, item, name, subs);
      out[name] = metadata === 'verbose' && Array.isArray(v) ? { results: v } : v;
    }
    if (metadata === 'verbose') {
      for (const f of schema.fields) {
        const v = out[restKeyOf(f)];
        if (Array.isArray(v)) out[restKeyOf(f)] = { results: v };
      }
    }
    return out;
  }
}
