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
import type { ListKey } from '../../../lists';
import { DataError } from '../../errors';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';
import { CURRENT_RELEASE, planSetup, versionMessage, type SchemaRelease } from './setupPlan';
import { SetupCancelledError } from './setupCancelled';
import { loadForWrites } from './loadForWrites';
import { readSiteSnapshot, type ListInfo, type SiteSnapshot } from './siteSnapshot';
import { SetupPermissionError, checkSetupPermissions, readSiteStatus, serverRelativeOf, type SiteStatus } from './siteStatus';
import type { SetupPlan, SetupResult, SetupRunOptions } from './setupTypes';

export { SetupCancelledError, SetupPermissionError };

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

  /**
   * Where the site stands (may the person set up, is Pathways Hub set up, at which version), in one round trip, with
   * no plan (siteStatus.ts). Without the site's address (not given), from the whole read instead.
   */
  public async status(): Promise<SiteStatus> {
    if (this.options.siteUrl) return readSiteStatus(this.sp, this.options.siteUrl, this.release);
    const plan = await this.plan();
    const { state, codeVersion, siteVersion } = plan;
    const status = { state, codeVersion, ...(siteVersion !== undefined ? { siteVersion } : {}) };
    return { ...status, summary: versionMessage(status) };
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

  private async read(hooks: PlanHooks = {}): Promise<SiteSnapshot> {
    try {
      return await readSiteSnapshot(this.sp, this.release.lists, this.release.pages ?? [], {
        gate: checkSetupPermissions,
        ...(this.options.siteUrl ? { webUrl: serverRelativeOf(this.options.siteUrl) } : {}),
        ...(hooks.onLists ? { onLists: hooks.onLists } : {}),
      });
    } catch (e) {
      throw toDataError(e, 'read the site');
    }
  }
}
