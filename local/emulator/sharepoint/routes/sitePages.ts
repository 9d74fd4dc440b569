/**
 * Client-side (modern) pages in the Site Pages library, as SharePoint Online's page API serves them to PnPjs
 * (packages/sp/clientside-pages: CreateClientsidePage, save, load) and as a browser opens them:
 *
 *   POST _api/sitepages/pages {PageLayoutType, PromotedState}   a new page, checked out to its creator, version 0.1,
 *                                                               under a temporary file name
 *   GET  _api/sitepages/pages | pages(n) | pages/GetByUrl('SitePages/x.aspx')
 *   POST _api/sitepages/pages(n)/checkoutpage | savepage | savepageasdraft | publish | discardpage
 *   POST _api/lists/EnsureClientRenderedSitePagesLibrary        the Site Pages list (PnPjs page.getItem/load)
 *   GET  <site>/SitePages/x.aspx                                opening the page (200, 403 or 404)
 *
 * Who sees a page is SharePoint's item security (the page item, or the library and web it inherits from) plus the
 * library's versioning (Permissions.pageVersionVisible). The file name comes from the first saved title.
 */
import { randomBytes } from 'crypto';
import type { DirectoryUser, RouteResponse } from '../../contracts';
import { PAGE_CONTENT_KEYS, SITE_PAGES_TEMPLATE, SITE_PAGES_URL, versionLabel, type PageState } from '../../store/sitePages';
import { spNow } from '../../store/items';
import type { ItemData, ItemRecord, ListSchema } from '../../store/types';
import { SpError, SP_GENERIC, errors } from '../errors';
import { argOf, parseArgs, type Segment } from '../odata/path';
import type { Permissions } from '../permissions';
import { bodyObject, collection, entity, json, type SpRequest } from '../request';
import type { SpServices } from '../services';
import { listJson } from './lists';

const CHECKED_OUT = '-2130575306, Microsoft.SharePoint.SPFileCheckOutException';

export function sitePagesLibrary(s: SpServices): ListSchema | undefined {
  return s.ctx.catalog.all().find((l) => l.list.baseTemplate === SITE_PAGES_TEMPLATE && l.list.url.toLowerCase() === SITE_PAGES_URL.toLowerCase());
}

function library(s: SpServices): ListSchema {
  const lib = sitePagesLibrary(s);
  if (!lib) throw errors.listNotFound('Site Pages', s.ctx.siteUrl);
  return lib;
}

