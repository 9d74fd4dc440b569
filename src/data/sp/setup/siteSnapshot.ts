/**
 * What a site holds today, read through PnPjs in a fixed number of GET requests (no writes): the permission
 * levels, groups and grants, and for each list whose title or URL Pathways declares, its fields, views and grants
 * (all the lists' in one batch: a handful of round trips in all, however many lists).
 * Setup compares it with the declaration (setupPlan.ts); the same snapshot serves the health check.
 */
import { LISTS, SCHEMA_VERSION_KEY, SITE_PAGES, SITE_PAGES_FOLDER, pageFileName, uniqueFields, type ListDefinition, type ListKey, type SchemaVersionRecord, type SitePageDefinition } from '../../../lists';
import { toDataError } from '../spErrors';
import type { SPFI } from '../pnpSetup';
import { runBatchedAtOnce, type BatchedJob } from '../batchRetry';
import '../pnp/fields';
import '../pnp/regionalSettings';
import '../pnp/security';
import '../pnp/siteGroups';
import '../pnp/siteUsers';
import '../pnp/views';

export interface Mask {
  readonly High: string;
  readonly Low: string;
}

export interface RoleDefinitionInfo {
  readonly Id: number;
  readonly Name: string;
  readonly RoleTypeKind: number;
  readonly BasePermissions: Mask;
}

export interface GroupInfo {
  readonly Id: number;
  readonly Title: string;
  readonly Description: string;
  readonly OwnerTitle: string;
  readonly OnlyAllowMembersViewMembership: boolean;
}

/** One role assignment: a principal and the ids of the levels bound to it. */
export interface AssignmentInfo {
  readonly principalId: number;
  readonly roleDefIds: readonly number[];
}

export interface FieldInfo {
  readonly InternalName: string;
  readonly Title: string;
  readonly TypeAsString: string;
  readonly Required: boolean;
  readonly Indexed: boolean;
  readonly EnforceUniqueValues: boolean;
  readonly Description?: string | null;
  readonly DefaultValue?: string | null;
  readonly Choices?: readonly string[] | { readonly results: readonly string[] };
  readonly MaxLength?: number;
  readonly LookupList?: string;
  readonly CustomFormatter?: string | null;
}

export interface ViewInfo {
  readonly Id: string;
  readonly Title: string;
  readonly DefaultView: boolean;
  readonly ViewQuery: string;
  readonly RowLimit: number;
  readonly ViewFields?: { readonly Items: readonly string[] | { readonly results: readonly string[] } };
}

export interface ListInfo {
  readonly Id: string;
  readonly Title: string;
  readonly BaseTemplate: number;
  readonly Description: string;
  readonly EnableVersioning: boolean;
  readonly MajorVersionLimit: number;
  readonly EnableFolderCreation: boolean;
  readonly HasUniqueRoleAssignments: boolean;
  readonly ItemCount: number;
  readonly RootFolder: { readonly ServerRelativeUrl: string };
}

/** A client-side page in Site Pages, as setup needs to know it. */
export interface PageInfo {
  readonly Id: number;
  readonly FileLeafRef: string;
  readonly Title: string | null;
  /** The page's version ('0.1' never published, '1.0' published). */
  readonly version: string;
  /** The component ids of the web parts on its canvas (lower case). */
  readonly webPartIds: readonly string[];
  readonly HasUniqueRoleAssignments: boolean;
  /** Empty when the page inherits its permissions. */
  readonly assignments: readonly AssignmentInfo[];
}

/** The Site Pages library and the declared pages found in it. */
export interface PagesState {
  readonly listId: string;
  /** By lower-cased file name, e.g. 'home-school.aspx'. */
  readonly pages: ReadonlyMap<string, PageInfo>;
}

/** A declared list as the site has it, or undefined when missing. */
export interface ListState {
  readonly info: ListInfo;
  readonly fields: readonly FieldInfo[];
  readonly views: readonly ViewInfo[];
  /** Empty when the list inherits its permissions. */
  readonly assignments: readonly AssignmentInfo[];
  /** Declared unique columns, already unique on the site, where an item or folder has no value (setup fills them). */
  readonly emptyUnique: readonly string[];
}

/** The web's regional settings (web/RegionalSettings and its TimeZone). */
export interface RegionalInfo {
  readonly localeId: number;
  readonly timeZoneId: number;
  readonly timeZoneName: string;
  readonly time24: boolean;
}

