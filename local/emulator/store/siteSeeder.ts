import { randomUUID } from 'crypto';
import { LISTS } from '../../../src/lists';
import type { ListDefinition } from '../../../src/lists';
import type { SpContext } from '../sharepoint/context';
import { ROLE, seedRoleDefinitions } from './roles';
import { scopeKey } from './types';

/** Stable ids of the site's default groups. */
export const DEFAULT_GROUPS = {
  owners: { id: 3, title: 'Pathways Hub Owners', role: ROLE.fullControl },
  visitors: { id: 4, title: 'Pathways Hub Visitors', role: ROLE.read },
  members: { id: 5, title: 'Pathways Hub Members', role: ROLE.edit },
} as const;

/** The site owner every reset creates (in the Owners group), so a fresh emulator can be administered. */
export const DEFAULT_ADMIN = { email: 'admin@pathways.example.org', displayName: 'Pathways Admin', jobTitle: 'Site owner' } as const;

function createLists(ctx: SpContext, lists: readonly ListDefinition[]): void {
  const ids = new Map<string, string>();
  for (const def of lists) {
    const schema = ctx.catalog.createList({ title: def.title, url: def.url, description: def.description, baseTemplate: def.template === 'documentLibrary' ? 101 : 100 });
    ids.set(def.key, schema.list.id);
    ctx.catalog.updateField(schema.list.id, 'Title', {
      title: def.titleField?.displayName ?? 'Title',
      required: def.titleField?.required ?? false,
    });
  }
  for (const def of lists) {
    const listId = ids.get(def.key);
    if (!listId) continue;
    for (const f of def.fields) {
      if (f.internalName === 'Title') continue;
      const lookupListId = f.lookupList ? ids.get(f.lookupList) : undefined;
      ctx.catalog.addField(listId, {
        internalName: f.internalName,
        title: f.displayName,
        kind: f.kind,
        required: f.required ?? false,
        indexed: f.indexed ?? false,
        unique: f.unique ?? false,
        ...(f.choices ? { choices: f.choices } : {}),
        ...(lookupListId ? { lookupListId, lookupField: f.lookupField ?? 'Title' } : {}),
        dateOnly: f.dateOnly ?? false,
        ...(f.defaultValue !== undefined ? { defaultValue: f.defaultValue } : {}),
        ...(f.maxLength !== undefined ? { maxLength: f.maxLength } : {}),
      });
    }
    if (def.security === 'shared-read') {
      // Unique permissions on the list (a copy of the web's), so school groups can be granted Read here.
      ctx.security.setUnique(scopeKey({ kind: 'list', listId }), ctx.security.assignments('web'));
    }
  }
}

/** A site collection's title and description; its default groups are '<title> Owners', '… Members', '… Visitors'. */
export interface SiteIdentity {
  readonly title: string;
  readonly description: string;
}

export const PATHWAYS_SITE: SiteIdentity = { title: 'Pathways Hub', description: 'Pathways Hub: SEND, attendance and Phased Integration Plans.' };

/** Creates the site from nothing: settings, default groups, role definitions, the admin, and every list in LISTS. */
export function seedSite(ctx: SpContext, lists: readonly ListDefinition[] = LISTS, identity: SiteIdentity = PATHWAYS_SITE): void {
  const { db } = ctx;
  db.transaction(() => {
    const setting = db.prepare('INSERT OR REPLACE INTO site (key, value) VALUES (?, ?)');
    setting.run('siteId', randomUUID());
    setting.run('webId', randomUUID());
    setting.run('title', identity.title);
    setting.run('description', identity.description);
    setting.run('created', new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'));
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
    createLists(ctx, lists);
  })();
  ctx.invalidate();
}
