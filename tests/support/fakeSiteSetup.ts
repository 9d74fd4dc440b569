/**
 * A site-setup service for component tests: a site in a given state whose setup runs through named steps (each a
 * tick, honouring cancellation), whose check reports the findings left, and whose repairs remove them.
 */
import { DataError } from '../../src/data/errors';
import { SetupCancelledError, SetupPermissionError } from '../../src/data/sp/setup/SiteSetup';
import type { HealthFinding, HealthReport, ISiteSetup } from '../../src/data/sp/setup/health/healthTypes';
import type { SetupPlan, SetupResult, SetupRunOptions, SiteVersionState } from '../../src/data/sp/setup/setupTypes';
import type { SiteStatus } from '../../src/data/sp/setup/siteStatus';
import type { FakeHomeSchoolAccess } from './fakeHomeSchoolAccess';

export interface FakeSiteSetupOptions {
  readonly state?: SiteVersionState;
  readonly findings?: readonly HealthFinding[];
  /** The step labels a run goes through. */
  readonly steps?: readonly string[];
  /** Not a site owner: every call is refused with these missing rights. */
  readonly missing?: readonly string[];
  /** The run fails at this step (1-based) with this message. */
  readonly failAt?: { readonly step: number; readonly message: string };
  /** The pupils' access (as the services hold it): a pupil-access finding is reported while that pupil is not yet shared there. */
  readonly pupilAccess?: FakeHomeSchoolAccess;
}

const SUMMARY: Record<SiteVersionState, string> = {
  new: 'Pathways Hub is not set up on this site yet.',
  unversioned: 'Pathways Hub’s lists are on this site, but it has no record of the version they were set up with. Upgrade brings it to version 2.',
  older: 'This site was set up with Pathways Hub version 1; the version deployed is 2. Upgrade brings the site up to date.',
  current: 'This site is set up with Pathways Hub version 2, and matches it.',
  newer: 'This site was set up with Pathways Hub version 3, newer than the version deployed (2). Deploy the newer package before using or changing the site.',
};

/** What the status says (no plan: a current site is not said to match or differ until checked). */
const STATUS_SUMMARY: Record<SiteVersionState, string> = { ...SUMMARY, current: 'This site is set up with Pathways Hub version 2.' };
const SITE_VERSION: Record<SiteVersionState, number | undefined> = { new: undefined, unversioned: undefined, older: 1, current: 2, newer: 3 };

export class FakeSiteSetup implements ISiteSetup {
  public state: SiteVersionState;
  public findings: HealthFinding[];
  public runs = 0;
  /** How many times the status and the whole check were asked for. */
  public statusReads = 0;
  public checks = 0;
  public repaired: string[] = [];
  private readonly steps: readonly string[];

  public constructor(private readonly options: FakeSiteSetupOptions = {}) {
    this.state = options.state ?? 'current';
    this.findings = [...(options.findings ?? [])];
    this.steps = options.steps ?? ['Creating the group Pathways Hub Staff', 'Creating list 1 of 2: Pathways Settings', 'Creating list 2 of 2: Pathways Pupils', 'Recording schema version 2 on the site'];
  }

  private guard(): void {
    if (this.options.missing) throw new SetupPermissionError(this.options.missing);
  }

  public async status(): Promise<SiteStatus> {
    this.statusReads += 1;
    this.guard();
    await Promise.resolve();
    const siteVersion = SITE_VERSION[this.state];
    return { state: this.state, codeVersion: 2, ...(siteVersion !== undefined ? { siteVersion } : {}), summary: STATUS_SUMMARY[this.state] };
  }

  public async check(): Promise<HealthReport> {
    this.checks += 1;
    this.guard();
    await Promise.resolve();
    const summary = this.state === 'current' && this.findings.some((f) => f.repair?.kind === 'setup') ? 'This site is set up with Pathways Hub version 2, but some of it differs from what that version needs.' : SUMMARY[this.state];
    const access = this.options.pupilAccess;
    if (access) this.findings = this.findings.filter((f) => f.repair?.kind !== 'pupil-access' || access.states.get(f.repair.pupilId)?.state === 'not-yet-shared');
    return { state: this.state, summary, findings: this.state === 'new' ? [] : this.findings };
  }

  public async plan(): Promise<SetupPlan> {
    this.guard();
    return { state: this.state, codeVersion: 2, steps: this.steps.map((label) => ({ label, actions: [] })), findings: [], migrations: [] };
  }

  public async runSetup(options: SetupRunOptions = {}): Promise<SetupResult> {
    this.guard();
    this.runs += 1;
    if (this.state === 'newer') throw new DataError('conflict', SUMMARY.newer);
    for (const [i, label] of this.steps.entries()) {
      await new Promise((r) => setTimeout(r, 5));
      if (options.signal?.aborted) throw new SetupCancelledError();
      if (this.options.failAt?.step === i + 1) throw new DataError('network', `${this.options.failAt.message} What was done so far is kept; run setup again to finish.`);
      options.onProgress?.({ step: i + 1, of: this.steps.length, label });
    }
    this.state = 'current';
    this.findings = this.findings.filter((f) => f.repair?.kind !== 'setup');
    return { stepsDone: this.steps.length, writes: this.steps.length * 3, findings: [] };
  }

  public async repair(finding: HealthFinding, options: SetupRunOptions = {}): Promise<string> {
    if (finding.repair?.kind === 'setup') {
      const r = await this.runSetup(options);
      return `Setup made ${r.writes} changes.`;
    }
    this.repaired.push(finding.id);
    this.findings = this.findings.filter((f) => f.id !== finding.id);
    return 'Put right.';
  }
}
