/**
 * Sets up (or brings up to date) a Pathways Hub site from the one declaration in src/lists: lists and libraries,
 * columns, indexes, unique columns, views and column formatting; the Leadership, Office and Staff groups, the
 * Leadership permission level and every list's grants; and the schema version on the settings list.
 *
 * It runs as the signed-in owner, in the browser (the Site setup web part) or in Node (npm run site), through the
 * same PnPjs setup and retry as the rest of the product. It reads the site, plans only what differs, and writes
 * only that: a second run makes no write. Cancel with an AbortSignal; run again to finish what was left.
 *
 * Reading and planning (and so the health check) load none of the writes: the engine that carries a plan out
 * (setupRunner.ts, with the data migrations' code) is its own chunk, `setup-run`, loaded when setup first runs.
 */
import { maskHas, type BasePermission, type ListKey } from '../../../lists';
import { DataError } from '../../errors';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';
import { CURRENT_RELEASE, planSetup, versionMessage, type SchemaRelease } from './setupPlan';
import { SetupCancelledError } from './setupCancelled';
import { loadForWrites } from './loadForWrites';
import { readSiteSnapshot, serverRelativeOf, type ListInfo, type Mask, type SiteSnapshot } from './siteSnapshot';
import type { SetupPlan, SetupResult, SetupRunOptions } from './setupTypes';
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

export { SetupCancelledError };

export interface SiteSetupOptions {
  /** The schema, its version and its data migrations (default: this code's). Tests pass an earlier release. */
  readonly release?: SchemaRelease;
  /** "Now", for data migrations whose rules depend on today. */
  readonly now?: () => Date;
  /** The site's absolute URL, when known (the site the page opened): its pages are then read with the first reads. */
  readonly siteUrl?: string;
}

export interface PlanHooks {
  /** Told which declared lists the site has (with their item counts) once known, before the rest is read. */
  readonly onLists?: (present: ReadonlyMap<ListKey, ListInfo>) => void;
}

export class SiteSetup {
  private readonly release: SchemaRelease;

  public constructor(
    private readonly sp: SPFI,
    private readonly options: SiteSetupOptions = {},
  ) {
    this.release = options.release ?? CURRENT_RELEASE;
  }

  /** Reads the site and says what setup would do (no write). Throws SetupPermissionError for a non-owner. */
  public async plan(hooks: PlanHooks = {}): Promise<SetupPlan & { readonly site: SiteSnapshot }> {
    const site = await this.read(hooks);
    return { ...planSetup(site, this.release), site };
  }

  /**
   * Sets the site up, upgrades it (new lists, columns, indexes, choices and views, then the data migrations not yet
   * recorded, then the version), or finishes what an interrupted run left. Throws SetupPermissionError,
   * SetupCancelledError or a DataError; refuses a site set up by a newer version.
   */
  public async run(options: SetupRunOptions = {}): Promise<SetupResult> {
    const site = await this.read();
    const plan = planSetup(site, this.release);
    if (plan.state === 'newer') throw new DataError('conflict', versionMessage(plan));
    const { SetupRunner } = await loadForWrites(() => import(/* webpackChunkName: 'setup-run' */ './setupRunner'));
    const runner = new SetupRunner(this.sp, site, { release: this.release, signal: options.signal, ...(this.options.now ? { now: this.options.now } : {}) });
    try {
      const stepsDone = await runner.runSteps(plan.steps, options.onProgress);
      return { stepsDone, writes: runner.writeCount, findings: plan.findings };
    } catch (e) {
      if (e instanceof SetupCancelledError) throw e;
      const err = toDataError(e, 'set up the site');
      if (err.kind === 'access-denied') throw new SetupPermissionError(['the rights this step needs']);
      throw new DataError(err.kind, `${err.message} What was done so far is kept; run setup again to finish.`, err.status);
    }
  }

  /**
   * What the signed-in person may do on the site, asked in one batch with the first reads (the web, its levels,
   * groups, grants, lists and pages; someone who is not an owner is refused some of them): nothing more is read
   * unless the answer says they may set up.
   */
  private static checkPermissions(answer: PromiseSettledResult<Mask>): void {
    if (answer.status === 'rejected') {
      const err = toDataError(answer.reason, 'check your permissions on the site');
      if (err.kind === 'access-denied') throw new SetupPermissionError(NEEDED.map(([, words]) => words));
      throw err;
    }
    const mask = { High: String(answer.value.High), Low: String(answer.value.Low) };
    const missing = NEEDED.filter(([p]) => !maskHas(mask, p)).map(([, words]) => words);
    if (missing.length) throw new SetupPermissionError(missing);
  }

  private async read(hooks: PlanHooks = {}): Promise<SiteSnapshot> {
    try {
      return await readSiteSnapshot(this.sp, this.release.lists, this.release.pages ?? [], {
        gate: SiteSetup.checkPermissions,
        ...(this.options.siteUrl ? { webUrl: serverRelativeOf(this.options.siteUrl) } : {}),
        ...(hooks.onLists ? { onLists: hooks.onLists } : {}),
      });
    } catch (e) {
      throw toDataError(e, 'read the site');
    }
  }
}
