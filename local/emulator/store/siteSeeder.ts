import { randomUUID } from 'crypto';
import type { SpContext } from '../sharepoint/context';
import { ROLE, seedRoleDefinitions } from './roles';

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
 * Creates an empty team site: settings, the default groups (Owners, Visitors, Members) and their site levels, the
 * built-in permission levels and the admin (an owner). No list: Pathways Hub's own setup creates them
 * (src/data/sp/setup), as it does on a real site.
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
  })();
  ctx.invalidate();
}
