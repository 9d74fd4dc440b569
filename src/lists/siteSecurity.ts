/**
 * Who may do what on a Pathways Hub site, declared once (docs/architecture.md, "Who sees what"). Pure TypeScript.
 *
 * One declaration drives the site setup (src/data/sp/setup), the PnP template (tools/provisioning) and the
 * documentation's permission table. SharePoint itself enforces it: every Pathways list has unique permissions with
 * exactly the grants below, so a person who goes round the screens (raw REST) can do no more than the screens offer.
 *
 *  - the site's Owners group: Full Control everywhere (SharePoint's own associated owner group);
 *  - Pathways Hub Leadership (headteacher, DSL, SENCO): the only non-owner role that may manage permissions and
 *    create groups (the Leadership permission level), so enrolment and a change of home school apply the home
 *    school's access at once; edits settings, schools and their named staff;
 *  - Pathways Hub Office (attendance officer, office): contributes to the records and enrols and edits pupils,
 *    but cannot change permissions (an enrolment by the office waits for Leadership or an owner to share it);
 *  - Pathways Hub Staff (teachers, lead tutors): contribute to the records they keep; read pupils, schools and
 *    settings;
 *  - one group per home school, made by the product (not by setup): Read on its own pupils' items and folders.
 */
import type { ListKey } from './types';
import type { BasePermission } from './basePermissions';

export * from './basePermissions';