export interface SiteSnapshot {
  /** Absolute, e.g. https://contoso.sharepoint.com/sites/pathways. */
  readonly url: string;
  readonly serverRelativeUrl: string;
  readonly currentUserId: number;
  readonly permissions: Mask;
  readonly ownerGroup: { readonly Id: number; readonly Title: string };
  readonly roleDefinitions: readonly RoleDefinitionInfo[];
  readonly groups: readonly GroupInfo[];
  readonly webAssignments: readonly AssignmentInfo[];
  readonly regional: RegionalInfo;
  /** Every list on the site, by lower-cased title (to find lists that are in the way). */
  readonly allLists: readonly ListInfo[];
  /** Declared lists found at their declared URL. */
  readonly lists: ReadonlyMap<ListKey, ListState>;
  readonly schemaVersion?: SchemaVersionRecord & { readonly itemId: number };
  /** Site Pages and the declared pages in it (undefined: the site has no Site Pages library). */
  readonly sitePages?: PagesState;
  /** Every home school's staff group (PwStaffGroupId on Pathways Schools). */
  readonly schoolGroupIds: readonly number[];
}

interface RawAssignment {
  PrincipalId: number;
  RoleDefinitionBindings: { Id: number }[] | { results: { Id: number }[] };
}

const unwrap = <T,>(v: readonly T[] | { readonly results: readonly T[] } | undefined): readonly T[] =>
  v === undefined ? [] : Array.isArray(v) ? (v as readonly T[]) : (v as { readonly results: readonly T[] }).results;

function assignmentsOf(raw: RawAssignment[]): AssignmentInfo[] {
  return raw.map((a) => ({ principalId: a.PrincipalId, roleDefIds: unwrap(a.RoleDefinitionBindings).map((b) => b.Id) }));
}

/** The server-relative URL a declared list lives at, e.g. '/sites/pathways/Lists/PwPupils'. */
export function declaredUrl(webUrl: string, def: ListDefinition): string {
  return `${webUrl.replace(/\/+$/, '')}/${def.url}`.toLowerCase();
}

async function readSchemaVersion(sp: SPFI, title: string): Promise<SiteSnapshot['schemaVersion']> {
  const rows = await sp.web.lists
    .getByTitle(title)
    .items.select('Id', 'PwValue')
    .filter(`PwKey eq '${SCHEMA_VERSION_KEY}'`)
    .top(1)<{ Id: number; PwValue?: string | null }[]>();
  const row = rows[0];
  if (!row) return undefined;
  try {
    const parsed = JSON.parse(String(row.PwValue ?? '')) as Partial<SchemaVersionRecord>;
    return { itemId: row.Id, version: Number(parsed.version ?? 0), migrations: Array.isArray(parsed.migrations) ? parsed.migrations.map(String) : [] };
  } catch {
    return { itemId: row.Id, version: 0, migrations: [] };
  }
}

/**
 * Each list's declared unique columns (already unique on the site) holding an empty value somewhere: one indexed
 * `eq null` read each (PnP-JS-Core#523), every list's in one batch (one round trip). A read refused by the list view
 * threshold means more empties than it allows. Any other failure: the first in list order is thrown.
 */
async function emptyUniqueColumns(sp: SPFI, lists: readonly { readonly info: ListInfo; readonly def: ListDefinition; readonly fields: readonly FieldInfo[] }[]): Promise<string[][]> {
  const asked: { readonly list: number; readonly column: string; readonly what: string }[] = [];
  const jobs: BatchedJob<{ Id: number }[]>[] = [];
  lists.forEach(({ info, def, fields }, list) => {
    for (const field of uniqueFields(def)) {
      const actual = fields.find((f) => f.InternalName.toLowerCase() === field.internalName.toLowerCase());
      if (!actual?.EnforceUniqueValues) continue;
      asked.push({ list, column: actual.InternalName, what: `check ${field.internalName} in ${def.title}` });
      jobs.push((b) => b.web.lists.getById(info.Id).items.select('Id').filter(`${actual.InternalName} eq null`).top(1)<{ Id: number }[]>());
    }
  });
  const settled = await runBatchedAtOnce(sp, jobs);
  const out = lists.map((): string[] => []);
  settled.forEach((r, n) => {
    const { list, column, what } = asked[n];
    if (r.status === 'fulfilled') {
      if (r.value.length > 0) out[list].push(column);
    } else if (toDataError(r.reason, what).kind === 'threshold') out[list].push(column);
    else throw r.reason;
  });
  return out;
}

/** Each request's answer, or the first failure in the order given (as reading them in turn would have met it). */
async function allAtOnce(sp: SPFI, jobs: readonly BatchedJob<unknown>[]): Promise<unknown[]> {
  const settled = await runBatchedAtOnce(sp, jobs);
  return settled.map((r) => {
    if (r.status === 'rejected') throw r.reason;
    return r.value;
  });
}

