import { randomUUID } from 'crypto';
import type { SpContext } from '../sharepoint/context';
import { ROLE, seedRoleDefinitions } from './roles';
import { PAGE_COLUMNS, SITE_PAGES_TEMPLATE, SITE_PAGES_TITLE, SITE_PAGES_URL } from './sitePages';
import { spNow } from './items';

/** Stable ids of the site's default groups. */
export const DEFAULT_GROUPS = {
  owners: { id: 3, title: 'Pathways Hub Owners', role: ROLE.fullControl },
  visitors: { id: 4, title: 'Pathways Hub Visitors', role: ROLE.read },
  members: { id: 5, title: 'Pathways Hub Members', role: ROLE.edit },
} as const;

/** Site setting holding the site collection administrators' principal ids (JSON array). */
export const SITE_COLLECTION_ADMINS_KEY = 'siteCollectionAdmins';

/** The site owner every reset creates (in the Owners group), so a fresh emulator can be administered. */
export const DEFAULT_ADMIN = { email: 'admin@pathways.example.org', displayName: 'Pathways Admin', jobTitle: 'Site owner' } as const;

/** A site collection's title and description; its default groups are '<title> Owners', '… Members', '… Visitors'. */
export interface SiteIdentity {
  readonly title: string;
  readonly description: string;
}

export const PATHWAYS_SITE: SiteIdentity = { title: 'Pathways Hub', description: 'Pathways Hub: SEND, attendance and Phased Integration Plans.' };

/**
 * The Site Pages library every new team site has, with its home page (Home.aspx, published 1.0), as SharePoint
 * Online makes it: a library of client-side pages (base template 119) at SitePages, with minor versions. It inherits
 * the web's permissions, so whoever may read the site reads its pages, and nobody else.
 */
function seedSitePages(ctx: SpContext, authorId: number): void {
  const lib = ctx.catalog.createList({ title: SITE_PAGES_TITLE, url: SITE_PAGES_URL, baseTemplate: SITE_PAGES_TEMPLATE, description: '' });
  for (const c of PAGE_COLUMNS) ctx.catalog.addField(lib.list.id, { internalName: c.internalName, title: c.internalName, kind: c.kind });
  ctx.catalog.updateList(lib.list.id, { enableVersioning: true });
  const content = { Title: 'Home', CanvasContent1: '[]', LayoutWebpartsContent: '[]', BannerImageUrl: null, Description: null, TopicHeader: null };
  const home = ctx.items.insert(lib.list.id, {
    fsType: 0,
    dir: `${ctx.site.sitePath}/${SITE_PAGES_URL}`,
    leaf: 'Home.aspx',
    authorId,
    data: { ...content, PageLayoutType: 'Home', PromotedState: 0 },
  });
  ctx.pages.set(lib.list.id, home.id, { major: 1, minor: 0, published: content, firstPublished: spNow(), everCheckedIn: true });
}

/**
 * Creates an empty team site: settings, the default groups (Owners, Visitors, Members) and their site levels, the
 * built-in permission levels, the admin (an owner) and the Site Pages library with its home page. No Pathways list:
 * Pathways Hub's own setup creates them (src/data/sp/setup), as it does on a real site.
 */
export function seedSite(ctx: SpContext, identity: SiteIdentity = PATHWAYS_SITE): void {
  const { db } = ctx;
  db.transaction(() => {
    const setting = db.prepare('INSERT OR REPLACE INTO site (key, value) VALUES (?, ?)');
    setting.run('siteId', randomUUID());
    setting.run('webId', randomUUID());
    setting.run('title', identity.title);
    setting.run('description', identity.description);
    setting.run('created', new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'));
    // web/associatedOwnerGroup, …MemberGroup, …VisitorGroup (names as the resolver lower-cases them).
    setting.run('associatedownergroup', String(DEFAULT_GROUPS.owners.id));
    setting.run('associatedmembergroup', String(DEFAULT_GROUPS.members.id));
    setting.run('associatedvisitorgroup', String(DEFAULT_GROUPS.visitors.id));
    seedRoleDefinitions(db);
    db.prepare("INSERT INTO principals (id, kind) VALUES (1, 'reserved'), (2, 'reserved')").run();
    for (const g of [DEFAULT_GROUPS.owners, DEFAULT_GROUPS.visitors, DEFAULT_GROUPS.members]) {
      ctx.groups.create(g.title.replace(PATHWAYS_SITE.title, identity.title), '', DEFAULT_GROUPS.owners.id, g.id);
    }
    ctx.security.setUnique('web', [
      { principalId: DEFAULT_GROUPS.owners.id, roleDefId: DEFAULT_GROUPS.owners.role },
      { principalId: DEFAULT_GROUPS.members.id, roleDefId: DEFAULT_GROUPS.members.role },
      { principalId: DEFAULT_GROUPS.visitors.id, roleDefId: DEFAULT_GROUPS.visitors.role },
    ]);
    const admin = ctx.directory.ensure({ ...DEFAULT_ADMIN, userType: 'Member' });
    ctx.groups.addMember(DEFAULT_GROUPS.owners.id, admin.spId);
    // Who created the site collection is its administrator (Site settings, Site collection administrators).
    setting.run(SITE_COLLECTION_ADMINS_KEY, JSON.stringify([admin.spId]));
    seedSitePages(ctx, admin.spId);
  })();
  ctx.invalidate();
}
