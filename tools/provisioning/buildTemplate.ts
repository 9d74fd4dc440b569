import {
  type AccessLevel,
  LEADERSHIP_LEVEL,
  type Grant,
  listGrants,
  PERMISSION_LEVELS,
  type PermissionLevelDefinition,
  type PrincipalKey,
  SITE_GROUPS,
  type SiteGroupDefinition,
  siteGrants,
} from '../../src/lists/siteSecurity';
import type { ListDefinition, ListKey } from '../../src/lists/types';
import { assertListsProvisionable } from './checkLists';
import {
  DOCUMENT_LIBRARY_TEMPLATE,
  GENERIC_LIST_TEMPLATE,
  OWNERS_TOKEN,
  PNP_NAMESPACE,
  REGIONAL_SETTINGS,
  ROLE_TOKEN,
  TEMPLATE_ID,
  TEMPLATE_VERSION,
  TITLE_FIELD_ID,
} from './constants';
import { fieldXml } from './fieldXml';
import { orderByLookups } from '../../src/lists/orderLists';
import { viewXml } from './viewXml';
import { element, xsdBool } from '../../src/lists/xml';

export interface BuildTemplateOptions {
  /** Written to pnp:Preferences/@Generator. Keep it free of dates and versions, so output is reproducible. */
  readonly generator: string;
  readonly templateId?: string;
  readonly version?: number;
}

const HEADER =
  '<!-- Generated from src/lists by tools/generateProvisioning.ts: do not edit by hand. ' +
  'Regenerate with "npx tsx tools/generateProvisioning.ts". -->';

function regionalSettings(): string[] {
  const r = REGIONAL_SETTINGS;
  return element('pnp:RegionalSettings', [
    ['LocaleId', r.localeId],
    ['TimeZone', r.timeZone],
    ['CalendarType', r.calendarType],
    ['FirstDayOfWeek', r.firstDayOfWeek],
    ['FirstWeekOfYear', r.firstWeekOfYear],
    ['Time24', xsdBool(r.time24)],
    ['ShowWeeks', xsdBool(r.showWeeks)],
    ['WorkDays', r.workDays],
    ['WorkDayStartHour', r.workDayStartHour],
    ['WorkDayEndHour', r.workDayEndHour],
  ]);
}

/** A principal as the template names it: the site's Owners by PnP's token, a Pathways group by its title. */
function principalName(key: PrincipalKey): string {
  if (key === 'owners') return OWNERS_TOKEN;
  const group = SITE_GROUPS.find((g) => g.key === key);
  if (!group) throw new Error(`No site group '${key}'.`);
  return group.title;
}

/** A level as the template names it: built-in levels by PnP's role-type token, custom levels by name. */
function levelName(level: AccessLevel): string {
  return level === 'leadership' ? LEADERSHIP_LEVEL.name : ROLE_TOKEN[level];
}

function roleAssignments(grants: readonly Grant[]): string[] {
  return grants.flatMap((g) =>
    element('pnp:RoleAssignment', [
      ['Principal', principalName(g.principal)],
      ['RoleDefinition', levelName(g.level)],
    ]),
  );
}

function roleDefinition(role: PermissionLevelDefinition): string[] {
  const permissions = role.permissions.flatMap((p) => element('pnp:Permission', [], [], p));
  return element(
    'pnp:RoleDefinition',
    [
      ['Name', role.name],
      ['Description', role.description],
    ],
    element('pnp:Permissions', [], permissions),
  );
}

