/**
 * What a site holds today, read through PnPjs in a fixed number of GET requests (no writes): the permission
 * levels, groups and grants, and for each list whose title or URL Pathways declares, its fields, views and grants.
 * Setup compares it with the declaration (setupPlan.ts); the same snapshot serves the health check.
 */
import { LISTS, SCHEMA_VERSION_KEY, type ListDefinition, type ListKey, type SchemaVersionRecord } from '../../../lists';
import type { SPFI } from '../pnpSetup';

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

/** A declared list as the site has it, or undefined when missing. */
export interface ListState {
  readonly info: ListInfo;
  readonly fields: readonly FieldInfo[];
  readonly views: readonly ViewInfo[];
  /** Empty when the list inherits its permissions. */
  readonly assignments: readonly AssignmentInfo[];
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

async function readList(sp: SPFI, info: ListInfo): Promise<ListState> {
  const list = sp.web.lists.getById(info.Id);
  const [fields, views, assignments] = await Promise.all([
    list.fields<FieldInfo[]>(),
    list.views.expand('ViewFields')<ViewInfo[]>(),
    info.HasUniqueRoleAssignments ? list.roleAssignments.expand('RoleDefinitionBindings')<RawAssignment[]>() : Promise.resolve([]),
  ]);
  return { info, fields, views, assignments: assignmentsOf(assignments) };
}

/** Reads the site (GET requests only). */
export async function readSiteSnapshot(sp: SPFI, lists: readonly ListDefinition[] = LISTS): Promise<SiteSnapshot> {
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
  // After the first wave, not in it: a wider wave of parallel reads is likelier to lose one to throttling.
  const regionalSettings = await sp.web.regionalSettings.select('LocaleId', 'Time24')<{ LocaleId: number; Time24: boolean }>();
  const zone = await sp.web.regionalSettings.timeZone.select('Id', 'Description')<{ Id: number; Description: string }>();
  const found = new Map<ListKey, ListState>();
  for (const def of lists) {
    const info = allLists.find((l) => l.RootFolder.ServerRelativeUrl.toLowerCase() === declaredUrl(web.ServerRelativeUrl, def));
    if (info) found.set(def.key, await readList(sp, info));
  }
  const settings = lists.find((l) => l.key === 'settings');
  const settingsState = found.get('settings');
  const schemaVersion = settings && settingsState && settingsState.fields.some((f) => f.InternalName === 'PwKey') ? await readSchemaVersion(sp, settingsState.info.Title) : undefined;
  return {
    url: web.Url,
    serverRelativeUrl: web.ServerRelativeUrl,
    currentUserId: me.Id,
    permissions: { High: String(permissions.High), Low: String(permissions.Low) },
    ownerGroup,
    roleDefinitions,
    groups,
    webAssignments: assignmentsOf(webAssignments),
    regional: { localeId: Number(regionalSettings.LocaleId), timeZoneId: Number(zone.Id), timeZoneName: String(zone.Description ?? `time zone ${zone.Id}`), time24: regionalSettings.Time24 === true },
    allLists,
    lists: found,
    ...(schemaVersion ? { schemaVersion } : {}),
  };
}

export { unwrap };
