import type { DirectoryUser } from '../contracts';
import { RANK } from '../store/roles';
import type { ItemRecord, ListSchema } from '../store/types';
import { scopeKey } from '../store/types';
import type { SpContext } from './context';

/**
 * Effective permissions of one signed-in user, computed as SharePoint does: from the nearest securable with
 * unique role assignments (item → its folder chain → list → web), granting the user directly or through a
 * SharePoint group. Caches per instance; make one per request.
 */
export class Permissions {
  private readonly principals: number[];
  private readonly rankCache = new Map<string, number>();
  private readonly listInfo = new Map<string, { uniqueItems: Set<number>; folders: Map<string, number> }>();
  private readonly dirScope = new Map<string, string>();

  constructor(
    private readonly ctx: SpContext,
    readonly user: DirectoryUser,
  ) {
    this.principals = ctx.security.principalsOf(user.spId);
  }

  /** Rank (see store/roles) on a unique scope; -1 when nothing is granted. */
  rankOnScope(scope: string): number {
    let r = this.rankCache.get(scope);
    if (r === undefined) {
      r = this.ctx.security.rankOn(scope, this.principals);
      this.rankCache.set(scope, r);
    }
    return r;
  }

  rolesOnScope(scope: string): number[] {
    return this.ctx.security.rolesOn(scope, this.principals);
  }

  webScope(): string {
    return 'web';
  }

  listScope(schema: ListSchema): string {
    const key = scopeKey({ kind: 'list', listId: schema.list.id });
    return this.ctx.security.isUnique(key) ? key : this.webScope();
  }

  private info(schema: ListSchema): { uniqueItems: Set<number>; folders: Map<string, number> } {
    let i = this.listInfo.get(schema.list.id);
    if (!i) {
      const folders = new Map<string, number>();
      for (const it of this.ctx.items.all(schema.list.id)) if (it.fsType === 1) folders.set(this.ctx.fileRef(it).toLowerCase(), it.id);
      i = { uniqueItems: this.ctx.security.uniqueItemIds(schema.list.id), folders };
      this.listInfo.set(schema.list.id, i);
    }
    return i;
  }

  /** The scope governing items placed in a folder (server-relative path). */
  private scopeOfDir(schema: ListSchema, dir: string): string {
    const cacheKey = `${schema.list.id}|${dir.toLowerCase()}`;
    const cached = this.dirScope.get(cacheKey);
    if (cached) return cached;
    const { uniqueItems, folders } = this.info(schema);
    let result: string;
    const folderId = folders.get(dir.toLowerCase());
    if (folderId === undefined) result = this.listScope(schema);
    else if (uniqueItems.has(folderId)) result = scopeKey({ kind: 'item', listId: schema.list.id, itemId: folderId });
    else result = this.scopeOfDir(schema, dir.slice(0, dir.lastIndexOf('/')));
    this.dirScope.set(cacheKey, result);
    return result;
  }

  itemScope(schema: ListSchema, item: ItemRecord): string {
    if (this.info(schema).uniqueItems.has(item.id)) return scopeKey({ kind: 'item', listId: schema.list.id, itemId: item.id });
    return this.scopeOfDir(schema, item.dir);
  }

  webRank(): number {
    return this.rankOnScope(this.webScope());
  }

  listRank(schema: ListSchema): number {
    return this.rankOnScope(this.listScope(schema));
  }

  itemRank(schema: ListSchema, item: ItemRecord): number {
    return this.rankOnScope(this.itemScope(schema, item));
  }

  canReadItem(schema: ListSchema, item: ItemRecord): boolean {
    return this.itemRank(schema, item) >= RANK.read;
  }

  /** A list is visible with Read on the list, or Read on any uniquely-permissioned item or folder in it. */
  canSeeList(schema: ListSchema): boolean {
    if (this.listRank(schema) >= RANK.read) return true;
    for (const id of this.info(schema).uniqueItems) {
      if (this.rankOnScope(scopeKey({ kind: 'item', listId: schema.list.id, itemId: id })) >= RANK.read) return true;
    }
    return false;
  }

  /** Signed-in users with any access to the site (SharePoint gives them Limited Access on the web). */
  canSeeSite(): boolean {
    if (this.webRank() >= RANK.read) return true;
    return this.ctx.catalog.all().some((s) => this.canSeeList(s));
  }
}