function stateOf(s: SpServices, lib: ListSchema, item: ItemRecord): PageState {
  return s.ctx.pages.get(lib.list.id, item.id) ?? { major: 1, minor: 0, published: item.data, everCheckedIn: true };
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** A page as SP.Publishing.SitePage: readers get the published content, editors the latest. */
function pageJson(s: SpServices, req: SpRequest, lib: ListSchema, item: ItemRecord, full: boolean): Record<string, unknown> {
  const state = stateOf(s, lib, item);
  const canEdit = req.perms.itemHas(lib, item, 'EditListItems');
  const content: ItemData = canEdit || !state.published ? item.data : { ...item.data, ...state.published };
  const url = `${SITE_PAGES_URL}/${item.leaf}`;
  const editor = s.ctx.directory.findBySpId(item.editorId);
  const out: Record<string, unknown> = {
    'odata.type': 'SP.Publishing.SitePage',
    'odata.id': `${s.ctx.siteUrl}/_api/SitePages/Pages(${item.id})`,
    'odata.editLink': `SitePages/Pages(${item.id})`,
    AbsoluteUrl: `${s.ctx.siteUrl}/${url}`,
    AuthorByline: null,
    BannerImageUrl: text(content.BannerImageUrl),
    ContentTypeId: '0x0101009D1CB255DA76424F860D91F20E6C4118',
    Description: text(content.Description),
    DoesUserHaveEditPermission: canEdit,
    FileName: item.leaf,
    FirstPublished: state.firstPublished ?? '0001-01-01T08:00:00Z',
    Id: item.id,
    IsPageCheckedOutToCurrentUser: state.checkedOutBy === req.user.spId,
    IsWebWelcomePage: url.toLowerCase() === (s.ctx.setting('welcomePage') ?? `${SITE_PAGES_URL}/Home.aspx`).toLowerCase(),
    Modified: item.modified,
    PageLayoutType: text(item.data.PageLayoutType) ?? 'Article',
    Path: { DecodedUrl: url },
    PromotedState: typeof item.data.PromotedState === 'number' ? item.data.PromotedState : 0,
    Title: text(content.Title),
    TopicHeader: text(content.TopicHeader),
    UniqueId: item.guid,
    Url: url,
    Version: versionLabel(state),
    VersionInfo: { LastVersionCreated: state.firstPublished ?? '0001-01-01T00:00:00', LastVersionCreatedBy: state.major >= 1 ? (editor?.loginName ?? '') : '' },
  };
  if (full) {
    out.CanvasContent1 = text(content.CanvasContent1) ?? '[]';
    out.LayoutWebpartsContent = text(content.LayoutWebpartsContent) ?? '[]';
  }
  return out;
}

function pageById(s: SpServices, req: SpRequest, lib: ListSchema, id: unknown): ItemRecord {
  const n = Number(id);
  const item = Number.isInteger(n) ? s.ctx.items.get(lib.list.id, n) : undefined;
  if (!item || item.fsType !== 0 || !req.perms.canReadItem(lib, item)) throw errors.itemNotFound();
  return item;
}

function pageByUrl(s: SpServices, perms: Permissions, lib: ListSchema, url: string): ItemRecord | undefined {
  const wanted = url.replace(/^\/+/, '').toLowerCase();
  const full = `${s.ctx.site.sitePath}/`.toLowerCase();
  return s.ctx.items.all(lib.list.id).find((i) => {
    if (i.fsType !== 0) return false;
    const ref = s.ctx.fileRef(i).toLowerCase();
    return (ref === `${full}${wanted}` || ref === `/${wanted}`) && perms.canReadItem(lib, i);
  });
}

/** The file name SharePoint gives a new page from its first title: spaces become hyphens, unsafe characters go. */
export function pageFileName(title: string): string {
  const base = title
    .trim()
    .replace(/["*:<>?/\\|#%&'{}~+]/g, '')
    .replace(/\s+/g, '-')
    .replace(/^\.+|\.+$/g, '');
  return `${base === '' ? 'Page' : base}.aspx`;
}

function uniqueLeaf(s: SpServices, lib: ListSchema, leaf: string, selfId: number): string {
  const taken = new Set(s.ctx.items.all(lib.list.id).filter((i) => i.id !== selfId).map((i) => i.leaf.toLowerCase()));
  if (!taken.has(leaf.toLowerCase())) return leaf;
  const stem = leaf.replace(/\.aspx$/i, '');
  for (let n = 1; ; n += 1) {
    const next = `${stem}(${n}).aspx`;
    if (!taken.has(next.toLowerCase())) return next;
  }
}

/** The state without its check-out. */
function checkedIn(state: PageState): PageState {
  return { major: state.major, minor: state.minor, everCheckedIn: state.everCheckedIn, ...(state.published ? { published: state.published } : {}), ...(state.firstPublished ? { firstPublished: state.firstPublished } : {}) };
}

function requireEdit(req: SpRequest, lib: ListSchema, item: ItemRecord): void {
  if (!req.perms.itemHas(lib, item, 'EditListItems')) throw errors.accessDenied();
}

function checkedOutByOther(s: SpServices, state: PageState, me: DirectoryUser): SpError | undefined {
  if (state.checkedOutBy === undefined || state.checkedOutBy === me.spId) return undefined;
  const who = s.ctx.directory.findBySpId(state.checkedOutBy);
  return new SpError(423, CHECKED_OUT, `The file is checked out for editing by ${who?.displayName ?? 'another user'}.`);
}

function createPage(s: SpServices, req: SpRequest, lib: ListSchema): RouteResponse {
  if (!req.perms.listHas(lib, 'AddListItems')) throw errors.accessDenied();
  const b = bodyObject(req);
  const layout = typeof b.PageLayoutType === 'string' && b.PageLayoutType !== '' ? b.PageLayoutType : 'Article';
  const leaf = uniqueLeaf(s, lib, `${randomBytes(4).toString('hex').slice(0, 7)}.aspx`, 0);
  const data: ItemData = { Title: null, CanvasContent1: '[]', LayoutWebpartsContent: '[]', BannerImageUrl: null, Description: null, TopicHeader: null };
  data.PageLayoutType = layout;
  data.PromotedState = typeof b.PromotedState === 'number' ? b.PromotedState : 0;
  const item = s.ctx.items.insert(lib.list.id, { fsType: 0, dir: s.ctx.rootFolder(lib), leaf, authorId: req.user.spId, data });
  s.ctx.pages.set(lib.list.id, item.id, { checkedOutBy: req.user.spId, major: 0, minor: 1, everCheckedIn: false });
  return entity(req, pageJson(s, req, lib, item, true));
}

/** savepage / savepageasdraft: the content of the body, on a page checked out to the caller. */
function savePage(s: SpServices, req: SpRequest, lib: ListSchema, item: ItemRecord, draft: boolean): RouteResponse {
  requireEdit(req, lib, item);
  const state = stateOf(s, lib, item);
  const other = checkedOutByOther(s, state, req.user);
  if (other) throw other;
  if (state.checkedOutBy !== req.user.spId) throw new SpError(400, CHECKED_OUT, 'Check out this page (checkoutpage) before saving it.');
  const b = bodyObject(req);
  const data: ItemData = { ...item.data };
  for (const key of PAGE_CONTENT_KEYS) {
    if (!(key in b)) continue;
    const v = b[key];
    if (key === 'CanvasContent1' || key === 'LayoutWebpartsContent') {
      if (typeof v !== 'string') throw errors.badRequest(`${key} must be a JSON string.`);
      try {
        JSON.parse(v === '' ? '[]' : v);
      } catch {
        throw errors.badRequest(`${key} is not valid JSON.`);
      }
    }
    data[key] = v === undefined ? null : v;
  }
  const firstTitle = (text(item.data.Title) ?? '') === '' && (text(data.Title) ?? '') !== '';
  s.ctx.items.update(lib.list.id, item.id, data, req.user.spId);
  // A new page is named from its first title (the temporary name goes), never renamed afterwards.
  if (firstTitle && !state.everCheckedIn) s.ctx.items.rename(lib.list.id, item.id, uniqueLeaf(s, lib, pageFileName(String(data.Title)), item.id));
  if (draft) s.ctx.pages.set(lib.list.id, item.id, { ...checkedIn(state), minor: state.everCheckedIn ? state.minor + 1 : state.minor, everCheckedIn: true });
  return json(200, { value: true }, req.metadata);
}

function checkOut(s: SpServices, req: SpRequest, lib: ListSchema, item: ItemRecord): RouteResponse {
  requireEdit(req, lib, item);
  const state = stateOf(s, lib, item);
  const other = checkedOutByOther(s, state, req.user);
  if (other) throw other;
  if (state.checkedOutBy === undefined) s.ctx.pages.set(lib.list.id, item.id, { ...state, checkedOutBy: req.user.spId });
  return entity(req, pageJson(s, req, lib, s.ctx.items.get(lib.list.id, item.id) ?? item, true));
}

function publish(s: SpServices, req: SpRequest, lib: ListSchema, item: ItemRecord): RouteResponse {
  requireEdit(req, lib, item);
  const state = stateOf(s, lib, item);
  const other = checkedOutByOther(s, state, req.user);
  if (other) throw other;
  const published: ItemData = {};
  for (const key of PAGE_CONTENT_KEYS) published[key] = item.data[key] ?? null;
  s.ctx.pages.set(lib.list.id, item.id, { major: state.major + 1, minor: 0, published, firstPublished: state.firstPublished ?? spNow(), everCheckedIn: true });
  return json(200, { value: true }, req.metadata);
}

function discard(s: SpServices, req: SpRequest, lib: ListSchema, item: ItemRecord): RouteResponse {
  requireEdit(req, lib, item);
  const state = stateOf(s, lib, item);
  if (state.checkedOutBy !== req.user.spId) throw new SpError(400, CHECKED_OUT, 'This page is not checked out to you.');
  if (!state.everCheckedIn) throw new SpError(400, SP_GENERIC, 'This page has never been checked in: delete it instead of discarding the check-out.');
  if (state.published) s.ctx.items.update(lib.list.id, item.id, { ...item.data, ...state.published }, req.user.spId);
  s.ctx.pages.set(lib.list.id, item.id, checkedIn(state));
  return entity(req, pageJson(s, req, lib, s.ctx.items.get(lib.list.id, item.id) ?? item, true));
}

const ACTIONS = new Set(['checkoutpage', 'savepage', 'savepageasdraft', 'publish', 'discardpage']);

/** Segments after _api/sitepages. */
export function sitePagesRoute(s: SpServices, req: SpRequest, segments: readonly Segment[]): RouteResponse {
  const [pages, next, ...rest] = segments;
  if (pages?.lower !== 'pages') throw errors.notFound(pages?.name ?? 'sitepages');
  const lib = library(s);
  if (!req.perms.canSeeList(lib)) throw errors.accessDenied();
  if (pages.args === undefined && !next) {
    if (req.method === 'POST') return createPage(s, req, lib);
    if (req.method !== 'GET') throw errors.notFound(req.method);
    const rows = s.ctx.items
      .all(lib.list.id)
      .filter((i) => i.fsType === 0 && req.perms.canReadItem(lib, i))
      .map((i) => pageJson(s, req, lib, i, false));
    return collection(req, rows);
  }
  let item: ItemRecord;
  let action: Segment | undefined;
  if (pages.args !== undefined) {
    item = pageById(s, req, lib, argOf(parseArgs(pages.args, req.query), 'id', 0));
    action = next;
    if (rest.length) throw errors.notFound(rest[0].name);
  } else if (next?.lower === 'getbyurl') {
    const found = pageByUrl(s, req.perms, lib, String(argOf(parseArgs(next.args, req.query), 'url', 0) ?? ''));
    if (!found) throw errors.fileNotFound();
    item = found;
    action = rest[0];
  } else throw errors.notFound(next?.name ?? 'pages');
  if (!action) {
    if (req.method !== 'GET') throw errors.notFound(req.method);
    return entity(req, pageJson(s, req, lib, item, true));
  }
  if (req.method !== 'POST' || !ACTIONS.has(action.lower)) throw errors.notFound(action.name);
  switch (action.lower) {
    case 'checkoutpage':
      return checkOut(s, req, lib, item);
    case 'savepage':
      return savePage(s, req, lib, item, false);
    case 'savepageasdraft':
      return savePage(s, req, lib, item, true);
    case 'publish':
      return publish(s, req, lib, item);
    default:
      return discard(s, req, lib, item);
  }
}

/** POST _api/lists/EnsureClientRenderedSitePagesLibrary: the Site Pages list (it exists on every team site). */
export function ensureSitePagesLibrary(s: SpServices, req: SpRequest): RouteResponse {
  if (req.method !== 'POST') throw errors.notFound(req.method);
  const lib = library(s);
  if (!req.perms.canSeeList(lib)) throw errors.accessDenied();
  return entity(req, listJson(s, req, lib));
}

const html = (status: number, title: string, body: string): RouteResponse => ({
  status,
  headers: { 'Content-Type': 'text/html; charset=utf-8' },
  body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`,
});

function escapeHtml(v: string): string {
  return v.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * GET <site>/SitePages/<name>.aspx, as a browser opens a page: 200 with the page (its title and canvas, the emulator's
 * own HTML) for someone who may read the published page (or, for editors, the draft); 403 "Access required" for a
 * signed-in person who may not, whatever they can read elsewhere on the site; 404 when there is no such page.
 */
export function openPage(s: SpServices, perms: Permissions, serverRelativePath: string): RouteResponse {
  const lib = sitePagesLibrary(s);
  const path = decodeURIComponent(serverRelativePath).toLowerCase();
  const item = lib && s.ctx.items.all(lib.list.id).find((i) => i.fsType === 0 && s.ctx.fileRef(i).toLowerCase() === path);
  if (!lib || !item) return html(404, 'Page not found', '<h1>Page not found</h1>');
  if (!perms.canReadItem(lib, item)) {
    return html(403, 'Access required', '<h1>You need permission to access this item.</h1>');
  }
  const state = stateOf(s, lib, item);
  const content = perms.itemHas(lib, item, 'EditListItems') || !state.published ? item.data : { ...item.data, ...state.published };
  const title = text(content.Title) ?? item.leaf;
  const canvas = text(content.CanvasContent1) ?? '[]';
  return html(
    200,
    title,
    `<h1>${escapeHtml(title)}</h1><script type="application/json" id="spClientSidePageCanvas">${canvas.replace(/</g, '\\u003c')}</script>`,
  );
}
