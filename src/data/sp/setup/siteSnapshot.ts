/**
 * What a site holds today, read through PnPjs in two round trips of GET requests, each one batch (no writes): first
 * the web, the person's permissions, the permission levels, groups and grants, every list, and the declared pages;
 * then, for each list whose URL Pathways declares, its fields, views and grants and whether its unique columns hold
 * an empty value, the regional settings, the schema version, the schools' groups and the pages' grants — however
 * many lists. Setup compares it with the declaration (setupPlan.ts); the same snapshot serves the health check.
 */
import { LISTS, SITE_PAGES, SITE_PAGES_FOLDER, pageFileName, uniqueFields, type ListDefinition, type ListKey, type SchemaVersionRecord, type SitePageDefinition } from '../../../lists';
import { toDataError } from '../spErrors';
import type { SPFI } from '../pnpSetup';
import { CALLS_AT_ONCE, PARTS_PER_CALL, runBatchedAtOnce, type BatchedJob } from '../batchRetry';
import { VERSION_QUERY, declaredUrl, schemaVersionOf, serverRelativeOf } from './siteStatus';
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

interface RawPage {
  Id: number;
  FileLeafRef: string;
  Title: string | null;
  CanvasContent1?: string | null;
  OData__UIVersionString?: string;
  HasUniqueRoleAssignments?: boolean;
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

/** Requests asked together in one batch (its calls sent at once), each answer kept: fulfilled or rejected. */
class Wave {
  private readonly jobs: BatchedJob<unknown>[] = [];

  /** Adds a request; its answer is `answers[index]` once the wave has run. */
  public ask<T>(job: BatchedJob<T>): number {
    this.jobs.push(job);
    return this.jobs.length - 1;
  }

  public get size(): number {
    return this.jobs.length;
  }

