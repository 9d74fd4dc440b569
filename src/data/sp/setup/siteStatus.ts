/**
 * Where a site stands, for Site setup's first screen: whether the signed-in person may set it up (a site owner),
 * whether Pathways Hub is set up on it, and at which schema version against this code's. Read in one round trip (one
 * batch of GET requests): the person's permissions, the web's address, the addresses of its lists, and the version
 * recorded on the settings list. Nothing is planned, and no list's columns, views, grants or other items are read:
 * "Check this site" (health/SiteHealthCheck.ts, the `data-site-setup` chunk, loaded when pressed) does that.
 *
 * Setup's own reads (siteSnapshot.ts, setupPlan.ts, SiteSetup.ts) use the same permission gate, version record,
 * version state and sentences, from here, so the first screen and the full check cannot disagree on them.
 */
import { LISTS, SCHEMA_VERSION, SCHEMA_VERSION_KEY, maskHas, type BasePermission, type ListDefinition, type SchemaVersionRecord } from '../../../lists';
import { DataError } from '../../errors';
import { runBatchedAtOnce, type BatchedJob } from '../batchRetry';
import type { IList } from '@pnp/sp/lists';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';
import type { SetupPlan, SiteVersionState } from './setupTypes';
import '../pnp/security';

/** What the person running setup must be allowed to do on the site, in SharePoint's words. */
const NEEDED: ReadonlyArray<readonly [BasePermission, string]> = [
  ['ManageLists', 'Manage Lists'],
  ['ManagePermissions', 'Manage Permissions'],
  ['CreateGroups', 'Create Groups'],
  ['EnumeratePermissions', 'Enumerate Permissions'],
  ['ManageWeb', 'Manage Web Site'],
];

/** Setup refused because the signed-in person cannot make lists, groups or permissions on this site. */
export class SetupPermissionError extends DataError {
  public constructor(public readonly missing: readonly string[]) {
    super(
      'access-denied',
      `Setting up Pathways Hub needs Full Control of this site (a site owner). You do not have ${missing.join(', ')}. ` +
        'Ask a site owner, or your SharePoint administrator, to run setup, or to add you to the site’s Owners group.',
      403,
    );
    this.name = 'SetupPermissionError';
  }
}

/**
 * The person's permissions on the web (or the failure to read them), asked with the first reads (someone who is not
 * an owner is refused some of them): throws SetupPermissionError unless they may set up, so nothing more is read.
 */
export function checkSetupPermissions(answer: PromiseSettledResult<{ readonly High: string | number; readonly Low: string | number }>): void {
  if (answer.status === 'rejected') {
    const err = toDataError(answer.reason, 'check your permissions on the site');
    if (err.kind === 'access-denied') throw new SetupPermissionError(NEEDED.map(([, words]) => words));
    throw err;
  }
  const mask = { High: String(answer.value.High), Low: String(answer.value.Low) };
  const missing = NEEDED.filter(([p]) => !maskHas(mask, p)).map(([, words]) => words);
  if (missing.length) throw new SetupPermissionError(missing);
}