/**
 * The declared lists' fields, views and grants, with the web's regional settings and time zone: one PnPjs batch
 * (20 requests to an HTTP call, the calls sent at once: one round trip), not a round trip per list.
 */
async function readListsAndRegional(sp: SPFI, infos: readonly ListInfo[]): Promise<{ lists: Omit<ListState, 'emptyUnique'>[]; regional: RegionalInfo }> {
  const jobs: BatchedJob<unknown>[] = [
    (b) => b.web.regionalSettings.select('LocaleId', 'Time24')(),
    (b) => b.web.regionalSettings.timeZone.select('Id', 'Description')(),
  ];
  for (const info of infos) {
    jobs.push((b) => b.web.lists.getById(info.Id).fields(), (b) => b.web.lists.getById(info.Id).views.expand('ViewFields')());
    if (info.HasUniqueRoleAssignments) jobs.push((b) => b.web.lists.getById(info.Id).roleAssignments.expand('RoleDefinitionBindings')());
  }
  const answers = await allAtOnce(sp, jobs);
  const [regionalSettings, zone] = answers as [{ LocaleId: number; Time24: boolean }, { Id: number; Description: string }];
  let next = 2;
  const lists = infos.map((info): Omit<ListState, 'emptyUnique'> => {
    const fields = answers[next++] as FieldInfo[];
    const views = answers[next++] as ViewInfo[];
    const assignments = info.HasUniqueRoleAssignments ? (answers[next++] as RawAssignment[]) : [];
    return { info, fields, views, assignments: assignmentsOf(assignments) };
  });
  return {
    lists,
    regional: { localeId: Number(regionalSettings.LocaleId), timeZoneId: Number(zone.Id), timeZoneName: String(zone.Description ?? `time zone ${zone.Id}`), time24: regionalSettings.Time24 === true },
  };
}

/** The component ids of the web parts on a page's canvas (CanvasContent1: controls of controlType 3). */
export function webPartIdsOf(canvas: string | null | undefined): string[] {
  try {
    const controls = JSON.parse(canvas || '[]') as unknown;
    if (!Array.isArray(controls)) return [];
    return controls
      .map((c) => (c && typeof c === 'object' ? (c as { webPartId?: unknown }).webPartId : undefined))
      .filter((id): id is string => typeof id === 'string')
      .map((id) => id.replace(/[{}]/g, '').toLowerCase());
  } catch {
    return [];
  }
}

interface RawPage {
  Id: number;
  FileLeafRef: string;
  Title: string | null;
  CanvasContent1?: string | null;
  OData__UIVersionString?: string;
  HasUniqueRoleAssignments?: boolean;
}

/** The declared pages in Site Pages (a fixed number of GETs: the library's items, then the grants of unique pages). */
async function readPages(sp: SPFI, webUrl: string, declared: readonly SitePageDefinition[]): Promise<PagesState | undefined> {
  if (declared.length === 0) return undefined;
  const list = sp.web.getList(`${webUrl.replace(/\/+$/, '')}/${SITE_PAGES_FOLDER}`);
  // The library and its items asked together (one round trip); a missing library answers 404 to both.
  const [id, items] = await Promise.allSettled([
    list.select('Id')<{ Id: string }>(),
    list.items.select('Id', 'FileLeafRef', 'Title', 'CanvasContent1', 'OData__UIVersionString', 'HasUniqueRoleAssignments').top(5000)<RawPage[]>(),
  ]);
  if (id.status === 'rejected') {
    if ((id.reason as { status?: number }).status === 404) return undefined;
    throw id.reason;
  }
  if (items.status === 'rejected') throw items.reason;
  const listId = id.value.Id;
  const names = new Set(declared.map((p) => pageFileName(p).toLowerCase()));
  const rows = items.value.filter((r) => names.has(String(r.FileLeafRef).toLowerCase()));
  // The grants of the pages with their own, all at once.
  const grants = await Promise.all(
    rows.map((r) => (r.HasUniqueRoleAssignments ? list.items.getById(r.Id).roleAssignments.expand('RoleDefinitionBindings')<RawAssignment[]>().then(assignmentsOf) : Promise.resolve([]))),
  );
  const pages = new Map<string, PageInfo>();
  rows.forEach((r, i) => {
    const assignments = grants[i];
    pages.set(r.FileLeafRef.toLowerCase(), {
      Id: r.Id,
      FileLeafRef: r.FileLeafRef,
      Title: r.Title,
      version: r.OData__UIVersionString ?? '1.0',
      webPartIds: webPartIdsOf(r.CanvasContent1),
      HasUniqueRoleAssignments: r.HasUniqueRoleAssignments === true,
      assignments,
    });
  });
  return { listId, pages };
}

