/**
 * A site as Pathways Hub version 1 left it, with that release's own records (tests/fixtures/schema-v1/): lists from
 * the frozen declaration, no schema version recorded (the PnP template recorded none), each school's staff group
 * with its named staff, and each pupil's item and folders shared with the home school's group, as version 1 did.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { SCHEMA_VERSION_KEY, type ListDefinition, type ListKey } from '../../src/lists';
import { orderByLookups } from '../../src/lists/orderLists';
import { SiteSetup } from '../../src/data/sp/setup/SiteSetup';
import type { SchemaRelease } from '../../src/data/sp/setup/setupPlan';
import { DEFAULT_ADMIN } from '../../local/emulator/store';
import type { RunningEmulator } from '../../local/emulator/server';
import { spFor } from './emulator';

const DIR = join(__dirname, '..', 'fixtures', 'schema-v1');

/** One record as version 1 stored it: its id there, its pupil folder (if any), its column values (REST shape). */
export interface V1Row {
  readonly id: number;
  readonly folder?: string;
  readonly folderOnly?: string;
  readonly values?: Record<string, unknown>;
}

export const V1_LISTS: readonly ListDefinition[] = JSON.parse(readFileSync(join(DIR, 'lists.json'), 'utf8')) as ListDefinition[];
export const V1_ITEMS: Readonly<Partial<Record<ListKey, readonly V1Row[]>>> = JSON.parse(readFileSync(join(DIR, 'items.json'), 'utf8')) as Partial<Record<ListKey, V1Row[]>>;
export const SCHEMA_V1: SchemaRelease = { lists: V1_LISTS, version: 1, migrations: [] };

export const v1List = (key: ListKey): ListDefinition => {
  const def = V1_LISTS.find((l) => l.key === key);
  if (!def) throw new Error(`No list ${key} in schema version 1.`);
  return def;
};

/** The records of a list (not its folders). */
export const v1Records = (key: ListKey): readonly (V1Row & { values: Record<string, unknown> })[] =>
  (V1_ITEMS[key] ?? []).filter((r): r is V1Row & { values: Record<string, unknown> } => r.values !== undefined);

export interface V1Site {
  /** The e-mail of one named member of staff per school URN. */
  readonly contactOf: ReadonlyMap<string, string>;
}

/**
 * The next item id of a list moves on to `id`, as items deleted on the version 1 site left gaps: the records keep
 * the ids version 1 gave them (their lookups, and keys such as PwWeekKey that hold a pupil's id, stay true).
 */
function skipTo(emulator: RunningEmulator, listTitle: string, id: number): void {
  emulator.context.db.prepare('UPDATE lists SET next_item_id = max(next_item_id, ?) WHERE id = ?').run(id, emulator.store.list(listTitle).list.id);
}

/** The REST key of a column: lookups as <Column>Id. */
export const restKey = (f: { internalName: string; kind: string }): string => (f.kind === 'Lookup' || f.kind === 'LookupMulti' ? `${f.internalName}Id` : f.internalName);

/** Sets an empty emulated site up at version 1 and writes version 1's records into it. */
export async function buildV1Site(emulator: RunningEmulator): Promise<V1Site> {
  const admin = spFor(DEFAULT_ADMIN.email, { siteUrl: emulator.siteUrl });
  await new SiteSetup(admin, { release: SCHEMA_V1 }).run();
  // Version 1 was set up with the PnP template, which recorded no version.
  const settings = admin.web.lists.getByTitle(v1List('settings').title);
  for (const row of await settings.items.filter(`PwKey eq '${SCHEMA_VERSION_KEY}'`)<{ Id: number }[]>()) await settings.items.getById(row.Id).delete();

  const store = emulator.store;
  for (const def of orderByLookups(V1_LISTS)) {
    for (const row of [...(V1_ITEMS[def.key] ?? [])].sort((a, b) => a.id - b.id)) {
      skipTo(emulator, def.title, row.id);
      const values = { ...(row.values ?? {}) };
      if (def.key === 'schools') values.PwStaffGroupId = null; // a group id of the old site: made again below
      const made = row.folderOnly !== undefined ? store.ensureFolder(def.title, row.folderOnly) : store.addItem(def.title, values, row.folder ? { folder: row.folder } : {});
      if (made.id !== row.id) throw new Error(`${def.title}: version 1's item ${row.id} came back as ${made.id}.`);
    }
  }

  // Each school's staff group with its named staff, and each pupil's records shared with it, as version 1 did.
  const contactOf = new Map<string, string>();
  const groupOf = new Map<number, number>();
  for (const s of v1Records('schools')) {
    const schoolId = s.id;
    const group = store.createGroup(`Pathways Hub - ${String(s.values.Title)} (URN ${String(s.values.PwUrn)}) staff`);
    groupOf.set(schoolId, group.id);
    store.updateItem(v1List('schools').title, schoolId, { PwStaffGroupId: group.id });
    store.grant({ list: v1List('schools').title, item: schoolId }, group.id, 'Read');
    store.grant({ list: v1List('settings').title }, group.id, 'Read');
    for (const c of v1Records('schoolContacts').filter((x) => x.values.PwSchoolId === s.id)) {
      const email = String(c.values.PwEmail);
      store.addUser({ email, displayName: String(c.values.Title), userType: 'Guest' });
      store.addToGroup(group.id, email);
      store.grant({ list: v1List('schoolContacts').title, item: c.id }, group.id, 'Read');
      if (!contactOf.has(String(s.values.PwUrn))) contactOf.set(String(s.values.PwUrn), email);
    }
  }
  const folderLists = V1_LISTS.filter((l) => l.security === 'pupil-folder');
  for (const p of v1Records('pupils')) {
    const pupilId = p.id;
    const group = typeof p.values.PwHomeSchoolId === 'number' ? groupOf.get(p.values.PwHomeSchoolId) : undefined;
    if (group === undefined) continue;
    const ref = String(p.values.PwPupilRef);
    store.grant({ list: v1List('pupils').title, item: pupilId }, group, 'Read');
    for (const l of folderLists) {
      store.ensureFolder(l.title, ref);
      store.grant({ list: l.title, folder: ref }, group, 'Read');
    }
  }
  return { contactOf };
}