/** A web's server-relative URL ('/sites/pathways'; '/' for a root site) from its absolute URL. */
export function serverRelativeOf(absoluteUrl: string): string {
  const path = decodeURIComponent(new URL(absoluteUrl).pathname).replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/** The server-relative URL a declared list lives at, e.g. '/sites/pathways/Lists/PwPupils' (lower case). */
export function declaredUrl(webUrl: string, def: Pick<ListDefinition, 'url'>): string {
  return `${webUrl.replace(/\/+$/, '')}/${def.url}`.toLowerCase();
}

/** The settings item that records the site's schema version (PwKey SCHEMA_VERSION_KEY), as read; unreadable JSON is version 0. */
export function schemaVersionOf(rows: readonly { Id: number; PwValue?: string | null }[]): (SchemaVersionRecord & { readonly itemId: number }) | undefined {
  const row = rows[0];
  if (!row) return undefined;
  try {
    const parsed = JSON.parse(String(row.PwValue ?? '')) as Partial<SchemaVersionRecord>;
    return { itemId: row.Id, version: Number(parsed.version ?? 0), migrations: Array.isArray(parsed.migrations) ? parsed.migrations.map(String) : [] };
  } catch {
    return { itemId: row.Id, version: 0, migrations: [] };
  }
}

/** The settings list's read of the version record (by the list's address, or by its id). */
export const VERSION_QUERY = { select: ['Id', 'PwValue'], filter: `PwKey eq '${SCHEMA_VERSION_KEY}'` } as const;

/** Where the site stands against the code, from the version it records and whether it has any declared list. */
export function versionStateOf(recorded: number | undefined, hasDeclaredLists: boolean, codeVersion: number): SiteVersionState {
  if (recorded === undefined) return hasDeclaredLists ? 'unversioned' : 'new';
  if (recorded < codeVersion) return 'older';
  return recorded > codeVersion ? 'newer' : 'current';
}

/**
 * The sentence the Setup page and `npm run site -- check` lead with. Without the plan's steps (the site's status,
 * before "Check this site"), a current site is said to be set up at its version, not whether it matches.
 */
export function versionMessage(plan: Pick<SetupPlan, 'state' | 'siteVersion' | 'codeVersion'> & { readonly steps?: readonly unknown[] }): string {
  switch (plan.state) {
    case 'new':
      return 'Pathways Hub is not set up on this site yet.';
    case 'unversioned':
      return `Pathways Hub’s lists are on this site, but it has no record of the version they were set up with (the PnP template, version 1, or a setup that did not finish). Upgrade brings it to version ${plan.codeVersion}.`;
    case 'older':
      return `This site was set up with Pathways Hub version ${plan.siteVersion ?? '?'}; the version deployed is ${plan.codeVersion}. Upgrade brings the site up to date.`;
    case 'newer':
      return `This site was set up with Pathways Hub version ${plan.siteVersion ?? '?'}, newer than the version deployed (${plan.codeVersion}). Deploy the newer package before using or changing the site: setup never takes a site back to an older version.`;
    case 'current':
      if (plan.steps === undefined) return `This site is set up with Pathways Hub version ${plan.codeVersion}.`;
      return plan.steps.length === 0
        ? `This site is set up with Pathways Hub version ${plan.codeVersion}, and matches it.`
        : `This site is set up with Pathways Hub version ${plan.codeVersion}, but some of it differs from what that version needs.`;
  }
}

/** The site's status: Site setup's first screen. */
export interface SiteStatus {
  readonly state: SiteVersionState;
  /** The site's recorded schema version (undefined: none recorded). */
  readonly siteVersion?: number;
  /** The schema version this code declares. */
  readonly codeVersion: number;
  /** The sentence the page leads with (versionMessage, without a plan). */
  readonly summary: string;
}

/** What the status is read against: the declared lists (their addresses) and the version (default: this code's). */
export interface StatusRelease {
  readonly lists: readonly Pick<ListDefinition, 'key' | 'url'>[];
  readonly version: number;
}

type VersionRows = { Id: number; PwValue?: string | null }[];

/** The answer, or its failure thrown. */
function value<T>(r: PromiseSettledResult<unknown>): T {
  if (r.status === 'rejected') throw r.reason;
  return r.value as T;
}

const statusOf = (r: PromiseSettledResult<unknown>): number | undefined => (r.status === 'rejected' ? (r.reason as { status?: number } | null)?.status : undefined);

/**
 * Reads the site's status in one round trip (a second only when the settings list answers at another address than
 * the one asked). Throws SetupPermissionError for someone who is not a site owner (nothing else is used).
 */
export async function readSiteStatus(sp: SPFI, siteUrl: string, release: StatusRelease = { lists: LISTS, version: SCHEMA_VERSION }): Promise<SiteStatus> {
  try {
    const asked = serverRelativeOf(siteUrl);
    const settings = release.lists.find((l) => l.key === 'settings');
    const versionRead =
      (at: (b: SPFI) => IList): BatchedJob<VersionRows> =>
      (b) =>
        at(b).items.select(...VERSION_QUERY.select).filter(VERSION_QUERY.filter).top(1)<VersionRows>();
    const jobs: BatchedJob<unknown>[] = [
      (b) => b.web.getCurrentUserEffectivePermissions(),
      (b) => b.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>(),
      (b) => b.web.lists.select('Id', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<{ Id: string; RootFolder: { ServerRelativeUrl: string } }[]>(),
      ...(settings ? [versionRead((b) => b.web.getList(declaredUrl(asked, settings)))] : []),
    ];
    const [perms, web, lists, version] = await runBatchedAtOnce(sp, jobs);
    checkSetupPermissions(perms as PromiseSettledResult<{ High: string; Low: string }>);
    const webUrl = value<{ ServerRelativeUrl: string }>(web).ServerRelativeUrl;
    const byUrl = new Map(value<{ Id: string; RootFolder: { ServerRelativeUrl: string } }[]>(lists).map((l) => [l.RootFolder.ServerRelativeUrl.toLowerCase(), l.Id]));
    const hasDeclaredLists = release.lists.some((def) => byUrl.has(declaredUrl(webUrl, def)));
    const settingsId = settings ? byUrl.get(declaredUrl(webUrl, settings)) : undefined;
    let recorded: number | undefined;
    if (settingsId !== undefined && version) {
      // The web answered at another address than the one asked (the settings list then not found there): by its id.
      const answer = statusOf(version) === 404 ? (await runBatchedAtOnce(sp, [versionRead((b) => b.web.lists.getById(settingsId))]))[0] : version;
      // 400: the settings list has no PwKey column (a site setup never finished), so no version is recorded.
      recorded = statusOf(answer) === 400 ? undefined : schemaVersionOf(value<VersionRows>(answer))?.version;
    }
    const state = versionStateOf(recorded, hasDeclaredLists, release.version);
    const plan = { state, codeVersion: release.version, ...(recorded !== undefined ? { siteVersion: recorded } : {}) };
    return { ...plan, summary: versionMessage(plan) };
  } catch (e) {
    throw toDataError(e, 'read the site');
  }
}