/** The rights of SharePoint's built-in Contribute level. */
export const CONTRIBUTE_PERMISSIONS: readonly BasePermission[] = [
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

/** SharePoint's RoleTypeKind of the built-in levels setup grants (the same in every site and language). */
export const BUILT_IN_ROLE_TYPE = { read: 2, contribute: 3, fullControl: 5 } as const;

export interface PermissionLevelDefinition {
  readonly name: string;
  readonly description: string;
  readonly permissions: readonly BasePermission[];
}

/**
 * Contribute, plus what securing pupil records needs: create the per-school groups (CreateGroups), break
 * inheritance on pupil items and folders and grant or remove a school's Read (ManagePermissions), and read
 * existing grants (EnumeratePermissions). Built-in Edit has none of these; no other Pathways role has them.
 */
export const LEADERSHIP_LEVEL: PermissionLevelDefinition = {
  name: 'Pathways Hub Leadership',
  description:
    'Contribute, plus Create Groups, Manage Permissions and Enumerate Permissions: enrol pupils and share their ' +
    'records with their home school, keep the home schools’ groups, change settings.',
  permissions: [...CONTRIBUTE_PERMISSIONS, 'CreateGroups', 'ManagePermissions', 'EnumeratePermissions'],
};

/** Every custom permission level setup creates. */
export const PERMISSION_LEVELS: readonly PermissionLevelDefinition[] = [LEADERSHIP_LEVEL];

/** What a principal is given: a built-in level, or the Leadership level. */
export type AccessLevel = 'read' | 'contribute' | 'leadership' | 'fullControl';

/** The custom level behind an access level, or undefined for a built-in one. */
export function customLevelOf(level: AccessLevel): PermissionLevelDefinition | undefined {
  return level === 'leadership' ? LEADERSHIP_LEVEL : undefined;
}

export type PathwaysGroupKey = 'leadership' | 'office' | 'staff';
/** A principal of a grant: one of the groups setup makes, or the site's own Owners group. */
export type PrincipalKey = PathwaysGroupKey | 'owners';

export interface SiteGroupDefinition {
  readonly key: PathwaysGroupKey;
  readonly title: string;
  /** Who belongs in it, in the words of a headteacher (lower case: it follows the title in a sentence). */
  readonly who: string;
  readonly description: string;
  /** What the group is given on the site itself (pages, and anything that is not a Pathways list). */
  readonly siteLevel: AccessLevel;
  /**
   * "Who can view the membership of the group": members only (with the group's owners and the site collection
   * administrators), so no home school's staff can list the PRU's staff (names and e-mail addresses); the schools'
   * own groups are made the same way (SchoolGroupService). Setup applies it to existing groups.
   */
  readonly onlyMembersViewMembership: boolean;
}

export const LEADERSHIP_GROUP: SiteGroupDefinition = {
  key: 'leadership',
  title: 'Pathways Hub Leadership',
  who: 'headteacher, designated safeguarding lead, SENCO',
  description:
    'Headteacher, DSL and SENCO: enrol pupils and share their records with their home school, change home ' +
    'schools, keep schools and their named staff, change settings (permission level: Pathways Hub Leadership).',
  siteLevel: 'leadership',
  onlyMembersViewMembership: true,
};

export const OFFICE_GROUP: SiteGroupDefinition = {
  key: 'office',
  title: 'Pathways Hub Office',
  who: 'attendance officer, office staff',
  description:
    'Attendance officer and office: keep registers and records, enrol and edit pupils; cannot change permissions, ' +
    'settings or schools.',
  siteLevel: 'read',
  onlyMembersViewMembership: true,
};

export const STAFF_GROUP: SiteGroupDefinition = {
  key: 'staff',
  title: 'Pathways Hub Staff',
  who: 'teachers, lead tutors',
  description:
    'Teachers and lead tutors: keep registers, PIPs, learning logs, targets and assessments; read pupils, schools ' +
    'and settings.',
  siteLevel: 'read',
  onlyMembersViewMembership: true,
};

/** The groups setup makes, most privileged first. */
export const SITE_GROUPS: readonly SiteGroupDefinition[] = [LEADERSHIP_GROUP, OFFICE_GROUP, STAFF_GROUP];

export function siteGroup(key: PathwaysGroupKey): SiteGroupDefinition {
  const g = SITE_GROUPS.find((x) => x.key === key);
  if (!g) throw new Error(`No site group '${key}'.`);
  return g;
}

/** What a group has on a list: a level, or nothing at all ('none': the list is not theirs to open, SharePoint hides it). */
export type ListAccessLevel = AccessLevel | 'none';
type ListAccess = Readonly<Record<PathwaysGroupKey, ListAccessLevel>>;

const SECURE_CONTRIBUTE: ListAccess = { leadership: 'leadership', office: 'contribute', staff: 'contribute' };
const SECURE_CONTRIBUTE_STAFF_READ: ListAccess = { leadership: 'leadership', office: 'contribute', staff: 'read' };
const LEADERSHIP_ONLY_WRITE: ListAccess = { leadership: 'leadership', office: 'read', staff: 'read' };
/** Leadership's alone (the reports filed for leaders and governors): the office and teaching staff have no grant. */
const LEADERSHIP_ONLY: ListAccess = { leadership: 'leadership', office: 'none', staff: 'none' };

/**
 * Each list's grants to the Pathways groups (the site's Owners have Full Control on every list as well). Every
 * list gets unique permissions with exactly these grants; pupil items and folders copy them when they are secured,
 * then add the pupil's home-school group (Read).
 */
export const LIST_ACCESS: Readonly<Record<ListKey, ListAccess>> = {
  settings: LEADERSHIP_ONLY_WRITE,
  schools: LEADERSHIP_ONLY_WRITE,
  schoolContacts: LEADERSHIP_ONLY_WRITE,
  pupils: SECURE_CONTRIBUTE_STAFF_READ,
  pupilConfidential: SECURE_CONTRIBUTE_STAFF_READ,
  pupilHistory: SECURE_CONTRIBUTE_STAFF_READ,
  attendanceWeeks: SECURE_CONTRIBUTE,
  attendanceAmendments: SECURE_CONTRIBUTE,
  registers: SECURE_CONTRIBUTE,
  attendanceActions: SECURE_CONTRIBUTE_STAFF_READ,
  attendanceActionNotes: SECURE_CONTRIBUTE_STAFF_READ,
  pips: SECURE_CONTRIBUTE,
  pipConfidential: SECURE_CONTRIBUTE,
  pipReviews: SECURE_CONTRIBUTE,
  learningLogs: SECURE_CONTRIBUTE,
  learningLogEntries: SECURE_CONTRIBUTE,
  reviewMeetings: SECURE_CONTRIBUTE,
  reviewMeetingNotes: SECURE_CONTRIBUTE,
  targets: SECURE_CONTRIBUTE,
  supportPlans: SECURE_CONTRIBUTE,
  assessments: SECURE_CONTRIBUTE,
  notifications: SECURE_CONTRIBUTE,
  ehcRequests: SECURE_CONTRIBUTE_STAFF_READ,
  letters: SECURE_CONTRIBUTE,
  parentContacts: SECURE_CONTRIBUTE,
  parentContactNotes: SECURE_CONTRIBUTE,
  behaviourLog: SECURE_CONTRIBUTE,
  semhProfiles: SECURE_CONTRIBUTE,
  laReturns: SECURE_CONTRIBUTE_STAFF_READ,
  leadershipReports: LEADERSHIP_ONLY,
  transitionPlans: SECURE_CONTRIBUTE,
};

export interface Grant {
  readonly principal: PrincipalKey;
  readonly level: AccessLevel;
}

/** The site's own grants: the Owners' Full Control, and each group's site level. */
export function siteGrants(): readonly Grant[] {
  return [{ principal: 'owners', level: 'fullControl' }, ...SITE_GROUPS.map((g) => ({ principal: g.key, level: g.siteLevel }))];
}

/** Exactly the grants a list carries (its permissions are unique); a group with 'none' has no grant on it. */
export function listGrants(key: ListKey): readonly Grant[] {
  const access = LIST_ACCESS[key];
  const grants: Grant[] = [{ principal: 'owners', level: 'fullControl' }];
  for (const g of SITE_GROUPS) {
    const level = access[g.key];
    if (level !== 'none') grants.push({ principal: g.key, level });
  }
  return grants;
}

/** The permissions of an access level (built-in levels as SharePoint Online defines them). */
export function permissionsOf(level: AccessLevel): readonly BasePermission[] {
  switch (level) {
    case 'read':
      return READ_PERMISSIONS;
    case 'contribute':
      return CONTRIBUTE_PERMISSIONS;
    case 'leadership':
      return LEADERSHIP_LEVEL.permissions;
    case 'fullControl':
      return ['FullMask'];
  }
}

/** The rights of SharePoint's built-in Read level. */
export const READ_PERMISSIONS: readonly BasePermission[] = [
  'ViewListItems',
  'OpenItems',
  'ViewVersions',
  'ViewFormPages',
  'Open',
  'ViewPages',
  'CreateSSCSite',
  'BrowseUserInfo',
  'UseClientIntegration',
  'UseRemoteAPIs',
  'CreateAlerts',
];

/** Plain words for an access level, for documentation and the setup screen. */
export const ACCESS_WORDS: Readonly<Record<ListAccessLevel, string>> = {
  none: 'No access',
  read: 'Read',
  contribute: 'Contribute',
  leadership: 'Leadership',
  fullControl: 'Full Control',
};
