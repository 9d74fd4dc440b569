/**
 * The list schema, declared once as code. Pure TypeScript: no SPFx, PnPjs or React import.
 *
 * One declaration drives:
 *  - the PnP provisioning template (tools/generateProvisioning.ts → sharepoint/provisioning/),
 *  - the site setup (src/data/sp/setup creates and updates these lists on a site, the emulated one included),
 *  - the repositories' field mapping (src/data/sp/*Repository.ts select and write these internal names).
 */

/** Every custom column's internal name starts with this prefix. */
export const FIELD_PREFIX = 'Pw';

export type FieldKind =
  | 'Text' // single line, max 255
  | 'Note' // multiple lines (plain); JSON payloads are stored in Note fields
  | 'Number'
  | 'Integer'
  | 'Currency'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'Lookup'
  | 'LookupMulti'
  | 'User';

/** A JSON value (used for SharePoint JSON column formatting). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * SharePoint JSON column formatting
 * (https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json).
 */
export type ColumnFormatter = { readonly [key: string]: JsonValue };

export interface FieldDefinition {
  /** Internal (static) name, FIELD_PREFIX + PascalCase, or 'Title' for the built-in title column. */
  readonly internalName: string;
  readonly displayName: string;
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Choice / MultiChoice values, in display order. */
  readonly choices?: readonly string[];
  readonly defaultValue?: string;
  /** DateTime: store the date only (no time part). */
  readonly dateOnly?: boolean;
  /** Lookup / LookupMulti: the target list's key, and the target column shown (default Title). */
  readonly lookupList?: ListKey;
  readonly lookupField?: string;
  /** Column index: queries on large lists must start their $filter on an indexed column. */
  readonly indexed?: boolean;
  /** EnforceUniqueValues (requires indexed). Makes a retried write unable to duplicate a record. */
  readonly unique?: boolean;
  readonly maxLength?: number;
  readonly description?: string;
  /** Holds special-category or sensitive data (health, safeguarding, SEN detail): never put in e-mails or open exports. */
  readonly sensitive?: boolean;
  /** JSON column formatting, serialised into the provisioned field's CustomFormatter attribute. */
  readonly customFormatter?: ColumnFormatter;
}

/**
 * How a list's items are secured (see docs/architecture.md, "Who sees what"):
 *  - 'staff-only': no item-level permissions: the list's own grants (LIST_ACCESS) decide, PRU staff only (leadership only where it says so).
 *  - 'pupil-item': each item is one pupil; the item has unique permissions granting the pupil's home-school group Read.
 *  - 'pupil-folder': each pupil's items live in a folder named by the pupil's reference; the folder has unique
 *    permissions granting the pupil's home-school group Read, and items inherit from the folder.
 *  - 'school-item': each item is one school (or belongs to one); unique permissions grant that school's group Read.
 *  - 'shared-read': the list has unique permissions granting every home-school group Read (settings, term dates).
 */
export type ListSecurity = 'staff-only' | 'pupil-item' | 'pupil-folder' | 'school-item' | 'shared-read';

export type ListKey =
  | 'settings'
  | 'schools'
  | 'schoolContacts'
  | 'pupils'
  | 'pupilConfidential'
  | 'pipConfidential'
  | 'reviewMeetingNotes'
  | 'attendanceActionNotes'
  | 'parentContactNotes'
  | 'pupilHistory'
  | 'attendanceWeeks'
  | 'attendanceAmendments'
  | 'registers'
  | 'attendanceActions'
  | 'pips'
  | 'pipReviews'
  | 'learningLogs'
  | 'learningLogEntries'
  | 'reviewMeetings'
  | 'targets'
  | 'supportPlans'
  | 'assessments'
  | 'notifications'
  | 'ehcRequests'
  | 'letters'
  | 'parentContacts'
  | 'behaviourLog'
  | 'semhProfiles'
  | 'laReturns'
  | 'leadershipReports'
  | 'transitionPlans';

export interface ListViewDefinition {
  readonly title: string;
  readonly fields: readonly string[];
  readonly default?: boolean;
  /** CAML <Where> body, for example '<Eq><FieldRef Name="PwStatus"/><Value Type="Choice">Active</Value></Eq>'. */
  readonly where?: string;
  readonly orderBy?: { readonly field: string; readonly ascending: boolean };
  readonly rowLimit?: number;
}

export interface RetentionRule {
  /** What the period runs from, in words a records manager uses. */
  readonly from: 'entry date' | 'date of birth' | 'last action' | 'date sent';
  readonly years: number;
  /** Name of the SchoolSettings retention key that can override it. */
  readonly settingKey: string;
  readonly basis: string;
}

export interface ListDefinition {
  readonly key: ListKey;
  /** List title as shown in SharePoint, and used by getByTitle. */
  readonly title: string;
  /** Site-relative URL, e.g. 'Lists/PwPupils'. */
  readonly url: string;
  readonly description: string;
  readonly fields: readonly FieldDefinition[];
  /** Title column: shown display name, and whether required. */
  readonly titleField?: { readonly displayName: string; readonly required: boolean };
  readonly versioning: { readonly enabled: boolean; readonly majorVersionLimit?: number };
  readonly security: ListSecurity;
  readonly retention?: RetentionRule;
  readonly views?: readonly ListViewDefinition[];
  /**
   * What SharePoint creates: a generic list (template 100, the default) or a document library (template 101),
   * whose items are files. A library's url is one site-relative segment ('PwLetters'), not under 'Lists/'.
   */
  readonly template?: 'genericList' | 'documentLibrary';
  /**
   * Columns an earlier version declared here and a data migration emptied (their values moved elsewhere). Setup never
   * drops a column, so sites set up before keep them, empty; nothing reads or writes them and setup does not report them.
   */
  readonly retiredFields?: readonly { readonly internalName: string; readonly movedTo: ListKey }[];
  /**
   * A list that holds the confidential part of another list's items (docs/sharing.md): one item per item of `list`,
   * looked up by `lookup` and keyed by `key` (unique text: that item's id). Security 'staff-only': never shared with
   * a home school, whatever the sharing settings, because SharePoint has no column-level security. The columns moved
   * here are `list`'s retiredFields with movedTo this list; the upgrade that moves them is confidentialSplit.
   */
  readonly confidentialPartOf?: { readonly list: ListKey; readonly lookup: string; readonly key: string };
  /**
   * A 'pupil-folder' library whose pupil folders each hold a sub-folder by this name with unique permissions and no
   * school's grant (made and secured with the pupil's folders, PupilAccessService): what is filed there stays with
   * the PRU whatever the home school reads of the rest of the folder (Letters: the kinds not shared, docs/sharing.md).
   */
  readonly pruOnlyFolder?: string;
}
