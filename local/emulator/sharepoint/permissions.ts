import type { BasePermission } from '../../../src/lists/siteSecurity';
import { BASE_PERMISSION_BITS } from '../../../src/lists/siteSecurity';
import type { DirectoryUser } from '../contracts';
import type { ItemRecord, ListSchema } from '../store/types';
import { scopeKey } from '../store/types';
import { SITE_PAGES_TEMPLATE } from '../store/sitePages';
import type { SpContext } from './context';

/** A base permission mask as two unsigned 32-bit halves. */
export interface Mask {
  readonly high: number;
  readonly low: number;
}

const EMPTY: Mask = { high: 0, low: 0 };

/** Whether a mask holds a base permission: SharePoint checks each right bit by bit, not by level. */
export function maskAllows(mask: Mask, permission: BasePermission): boolean {
  const bit = BASE_PERMISSION_BITS[permission];
  if (bit === 0) return true;
  if (bit === 65) return mask.high >>> 0 === 0xffffffff && mask.low >>> 0 === 0xffffffff;
  return bit > 32 ? ((mask.high >>> (bit - 33)) & 1) === 1 : ((mask.low >>> (bit - 1)) & 1) === 1;
}

/**
 * Effective permissions of one signed-in user, computed as SharePoint does: from the nearest securable with
 * unique role assignments (item → its folder chain → list → web), granting the user directly or through a
 * SharePoint group, as the union of the base permission masks of every level they hold there. Caches per
 * instance; make one per request.
 */
export class Permissions {
  private readonly principals: number[];
  private readonly maskCache = new Map<string, Mask>();
  private readonly listInfo = new Map<string, { uniqueItems: Set<number>; folders: Map<string, number> }>();
  private readonly dirScope = new Map<string, string>();

  constructor(
    private readonly ctx: SpContext,
    readonly user: DirectoryUser,
  ) {
    this.principals = ctx.security.principalsOf(user.spId);
  }

  /** The union of the masks of the levels the user holds on a (unique) scope. */
  maskOnScope(scope: string): Mask {
    let m = this.maskCache.get(scope);
    if (!m) {
      let high = 0;
      let low = 0;
      for (const id of this.rolesOnScope(scope)) {
        const r = this.ctx.roles.byId(id);
        if (r) {
          high = (high | r.high) >>> 0;
          low = (low | r.low) >>> 0;
        }
      }
      m = high === 0 && low === 0 ? EMPTY : { high, low };
      this.maskCache.set(scope, m);
    }
    return m;
  }

  hasOnScope(scope: string, permission: BasePermission): boolean {
    return maskAllows(this.maskOnScope(scope), permission);
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

  webHas(permission: BasePermission): boolean {
    return this.hasOnScope(this.webScope(), permission);
  }

  listHas(schema: ListSchema, permission: BasePermission): boolean {
    return this.hasOnScope(this.listScope(schema), permission);
  }

  itemHas(schema: ListSchema, item: ItemRecord, permission: BasePermission): boolean {
    return this.hasOnScope(this.itemScope(schema, item), permission);
  }

  canReadItem(schema: ListSchema, item: ItemRecord): boolean {
    if (!this.itemHas(schema, item, 'ViewListItems')) return false;
    return schema.list.baseTemplate !== SITE_PAGES_TEMPLATE || this.pageVersionVisible(schema, item);
  }

  /**
   * Which version of a client-side page a user may see (Site Pages has minor versions, drafts visible only to those
   * who can edit items): a page never checked in only to whoever has it checked out; a draft to editors; to readers
   * only a published (major) version, and none before the first publish.
   */
  pageVersionVisible(schema: ListSchema, item: ItemRecord): boolean {
    const state = this.ctx.pages.get(schema.list.id, item.id);
    if (!state) return true;
    if (!state.everCheckedIn) return state.checkedOutBy === this.user.spId;
    return state.major >= 1 || this.itemHas(schema, item, 'EditListItems');
  }

  /** A list is visible with View Items on the list, or on any uniquely-permissioned item or folder in it. */
  canSeeList(schema: ListSchema): boolean {
    if (this.listHas(schema, 'ViewListItems')) return true;
    for (const id of this.info(schema).uniqueItems) {
      if (this.hasOnScope(scopeKey({ kind: 'item', listId: schema.list.id, itemId: id }), 'ViewListItems')) return true;
    }
    return false;
  }

  /** Signed-in users with any access to the site (SharePoint gives them Limited Access on the web). */
  canSeeSite(): boolean {
    if (this.webHas('Open')) return true;
    return this.ctx.catalog.all().some((s) => this.canSeeList(s));
  }
}
