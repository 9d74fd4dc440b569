/** The health check's vocabulary: what it found, in plain words, and what "Repair" would do. */
import type { FindingSeverity, SetupPlan, SetupResult, SetupRunOptions, SiteVersionState } from '../setupTypes';
import type { SiteStatus } from '../siteStatus';

export type HealthArea = 'version' | 'lists' | 'pages' | 'permissions' | 'threshold' | 'pupil-access' | 'confidential' | 'school-groups' | 'records' | 'graph' | 'regional';

/**
 * What "Repair" does for a finding: run setup, share one pupil's records again, make a school's group match, or run
 * a data migration again (confidential values left on a record the home school reads).
 */
export type HealthRepair =
  | { readonly kind: 'setup' }
  | { readonly kind: 'migration'; readonly id: string }
  | { readonly kind: 'pupil-access'; readonly pupilId: number }
  | { readonly kind: 'school-group'; readonly schoolId: number };

export interface HealthFinding {
  /** Stable within one report (for keys on the screen). */
  readonly id: string;
  readonly area: HealthArea;
  readonly severity: FindingSeverity;
  readonly message: string;
  /** Present when the product can put it right safely. */
  readonly repair?: HealthRepair;
  /** For what only a person can do: who, and how. */
  readonly how?: string;
  /** The item concerned, on the site (e.g. a record pointing to a deleted pupil). */
  readonly link?: { readonly href: string; readonly text: string };
}

export interface HealthReport {
  readonly state: SiteVersionState;
  /** The sentence the report leads with ("This site is set up with Pathways Hub version 2, and matches it."). */
  readonly summary: string;
  readonly findings: readonly HealthFinding[];
}

export const AREA_TITLES: Readonly<Record<HealthArea, string>> = {
  version: 'Version',
  lists: 'Lists and columns',
  pages: 'Site pages',
  permissions: 'Groups and permissions',
  threshold: 'Large lists',
  'pupil-access': 'Who can see each pupil',
  confidential: 'Confidential details where a home school can read them',
  'school-groups': 'Home-school staff groups',
  records: 'Records pointing to a missing or another pupil’s record',
  graph: 'Microsoft Graph permissions',
  regional: 'Regional settings',
};

/**
 * What the Site setup page uses (IServices.siteSetup): the site's status (its first screen: a small module of its
 * own), then, when asked, check, set up or upgrade, repair (the `data-site-setup` chunk). Needs a site owner.
 */
export interface ISiteSetup {
  /** Where the site stands, in one round trip, with no plan. Throws SetupPermissionError for someone who is not an owner. */
  status(): Promise<SiteStatus>;
  /** "Check this site": the report, in plain words. Throws SetupPermissionError for someone who is not an owner. */
  check(): Promise<HealthReport>;
  /** What setup would do (no write). */
  plan(): Promise<SetupPlan>;
  /** Sets the site up or upgrades it, step by step; cancel with options.signal, run again to finish. */
  runSetup(options?: SetupRunOptions): Promise<SetupResult>;
  /** Puts one finding right; returns what was done, in words. */
  repair(finding: HealthFinding, options?: SetupRunOptions): Promise<string>;
}
