/** The setup engine's vocabulary: what it plans, reports and tells the screen while it runs. */
import type { AccessLevel, FieldDefinition, ListKey, ListViewDefinition, PathwaysGroupKey, PrincipalKey, SitePageKey } from '../../../lists';

/** Changes to a field that setup may make (never its type, internal name or lookup target). */
export interface FieldChanges {
  Title?: string;
  Required?: boolean;
  Indexed?: boolean;
  EnforceUniqueValues?: boolean;
  Description?: string;
  DefaultValue?: string | null;
  Choices?: string[];
  MaxLength?: number;
  CustomFormatter?: string | null;
}

export interface ListChanges {
  Title?: string;
  Description?: string;
  EnableVersioning?: boolean;
  MajorVersionLimit?: number;
  EnableFolderCreation?: boolean;
}

/** One write (or a short fixed sequence of writes) setup makes. Plain data: the plan can be shown or counted. */
export type SetupAction =
  | { readonly kind: 'createLeadershipLevel' }
  | { readonly kind: 'updateLeadershipLevel'; readonly roleDefId: number }
  | { readonly kind: 'createGroup'; readonly group: PathwaysGroupKey }
  | { readonly kind: 'updateGroupDescription'; readonly group: PathwaysGroupKey }
  | { readonly kind: 'updateGroupVisibility'; readonly group: PathwaysGroupKey }
  | { readonly kind: 'setGroupOwner'; readonly group: PathwaysGroupKey }
  | { readonly kind: 'grantWeb'; readonly principal: PrincipalKey; readonly level: AccessLevel }
  | { readonly kind: 'revokeWeb'; readonly principal: PrincipalKey; readonly roleDefId: number }
  | { readonly kind: 'createList'; readonly list: ListKey }
  | { readonly kind: 'updateList'; readonly list: ListKey; readonly changes: ListChanges }
  | { readonly kind: 'addField'; readonly list: ListKey; readonly field: FieldDefinition }
  | { readonly kind: 'updateField'; readonly list: ListKey; readonly internalName: string; readonly changes: FieldChanges }
  /**
   * Gives every item and folder with no value in a column that must be unique its own value (`legacy:<id>`,
   * folders `folder:<name>`: src/lists/uniqueKeys.ts), in batches, reading back; before uniqueness is switched on.
   */
  | { readonly kind: 'fillUniqueKeys'; readonly list: ListKey; readonly internalName: string }
  | { readonly kind: 'addView'; readonly list: ListKey; readonly view: ListViewDefinition }
  | { readonly kind: 'updateView'; readonly list: ListKey; readonly viewId: string; readonly view: ListViewDefinition; readonly fields: boolean; readonly props: { ViewQuery?: string; RowLimit?: number; DefaultView?: boolean } }
  | { readonly kind: 'breakListInheritance'; readonly list: ListKey }
  | { readonly kind: 'grantList'; readonly list: ListKey; readonly principal: PrincipalKey; readonly level: AccessLevel }
  | { readonly kind: 'revokeList'; readonly list: ListKey; readonly principal: PrincipalKey | 'me'; readonly roleDefId: number }
  /** The web's locale, time zone and clock (REGIONAL_SETTINGS), through the site script action setRegionalSettings. */
  | { readonly kind: 'setRegionalSettings' }
  /** A client-side page with its web parts placed, published (PnPjs addClientsidePage, save). */
  | { readonly kind: 'createPage'; readonly page: SitePageKey }
  /** A page that exists but was never published (a run stopped before publishing it). */
  | { readonly kind: 'publishPage'; readonly page: SitePageKey }
  /** Places the page's declared web parts that are missing from it (nothing on the page is removed). */
  | { readonly kind: 'addPageWebParts'; readonly page: SitePageKey; readonly webPartIds: readonly string[] }
  /** Unique permissions for the page, copying the site's (so the PRU's groups keep reading it). */
  | { readonly kind: 'breakPageInheritance'; readonly page: SitePageKey }
  /** Read on the page for one home school's staff group. */
  | { readonly kind: 'grantPageRead'; readonly page: SitePageKey; readonly principalId: number }
  | { readonly kind: 'runMigration'; readonly id: string }
  /** Writes the code's schema version; `markDone`: migrations a site set up from nothing never needs to run. */
  | { readonly kind: 'recordSchemaVersion'; readonly markDone: readonly string[] };

/** A step the screen shows ("Creating list 7 of 20: Pathways PIP Reviews"), with the writes it makes. */
export interface SetupStep {
  readonly label: string;
  readonly actions: readonly SetupAction[];
}

export type FindingSeverity = 'problem' | 'warning' | 'info';

/** Something about the site, in plain words; `repairable` when running setup fixes it. */
export interface SetupFinding {
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly repairable: boolean;
  readonly list?: ListKey;
  readonly page?: SitePageKey;
}

/**
 * Where the site stands against the code: 'new' (no Pathways Hub list, nothing recorded), 'unversioned' (Pathways
 * Hub lists but no recorded version: the PnP template, version 1, or a first setup that did not finish), 'older'
 * (an earlier version is recorded: Upgrade), 'current', 'newer' (a later version than this code: deploy it first).
 */
export type SiteVersionState = 'new' | 'unversioned' | 'older' | 'current' | 'newer';

/** A data migration the upgrade will run. */
export interface PendingMigration {
  readonly id: string;
  readonly description: string;
}

export interface SetupPlan {
  readonly steps: readonly SetupStep[];
  readonly findings: readonly SetupFinding[];
  /** The site's recorded schema version (undefined: none recorded). */
  readonly siteVersion?: number;
  /** The schema version this code declares (SCHEMA_VERSION). */
  readonly codeVersion: number;
  readonly state: SiteVersionState;
  /** Data migrations still to run on this site, in order. */
  readonly migrations: readonly PendingMigration[];
}

export interface SetupProgress {
  /** 1-based. */
  readonly step: number;
  readonly of: number;
  readonly label: string;
  /** Within a long step (a data migration): "12 of 40 pupils". */
  readonly detail?: string;
}

export interface SetupRunOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SetupProgress) => void;
}

export interface SetupResult {
  readonly stepsDone: number;
  readonly writes: number;
  /** What setup could not change (lists in the way, columns of another type …). */
  readonly findings: readonly SetupFinding[];
}
