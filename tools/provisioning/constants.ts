/** Fixed parts of the Pathways Hub provisioning template. */

export const PNP_NAMESPACE = 'http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema';
export const COLUMN_FORMATTING_SCHEMA = 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json';

export const TEMPLATE_ID = 'PATHWAYS-HUB';
export const TEMPLATE_VERSION = 1;

/** The built-in Title column of every generic list. */
export const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

/** Generic (custom) list. */
export const GENERIC_LIST_TEMPLATE = 100;

/** Document library (its items are files, e.g. letters). */
export const DOCUMENT_LIBRARY_TEMPLATE = 101;

/** en-GB, London time, Monday-first week, 24-hour clock, school working day. */
export const REGIONAL_SETTINGS = {
  localeId: 2057,
  /** SharePoint time zone 2: "(UTC) Dublin, Edinburgh, Lisbon, London" (observes British Summer Time). */
  timeZone: 2,
  calendarType: 'Gregorian',
  firstDayOfWeek: 'Monday',
  /** 0: the first week of the year starts on 1 January. */
  firstWeekOfYear: 0,
  time24: true,
  showWeeks: false,
  /** Bit mask, Sunday = 64 … Saturday = 1: 62 is Monday to Friday. */
  workDays: 62,
  workDayStartHour: '8:00AM',
  workDayEndHour: '5:00PM',
} as const;

/** Currency columns are pounds sterling. */
export const CURRENCY_LCID = 2057;

export interface SiteGroupDefinition {
  readonly title: string;
  readonly description: string;
  /** PnP role type token for a site-level permission, or undefined for no site-level permission. */
  readonly siteRole?: string;
  readonly onlyMembersViewMembership: boolean;
}

/** PnP resolves {roledefinition:<RoleType>} to the site's role name in its own language (Read, Contribute, …). */
export const ROLE_READ = '{roledefinition:Reader}';

export interface RoleDefinitionSpec {
  readonly name: string;
  readonly description: string;
  /** Values of the schema's pnp:Permission enumeration (SharePoint BasePermissions). */
  readonly permissions: readonly string[];
}

/** The rights of SharePoint's built-in Contribute level. */
export const CONTRIBUTE_PERMISSIONS: readonly string[] = [
  'ViewListItems',
  'AddListItems',
  'EditListItems',
  'DeleteListItems',
  'OpenItems',
  'ViewVersions',
  'DeleteVersions',
  'ManagePersonalViews',
  'ViewFormPages',
  'Open',
  'ViewPages',
  'CreateSSCSite',
  'BrowseDirectories',
  'BrowseUserInfo',
  'AddDelPrivateWebParts',
  'UpdatePersonalWebParts',
  'UseClientIntegration',
  'UseRemoteAPIs',
  'CreateAlerts',
  'EditMyUserInfo',
];

/**
 * Contribute, plus what the product needs to secure pupil records at runtime: create the per-school groups
 * (CreateGroups), break inheritance on pupil items and folders and grant or remove a school's Read
 * (ManagePermissions), and read existing grants (EnumeratePermissions). Built-in Edit has none of these.
 */
export const STAFF_ROLE: RoleDefinitionSpec = {
  name: 'Pathways Hub Contribute and Secure',
  description:
    'Contribute, plus Create Groups and Manage Permissions on this site only, so staff can create the ' +
    'per-school groups and share each pupil’s records with the pupil’s home school.',
  permissions: [...CONTRIBUTE_PERMISSIONS, 'CreateGroups', 'ManagePermissions', 'EnumeratePermissions'],
};

export const STAFF_GROUP: SiteGroupDefinition = {
  title: 'Pathways Hub Staff',
  description:
    'PRU staff who use Pathways Hub: add and edit records on every list, and share pupils’ records with ' +
    'their home schools (permission level: Pathways Hub Contribute and Secure).',
  siteRole: STAFF_ROLE.name,
  onlyMembersViewMembership: false,
};

export const HOME_SCHOOLS_GROUP: SiteGroupDefinition = {
  title: 'Pathways Hub Home Schools',
  description:
    'Every named member of staff at a home school. Read on shared lists only (settings, term dates); ' +
    'pupil records are shared per school through the per-school groups the product creates.',
  siteRole: undefined,
  onlyMembersViewMembership: true,
};

/** Built-in columns a view may show although src/lists does not declare them. */
export const BUILT_IN_VIEW_FIELDS: readonly string[] = [
  'Title',
  'LinkTitle',
  'LinkTitleNoMenu',
  'ID',
  'Created',
  'Modified',
  'Author',
  'Editor',
  'Attachments',
  'DocIcon',
];

export const DEFAULT_VIEW_ROW_LIMIT = 30;