async function readSchoolGroupIds(sp: SPFI, schools: ListInfo): Promise<number[]> {
  const rows = await sp.web.lists.getById(schools.Id).items.select('Id', 'PwStaffGroupId').top(5000)<{ PwStaffGroupId?: number | null }[]>();
  return [...new Set(rows.map((r) => r.PwStaffGroupId).filter((id): id is number => typeof id === 'number'))];
}

type Early<T> = Promise<{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: unknown }>;

/** A read started before it is known to be wanted: its failure is kept (not unhandled) until it is, or is dropped. */
function early<T>(read: Promise<T>): Early<T> {
  return read.then(
    (value) => ({ ok: true as const, value }),
    (reason: unknown) => ({ ok: false as const, reason }),
  );
}

async function used<T>(read: Early<T> | undefined, fallback: T): Promise<T> {
  if (read === undefined) return fallback;
  const r = await read;
  if (!r.ok) throw r.reason;
  return r.value;
}

/** Reads the site (GET requests only). */
export async function readSiteSnapshot(sp: SPFI, lists: readonly ListDefinition[] = LISTS, pages: readonly SitePageDefinition[] = SITE_PAGES): Promise<SiteSnapshot> {
  const [web, me, permissions, ownerGroup, roleDefinitions, groups, webAssignments, allLists] = await Promise.all([
    sp.web.select('ServerRelativeUrl', 'Url')<{ ServerRelativeUrl: string; Url: string }>(),
    sp.web.currentUser.select('Id')<{ Id: number }>(),
    sp.web.getCurrentUserEffectivePermissions(),
    sp.web.associatedOwnerGroup.select('Id', 'Title')<{ Id: number; Title: string }>(),
    sp.web.roleDefinitions<RoleDefinitionInfo[]>(),
    sp.web.siteGroups<GroupInfo[]>(),
    sp.web.roleAssignments.expand('RoleDefinitionBindings')<RawAssignment[]>(),
    sp.web.lists.expand('RootFolder')<ListInfo[]>(),
  ]);
  // Then, in one batch (whose throttled parts are retried, part by part), what the first answers name.
  const declared = lists.flatMap((def) => {
    const info = allLists.find((l) => l.RootFolder.ServerRelativeUrl.toLowerCase() === declaredUrl(web.ServerRelativeUrl, def));
    return info ? [{ def, info }] : [];
  });
  // What needs only the web's address or a list's id starts now, beside that batch (it was two to four round trips
  // after it): the schema version and the schools' groups are used only if their columns prove to be there.
  const infoOf = (key: ListKey): ListInfo | undefined => declared.find((d) => d.def.key === key)?.info;
  const settingsInfo = infoOf('settings');
  const schoolsInfo = infoOf('schools');
  const versionRead = settingsInfo ? early(readSchemaVersion(sp, settingsInfo.Title)) : undefined;
  const pagesRead = early(readPages(sp, web.ServerRelativeUrl, pages));
  const groupsRead = schoolsInfo ? early(readSchoolGroupIds(sp, schoolsInfo)) : undefined;
  const { lists: states, regional } = await readListsAndRegional(sp, declared.map((d) => d.info));
  // Then the declared unique columns holding an empty value, every list's in one batch (the first failure in list order).
  const empties = await emptyUniqueColumns(sp, declared.map((d, i) => ({ info: d.info, def: d.def, fields: states[i].fields })));
  const found = new Map<ListKey, ListState>(
    declared.map((d, i) => [d.def.key, { ...states[i], emptyUnique: empties[i] }]),
  );
  const hasField = (key: ListKey, name: string): boolean => found.get(key)?.fields.some((f) => f.InternalName === name) === true;
  const [schemaVersion, sitePages, schoolGroupIds] = await Promise.all([
    used(hasField('settings', 'PwKey') ? versionRead : undefined, undefined),
    used(pagesRead, undefined),
    used(hasField('schools', 'PwStaffGroupId') ? groupsRead : undefined, []),
  ]);
  return {
    url: web.Url,
    serverRelativeUrl: web.ServerRelativeUrl,
    currentUserId: me.Id,
    permissions: { High: String(permissions.High), Low: String(permissions.Low) },
    ownerGroup,
    roleDefinitions,
    groups,
    webAssignments: assignmentsOf(webAssignments),
    regional,
    allLists,
    lists: found,
    ...(schemaVersion ? { schemaVersion } : {}),
    ...(sitePages ? { sitePages } : {}),
    schoolGroupIds,
  };
}

export { unwrap };