  /** One round trip: at most CALLS_AT_ONCE calls, PARTS_PER_CALL parts each or as many more as that takes (≤ 100). */
  public run(sp: SPFI): Promise<PromiseSettledResult<unknown>[]> {
    if (this.jobs.length === 0) return Promise.resolve([]);
    return runBatchedAtOnce(sp, this.jobs, { partsPerCall: Math.max(PARTS_PER_CALL, Math.ceil(this.jobs.length / CALLS_AT_ONCE)) });
  }
}

/** The answer, or its failure thrown. */
function value<T>(r: PromiseSettledResult<unknown> | undefined): T {
  if (!r) throw new Error('A read of the site was not asked.');
  if (r.status === 'rejected') throw r.reason;
  return r.value as T;
}

const status = (r: PromiseSettledResult<unknown> | undefined): number | undefined =>
  r?.status === 'rejected' ? (r.reason as { status?: number } | null)?.status : undefined;

const PAGE_FIELDS = ['Id', 'FileLeafRef', 'Title', 'CanvasContent1', 'OData__UIVersionString', 'HasUniqueRoleAssignments'] as const;

/** Site Pages (by the web's server-relative URL) and its items: asked in a wave, answered as `PagesAsked`. */
interface PagesAsked {
  readonly webUrl: string;
  readonly library: number;
  readonly items: number;
}

function askPages(wave: Wave, webUrl: string): PagesAsked {
  const url = `${webUrl.replace(/\/+$/, '')}/${SITE_PAGES_FOLDER}`;
  return {
    webUrl,
    library: wave.ask((b) => b.web.getList(url).select('Id')<{ Id: string }>()),
    items: wave.ask((b) => b.web.getList(url).items.select(...PAGE_FIELDS).top(5000)<RawPage[]>()),
  };
}

/** The declared pages found among the items (undefined: the site has no Site Pages library). */
function pagesFound(answers: PromiseSettledResult<unknown>[], asked: PagesAsked, declared: readonly SitePageDefinition[]): { listId: string; rows: RawPage[] } | undefined {
  // A missing library answers 404 to both.
  if (status(answers[asked.library]) === 404) return undefined;
  const listId = value<{ Id: string }>(answers[asked.library]).Id;
  const names = new Set(declared.map((p) => pageFileName(p).toLowerCase()));
  return { listId, rows: value<RawPage[]>(answers[asked.items]).filter((r) => names.has(String(r.FileLeafRef).toLowerCase())) };
}

/** The grants of the pages with their own (by the library's id), asked in a wave. */
function askPageGrants(wave: Wave, found: { listId: string; rows: RawPage[] }): (number | undefined)[] {
  return found.rows.map((r) =>
    r.HasUniqueRoleAssignments ? wave.ask((b) => b.web.lists.getById(found.listId).items.getById(r.Id).roleAssignments.expand('RoleDefinitionBindings')<RawAssignment[]>()) : undefined,
  );
}

function pagesState(found: { listId: string; rows: RawPage[] }, grants: (number | undefined)[], answers: PromiseSettledResult<unknown>[]): PagesState {
  const pages = new Map<string, PageInfo>();
  found.rows.forEach((r, i) => {
    const asked = grants[i];
    pages.set(r.FileLeafRef.toLowerCase(), {
      Id: r.Id,
      FileLeafRef: r.FileLeafRef,
      Title: r.Title,
      version: r.OData__UIVersionString ?? '1.0',
      webPartIds: webPartIdsOf(r.CanvasContent1),
      HasUniqueRoleAssignments: r.HasUniqueRoleAssignments === true,
      assignments: asked === undefined ? [] : assignmentsOf(value<RawAssignment[]>(answers[asked])),
    });
  });
  return { listId: found.listId, pages };
}

export interface SnapshotOptions {
  /**
   * The web's server-relative URL when the caller knows it (the site it opened, e.g. '/sites/pathways'): the pages
   * are then read in the first round trip. Checked against the web's own answer (read again if it differs).
   */
  readonly webUrl?: string;
  /**
   * Given the person's permissions on the web (or the failure to read them) with the first answers, before anything
   * else is asked: throws to stop there (setup: SetupPermissionError for someone who is not a site owner).
   */
  readonly gate?: (permissions: PromiseSettledResult<Mask>) => void;
  /** Told which declared lists the site has (with their item counts) once known (after the gate), before the rest is read. */
  readonly onLists?: (present: ReadonlyMap<ListKey, ListInfo>) => void;
}

/**
 * Reads the site (GET requests only), in two round trips: what needs no earlier answer together, then everything
 * the lists' ids and the pages' items name, together. A third only when the web's address was not known (the
 * pages' grants) or a unique column's name differs in case from its declaration (its empties asked again).
 */
export async function readSiteSnapshot(sp: SPFI, lists: readonly ListDefinition[] = LISTS, pages: readonly SitePageDefinition[] = SITE_PAGES, options: SnapshotOptions = {}): Promise<SiteSnapshot> {
  const first = new Wave();
  const perms = first.ask((b) => b.web.getCurrentUserEffectivePermissions());
  const asked = {
    web: first.ask((b) => b.web.select('ServerRelativeUrl', 'Url')<{ ServerRelativeUrl: string; Url: string }>()),
    me: first.ask((b) => b.web.currentUser.select('Id')<{ Id: number }>()),
    ownerGroup: first.ask((b) => b.web.associatedOwnerGroup.select('Id', 'Title')<{ Id: number; Title: string }>()),
    roleDefinitions: first.ask((b) => b.web.roleDefinitions<RoleDefinitionInfo[]>()),
    groups: first.ask((b) => b.web.siteGroups<GroupInfo[]>()),
    webAssignments: first.ask((b) => b.web.roleAssignments.expand('RoleDefinitionBindings')<RawAssignment[]>()),
    allLists: first.ask((b) => b.web.lists.expand('RootFolder')<ListInfo[]>()),
  };
  let pagesAsked = pages.length > 0 && options.webUrl !== undefined ? askPages(first, options.webUrl) : undefined;
  const answers1 = await first.run(sp);
  options.gate?.(answers1[perms] as PromiseSettledResult<Mask>);
  const permissions = value<Mask>(answers1[perms]);
  const web = value<{ ServerRelativeUrl: string; Url: string }>(answers1[asked.web]);
  const me = value<{ Id: number }>(answers1[asked.me]);
  const ownerGroup = value<{ Id: number; Title: string }>(answers1[asked.ownerGroup]);
  const roleDefinitions = value<RoleDefinitionInfo[]>(answers1[asked.roleDefinitions]);
  const groups = value<GroupInfo[]>(answers1[asked.groups]);
  const webAssignments = value<RawAssignment[]>(answers1[asked.webAssignments]);
  const allLists = value<ListInfo[]>(answers1[asked.allLists]);

  const declared = lists.flatMap((def) => {
    const info = allLists.find((l) => l.RootFolder.ServerRelativeUrl.toLowerCase() === declaredUrl(web.ServerRelativeUrl, def));
    return info ? [{ def, info }] : [];
  });
  options.onLists?.(new Map(declared.map((d) => [d.def.key, d.info])));
  const infoOf = (key: ListKey): ListInfo | undefined => declared.find((d) => d.def.key === key)?.info;

  // Then, in one batch (whose throttled parts are retried, part by part), all that the first answers name.
  const second = new Wave();
  const regional = second.ask((b) => b.web.regionalSettings.select('LocaleId', 'Time24')());
  const zone = second.ask((b) => b.web.regionalSettings.timeZone.select('Id', 'Description')());
  const perList = declared.map(({ def, info }) => ({
    fields: second.ask((b) => b.web.lists.getById(info.Id).fields()),
    views: second.ask((b) => b.web.lists.getById(info.Id).views.expand('ViewFields')()),
    grants: info.HasUniqueRoleAssignments ? second.ask((b) => b.web.lists.getById(info.Id).roleAssignments.expand('RoleDefinitionBindings')()) : undefined,
    // Whether each declared unique column holds an empty value: asked before the fields say which columns are
    // unique on the site; the answer counts only for those that are (emptyUniqueColumns).
    empties: uniqueFields(def).map((field) => ({ field, asked: second.ask(emptyQuery(info, field.internalName)) })),
  }));
  const settingsInfo = infoOf('settings');
  const schoolsInfo = infoOf('schools');
  const version = settingsInfo
    ? second.ask((b) => b.web.lists.getById(settingsInfo.Id).items.select(...VERSION_QUERY.select).filter(VERSION_QUERY.filter).top(1)<{ Id: number; PwValue?: string | null }[]>())
    : undefined;
  const schoolGroups = schoolsInfo ? second.ask((b) => b.web.lists.getById(schoolsInfo.Id).items.select('Id', 'PwStaffGroupId').top(5000)<{ PwStaffGroupId?: number | null }[]>()) : undefined;
  // The pages' grants when their items came with the first answers (at the address the web gives); else the pages.
  if (pagesAsked && pagesAsked.webUrl.toLowerCase() !== web.ServerRelativeUrl.toLowerCase()) pagesAsked = undefined;
  const pagesFirst = pagesAsked ? pagesFound(answers1, pagesAsked, pages) : undefined;
  const pageGrants = pagesFirst ? askPageGrants(second, pagesFirst) : [];
  const pagesLater = pages.length > 0 && !pagesAsked ? askPages(second, web.ServerRelativeUrl) : undefined;
  const answers2 = await second.run(sp);

  const states = declared.map(({ info }, i): Omit<ListState, 'emptyUnique'> => ({
    info,
    fields: value<FieldInfo[]>(answers2[perList[i].fields]),
    views: value<ViewInfo[]>(answers2[perList[i].views]),
    assignments: perList[i].grants === undefined ? [] : assignmentsOf(value<RawAssignment[]>(answers2[perList[i].grants as number])),
  }));
  const regionalSettings = value<{ LocaleId: number; Time24: boolean }>(answers2[regional]);
  const timeZone = value<{ Id: number; Description: string }>(answers2[zone]);
  const empties = await emptyUniqueColumns(
    sp,
    declared.map((d, i) => ({ info: d.info, def: d.def, fields: states[i].fields, asked: perList[i].empties.map((e) => ({ field: e.field, answer: answers2[e.asked] })) })),
  );
  const found = new Map<ListKey, ListState>(declared.map((d, i) => [d.def.key, { ...states[i], emptyUnique: empties[i] }]));
  const hasField = (key: ListKey, name: string): boolean => found.get(key)?.fields.some((f) => f.InternalName === name) === true;
  const schemaVersion = version !== undefined && hasField('settings', 'PwKey') ? schemaVersionOf(value(answers2[version])) : undefined;
  const schoolGroupIds =
    schoolGroups !== undefined && hasField('schools', 'PwStaffGroupId')
      ? [...new Set(value<{ PwStaffGroupId?: number | null }[]>(answers2[schoolGroups]).map((r) => r.PwStaffGroupId).filter((id): id is number => typeof id === 'number'))]
      : [];
  let sitePages: PagesState | undefined;
  if (pagesFirst) sitePages = pagesState(pagesFirst, pageGrants, answers2);
  else if (pagesLater) {
    // The web's address was not known at first: the pages' grants take a third round trip.
    const later = pagesFound(answers2, pagesLater, pages);
    if (later) {
      const third = new Wave();
      const grants = askPageGrants(third, later);
      sitePages = pagesState(later, grants, await third.run(sp));
    }
  }
  return {
    url: web.Url,
    serverRelativeUrl: web.ServerRelativeUrl,
    currentUserId: me.Id,
    permissions: { High: String(permissions.High), Low: String(permissions.Low) },
    ownerGroup,
    roleDefinitions,
    groups,
    webAssignments: assignmentsOf(webAssignments),
    regional: { localeId: Number(regionalSettings.LocaleId), timeZoneId: Number(timeZone.Id), timeZoneName: String(timeZone.Description ?? `time zone ${timeZone.Id}`), time24: regionalSettings.Time24 === true },
    allLists,
    lists: found,
    ...(schemaVersion ? { schemaVersion } : {}),
    ...(sitePages ? { sitePages } : {}),
    schoolGroupIds,
  };
}

/** One indexed `eq null` read of a unique column (PnP-JS-Core#523): does any item or folder leave it empty? */
const emptyQuery =
  (info: ListInfo, column: string): BatchedJob<{ Id: number }[]> =>
  (b) =>
    b.web.lists.getById(info.Id).items.select('Id').filter(`${column} eq null`).top(1)<{ Id: number }[]>();

/**
 * Each list's declared unique columns (already unique on the site) holding an empty value somewhere, from the
 * answers asked beside the fields. A read refused by the list view threshold means more empties than it allows.
 * A column whose name on the site differs in case from its declaration is asked again by its name there. Any other
 * failure: the first in list order is thrown.
 */
async function emptyUniqueColumns(
  sp: SPFI,
  lists: readonly { readonly info: ListInfo; readonly def: ListDefinition; readonly fields: readonly FieldInfo[]; readonly asked: readonly { readonly field: { readonly internalName: string }; readonly answer: PromiseSettledResult<unknown> | undefined }[] }[],
): Promise<string[][]> {
  const again = new Wave();
  const checks = lists.map(({ info, def, fields, asked }) =>
    asked.flatMap(({ field, answer }) => {
      const actual = fields.find((f) => f.InternalName.toLowerCase() === field.internalName.toLowerCase());
      if (!actual?.EnforceUniqueValues) return [];
      const what = `check ${field.internalName} in ${def.title}`;
      if (actual.InternalName === field.internalName) return [{ column: actual.InternalName, what, answer: (): PromiseSettledResult<unknown> | undefined => answer }];
      const n = again.ask(emptyQuery(info, actual.InternalName));
      return [{ column: actual.InternalName, what, answer: (): PromiseSettledResult<unknown> | undefined => answersAgain[n] }];
    }),
  );
  const answersAgain = again.size > 0 ? await again.run(sp) : [];
  return checks.map((columns) => {
    const out: string[] = [];
    for (const { column, what, answer } of columns) {
      const r = answer();
      if (r?.status === 'fulfilled') {
        if ((r.value as unknown[]).length > 0) out.push(column);
      } else if (toDataError(r?.reason, what).kind === 'threshold') out.push(column);
      else throw r?.reason;
    }
    return out;
  });
}

export { unwrap, declaredUrl, serverRelativeOf };