function siteSecurity(groups: readonly SiteGroupDefinition[], roles: readonly PermissionLevelDefinition[]): string[] {
  const siteGroups = groups.flatMap((g) =>
    element('pnp:SiteGroup', [
      ['Title', g.title],
      ['Description', g.description],
      ['Owner', OWNERS_TOKEN],
      ['AllowMembersEditMembership', xsdBool(false)],
      ['AllowRequestToJoinLeave', xsdBool(false)],
      ['OnlyAllowMembersViewMembership', xsdBool(g.onlyMembersViewMembership)],
    ]),
  );
  // The Owners group already has Full Control on the site; the template adds only the Pathways groups' levels.
  const assignments = roleAssignments(siteGrants().filter((g) => g.principal !== 'owners'));
  return element('pnp:Security', [], [
    ...element('pnp:SiteGroups', [], siteGroups),
    ...element('pnp:Permissions', [], [
      ...element('pnp:RoleDefinitions', [], roles.flatMap(roleDefinition)),
      ...element('pnp:RoleAssignments', [], assignments),
    ]),
  ]);
}

function listInstance(list: ListDefinition, titleOf: (key: ListKey) => string): string[] {
  const children: string[] = [];
  if (list.views?.length) children.push(...element('pnp:Views', [], list.views.flatMap((v) => viewXml(list, v))));
  children.push(...element('pnp:Fields', [], list.fields.flatMap((f) => fieldXml(list.key, f, titleOf))));
  if (list.titleField) {
    const fieldRef = element('pnp:FieldRef', [
      ['ID', TITLE_FIELD_ID],
      ['Name', 'Title'],
      ['DisplayName', list.titleField.displayName],
      ['Required', xsdBool(list.titleField.required)],
    ]);
    children.push(...element('pnp:FieldRefs', [], fieldRef));
  }
  // Every list stops inheriting and carries exactly its declared grants (src/lists/siteSecurity.ts).
  const breakInheritance = element(
    'pnp:BreakRoleInheritance',
    [
      ['CopyRoleAssignments', xsdBool(false)],
      ['ClearSubscopes', xsdBool(false)],
    ],
    roleAssignments(listGrants(list.key)),
  );
  children.push(...element('pnp:Security', [], breakInheritance));
  const versioning = list.versioning;
  return element(
    'pnp:ListInstance',
    [
      ['Title', list.title],
      ['Description', list.description],
      ['TemplateType', list.template === 'documentLibrary' ? DOCUMENT_LIBRARY_TEMPLATE : GENERIC_LIST_TEMPLATE],
      ['Url', list.url],
      ['OnQuickLaunch', xsdBool(false)],
      ['EnableVersioning', xsdBool(versioning.enabled)],
      ['MaxVersionLimit', versioning.enabled ? versioning.majorVersionLimit : undefined],
      // Pupil-folder lists keep each pupil's items in a folder the product creates and secures.
      ['EnableFolderCreation', xsdBool(list.security === 'pupil-folder')],
    ],
    children,
  );
}

/** The PnP provisioning template (schema 2022/09) for the declared lists: a pure function of its inputs. */
export function buildProvisioningTemplate(lists: readonly ListDefinition[], options: BuildTemplateOptions): string {
  assertListsProvisionable(lists);
  const titles = new Map(lists.map((l) => [l.key, l.title] as const));
  const titleOf = (key: ListKey): string => {
    const title = titles.get(key);
    if (title === undefined) throw new Error(`No list is declared with key '${key}'.`);
    return title;
  };

  const template = element(
    'pnp:ProvisioningTemplate',
    [
      ['ID', options.templateId ?? TEMPLATE_ID],
      ['Version', options.version ?? TEMPLATE_VERSION],
      ['DisplayName', 'Pathways Hub'],
      ['Description', 'Lists, groups and regional settings of the Pathways Hub site.'],
    ],
    [
      ...regionalSettings(),
      ...siteSecurity(SITE_GROUPS, PERMISSION_LEVELS),
      ...element(
        'pnp:Lists',
        [],
        orderByLookups(lists).flatMap((l) => listInstance(l, titleOf)),
      ),
    ],
  );
  const root = element(
    'pnp:Provisioning',
    [['xmlns:pnp', PNP_NAMESPACE]],
    [...element('pnp:Preferences', [['Generator', options.generator]]), ...element('pnp:Templates', [], template)],
  );
  return ['<?xml version="1.0" encoding="utf-8"?>', HEADER, ...root, ''].join('\n');
}
