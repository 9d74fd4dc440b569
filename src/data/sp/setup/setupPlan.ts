/**
 * Compares a site (SiteSnapshot) with the declaration (src/lists) and lists the writes that would make them
 * agree, grouped in steps the screen can show. Pure: no request is made here. A site that agrees gives no step.
 *
 * Setup adds and corrects; it never drops a list, column or view, never changes a column's type, and never
 * touches a list that is not Pathways Hub's (a list of the same title at another address) or its dependants.
 */
import {
  BUILT_IN_ROLE_TYPE,
  LEADERSHIP_LEVEL,
  LISTS,
  REGIONAL_SETTINGS,
  SCHEMA_VERSION,
  SITE_GROUPS,
  SITE_PAGES,
  listGrants,
  pageFileName,
  maskOf,
  siteGrants,
  type AccessLevel,
  type FieldDefinition,
  type Grant,
  type ListDefinition,
  type ListKey,
  type ListViewDefinition,
  type PrincipalKey,
  type SitePageDefinition,
} from '../../../lists';
import { orderByLookups } from '../../../lists/orderLists';
import { declaredUrl, unwrap, type AssignmentInfo, type FieldInfo, type ListState, type PageInfo, type SiteSnapshot, type ViewInfo } from './siteSnapshot';
import { MIGRATIONS, type Migration } from './migrations';
import { versionMessage, versionStateOf } from './siteStatus';
import type { FieldChanges, ListChanges, SetupAction, SetupFinding, SetupPlan, SetupStep } from './setupTypes';

export { versionMessage };

const DEFAULT_ROW_LIMIT = 30;

/** What a new list has before setup touches it (SharePoint: a required Title column and one default view). */
const NEW_LIST_TITLE: FieldInfo = { InternalName: 'Title', Title: 'Title', TypeAsString: 'Text', Required: true, Indexed: false, EnforceUniqueValues: false };

/** SharePoint's TypeAsString for each declared kind (a whole number may read back as Number or Integer). */
const TYPES: Record<FieldDefinition['kind'], readonly string[]> = {
  Text: ['Text'],
  Note: ['Note'],
  Number: ['Number'],
  Integer: ['Integer', 'Number'],
  Currency: ['Currency'],
  Boolean: ['Boolean'],
  DateTime: ['DateTime'],
  Choice: ['Choice'],
  MultiChoice: ['MultiChoice'],
  Lookup: ['Lookup'],
  LookupMulti: ['LookupMulti'],
  User: ['User'],
};

/** The ViewQuery a declared view asks for: <Where> then <OrderBy>, as SharePoint stores it. */
export function viewQueryOf(view: ListViewDefinition): string {
  const where = view.where ? `<Where>${view.where}</Where>` : '';
  const order = view.orderBy ? `<OrderBy><FieldRef Name="${view.orderBy.field}" Ascending="${view.orderBy.ascending ? 'TRUE' : 'FALSE'}" /></OrderBy>` : '';
  return where + order;
}

const normaliseCaml = (q: string): string => q.replace(/>\s+</g, '><').replace(/\s*\/>/g, '/>').trim().toLowerCase();

function sameJson(a: string | null | undefined, b: string | undefined): boolean {
  if (!a || !b) return !a && !b;
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch {
    return a === b;
  }
}

/** The id SharePoint gives the level a grant names, if the site has it. */
export function roleDefIdOf(site: SiteSnapshot, level: AccessLevel): number | undefined {
  if (level === 'leadership') return site.roleDefinitions.find((r) => r.Name.toLowerCase() === LEADERSHIP_LEVEL.name.toLowerCase())?.Id;
  return site.roleDefinitions.find((r) => r.RoleTypeKind === BUILT_IN_ROLE_TYPE[level])?.Id;
}

/** The principal id a grant names, if the site has it. */
export function principalIdOf(site: SiteSnapshot, principal: PrincipalKey): number | undefined {
  if (principal === 'owners') return site.ownerGroup.Id;
  const title = SITE_GROUPS.find((g) => g.key === principal)?.title.toLowerCase();
  return site.groups.find((g) => g.Title.toLowerCase() === title)?.Id;
}

/** Grants to add, and the Pathways groups' levels to take away, so a scope carries exactly `wanted`. */
function grantDiff(
  site: SiteSnapshot,
  wanted: readonly Grant[],
  have: readonly AssignmentInfo[],
): { add: Grant[]; revoke: { principal: PrincipalKey; roleDefId: number }[] } {
  const add: Grant[] = [];
  const revoke: { principal: PrincipalKey; roleDefId: number }[] = [];
  for (const g of wanted) {
    const pid = principalIdOf(site, g.principal);
    const rid = roleDefIdOf(site, g.level);
    const held = pid === undefined ? undefined : have.find((a) => a.principalId === pid);
    if (pid === undefined || rid === undefined || !held || !held.roleDefIds.includes(rid)) add.push(g);
    // Only the Pathways groups are held to exactly their level; the Owners may hold more, others are left alone.
    if (g.principal !== 'owners' && held) {
      for (const other of held.roleDefIds) if (other !== rid && rid !== undefined) revoke.push({ principal: g.principal, roleDefId: other });
    }
  }
  return { add, revoke };
}

function fieldChanges(field: FieldDefinition, actual: FieldInfo): FieldChanges {
  const c: FieldChanges = {};
  if (actual.Title !== field.displayName) c.Title = field.displayName;
  if (actual.Required !== (field.required === true)) c.Required = field.required === true;
  if (actual.Indexed !== (field.indexed === true || field.unique === true)) c.Indexed = field.indexed === true || field.unique === true;
  if (actual.EnforceUniqueValues !== (field.unique === true)) c.EnforceUniqueValues = field.unique === true;
  if (field.description !== undefined && (actual.Description ?? '') !== field.description) c.Description = field.description;
  if (field.defaultValue !== undefined && (actual.DefaultValue ?? null) !== field.defaultValue) c.DefaultValue = field.defaultValue;
  if (field.choices) {
    const have = unwrap(actual.Choices);
    if (field.choices.some((ch) => !have.includes(ch))) c.Choices = [...field.choices, ...have.filter((h) => !field.choices?.includes(h))];
  }
  if (field.kind === 'Text' && actual.MaxLength !== undefined && actual.MaxLength !== (field.maxLength ?? 255)) c.MaxLength = field.maxLength ?? 255;
  const formatter = field.customFormatter ? JSON.stringify(field.customFormatter) : undefined;
  if (formatter !== undefined && !sameJson(actual.CustomFormatter, formatter)) c.CustomFormatter = formatter;
  return c;
}

const hasChanges = (o: object): boolean => Object.keys(o).length > 0;

/** The Title column a declared list asks for (a list without titleField keeps 'Title', not required). */
function titleField(def: ListDefinition): { Title: string; Required: boolean } {
  return { Title: def.titleField?.displayName ?? 'Title', Required: def.titleField?.required ?? false };
}

/**
 * Whether SharePoint lets a unique column hold several empty values is not confirmed (docs/architecture.md,
 * "Exactly-once creates"), so a column is made unique only once every item and folder in it has its own value:
 * added (or indexed) without uniqueness, filled, then made unique. A new list has nothing to fill.
 */
function uniqueSteps(def: ListDefinition, field: FieldDefinition, c: FieldChanges): SetupAction[] {
  const out: SetupAction[] = [];
  if (c.Indexed === true) {
    // SharePoint enforces unique values only on an indexed column: index first.
    out.push({ kind: 'updateField', list: def.key, internalName: field.internalName, changes: { Indexed: true } });
    delete c.Indexed;
  }
  out.push({ kind: 'fillUniqueKeys', list: def.key, internalName: field.internalName });
  return out;
}

function planFields(def: ListDefinition, fields: readonly FieldInfo[], site: SiteSnapshot, findings: SetupFinding[], emptyUnique?: ReadonlySet<string>): SetupAction[] {
  const actions: SetupAction[] = [];
  const title = fields.find((f) => f.InternalName === 'Title');
  const wantTitle = titleField(def);
  if (title) {
    const c: FieldChanges = {};
    if (title.Title !== wantTitle.Title) c.Title = wantTitle.Title;
    if (title.Required !== wantTitle.Required) c.Required = wantTitle.Required;
    if (hasChanges(c)) actions.push({ kind: 'updateField', list: def.key, internalName: 'Title', changes: c });
  }
  for (const field of def.fields) {
    const actual = fields.find((f) => f.InternalName.toLowerCase() === field.internalName.toLowerCase());
    if (!actual) {
      if (field.unique === true && emptyUnique) {
        // An existing list may hold items: the column arrives indexed, is filled, then made unique.
        actions.push({ kind: 'addField', list: def.key, field: { ...field, indexed: true, unique: false } });
        actions.push({ kind: 'fillUniqueKeys', list: def.key, internalName: field.internalName });
        actions.push({ kind: 'updateField', list: def.key, internalName: field.internalName, changes: { EnforceUniqueValues: true } });
      } else actions.push({ kind: 'addField', list: def.key, field });
      continue;
    }
    if (!TYPES[field.kind].includes(actual.TypeAsString)) {
      findings.push({
        severity: 'problem',
        list: def.key,
        repairable: false,
        message: `In “${def.title}”, the column ${field.internalName} is of type ${actual.TypeAsString}; Pathways Hub expects ${field.kind}. Setup does not change a column's type: move its data to a new column first.`,
      });
      continue;
    }
    if (field.lookupList && actual.LookupList) {
      const target = site.lists.get(field.lookupList);
      if (target && actual.LookupList.replace(/[{}]/g, '').toLowerCase() !== target.info.Id.toLowerCase()) {
        findings.push({ severity: 'problem', list: def.key, repairable: false, message: `In “${def.title}”, the column ${field.internalName} looks up the wrong list.` });
      }
    }
    const c = fieldChanges(field, actual);
    if (c.EnforceUniqueValues === true || (field.unique === true && emptyUnique?.has(field.internalName.toLowerCase()))) {
      actions.push(...uniqueSteps(def, field, c));
    }
    if (hasChanges(c)) actions.push({ kind: 'updateField', list: def.key, internalName: field.internalName, changes: c });
  }
  return actions;
}

function planViews(def: ListDefinition, views: readonly ViewInfo[]): SetupAction[] {
  const actions: SetupAction[] = [];
  for (const view of def.views ?? []) {
    const actual = views.find((v) => v.Title.toLowerCase() === view.title.toLowerCase());
    if (!actual) {
      actions.push({ kind: 'addView', list: def.key, view });
      continue;
    }
    const haveFields = unwrap(actual.ViewFields?.Items);
    const fields = haveFields.join('|') !== view.fields.join('|');
    const props: { ViewQuery?: string; RowLimit?: number; DefaultView?: boolean } = {};
    if (normaliseCaml(actual.ViewQuery) !== normaliseCaml(viewQueryOf(view))) props.ViewQuery = viewQueryOf(view);
    if (actual.RowLimit !== (view.rowLimit ?? DEFAULT_ROW_LIMIT)) props.RowLimit = view.rowLimit ?? DEFAULT_ROW_LIMIT;
    if (view.default && !actual.DefaultView) props.DefaultView = true;
    if (fields || hasChanges(props)) actions.push({ kind: 'updateView', list: def.key, viewId: actual.Id, view, fields, props });
  }
  return actions;
}

function planListPermissions(def: ListDefinition, state: ListState | undefined, site: SiteSnapshot): SetupAction[] {
  const wanted = listGrants(def.key);
  if (!state || !state.info.HasUniqueRoleAssignments) {
    // Breaking without copying leaves only the caller (SharePoint gives them Full Control): grant, then remove them.
    return [
      { kind: 'breakListInheritance', list: def.key },
      ...wanted.map((g): SetupAction => ({ kind: 'grantList', list: def.key, principal: g.principal, level: g.level })),
      { kind: 'revokeList', list: def.key, principal: 'me', roleDefId: 0 },
    ];
  }
  const { add, revoke } = grantDiff(site, wanted, state.assignments);
  return [
    ...add.map((g): SetupAction => ({ kind: 'grantList', list: def.key, principal: g.principal, level: g.level })),
    ...revoke.map((r): SetupAction => ({ kind: 'revokeList', list: def.key, principal: r.principal, roleDefId: r.roleDefId })),
  ];
}

function listChanges(def: ListDefinition, state: ListState): ListChanges {
  const c: ListChanges = {};
  const info = state.info;
  if (info.Title !== def.title) c.Title = def.title;
  if (info.Description !== def.description) c.Description = def.description;
  if (info.EnableVersioning !== def.versioning.enabled) c.EnableVersioning = def.versioning.enabled;
  if (def.versioning.enabled && def.versioning.majorVersionLimit !== undefined && info.MajorVersionLimit !== def.versioning.majorVersionLimit) {
    c.MajorVersionLimit = def.versioning.majorVersionLimit;
  }
  const folders = def.security === 'pupil-folder';
  if (info.EnableFolderCreation !== folders) c.EnableFolderCreation = folders;
  return c;
}

/** The lists setup leaves alone: a same-titled list that is not ours, and every list that depends on one. */
function blockedLists(site: SiteSnapshot, lists: readonly ListDefinition[], findings: SetupFinding[]): Set<ListKey> {
  const blocked = new Set<ListKey>();
  for (const def of lists) {
    const url = declaredUrl(site.serverRelativeUrl, def);
    const sameTitle = site.allLists.find((l) => l.Title.toLowerCase() === def.title.toLowerCase());
    if (sameTitle && sameTitle.RootFolder.ServerRelativeUrl.toLowerCase() !== url) {
      blocked.add(def.key);
      findings.push({
        severity: 'problem',
        list: def.key,
        repairable: false,
        message:
          `A list called “${def.title}” already exists at ${sameTitle.RootFolder.ServerRelativeUrl}, and it is not Pathways Hub's ` +
          `(Pathways Hub keeps it at ${site.serverRelativeUrl}/${def.url}). Setup has left it alone. Rename or remove that list, then run setup again.`,
      });
    }
    const state = site.lists.get(def.key);
    if (state && state.info.Title !== def.title && state.info.Title !== leafOf(def) && !blocked.has(def.key)) {
      findings.push({
        severity: 'warning',
        list: def.key,
        repairable: true,
        message: `The list at ${site.serverRelativeUrl}/${def.url} is called “${state.info.Title}”; setup names it “${def.title}” again, which Pathways Hub needs to find it.`,
      });
    }
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const def of lists) {
      if (blocked.has(def.key)) continue;
      if (def.fields.some((f) => f.lookupList && f.lookupList !== def.key && blocked.has(f.lookupList))) {
        blocked.add(def.key);
        grew = true;
        findings.push({ severity: 'problem', list: def.key, repairable: false, message: `“${def.title}” was not set up: it looks up a list that is in the way (see above).` });
      }
    }
  }
  return blocked;
}

/** The last segment of a list's URL: the title setup first gives a new list, so its address is right. */
export function leafOf(def: ListDefinition): string {
  return def.url.slice(def.url.lastIndexOf('/') + 1);
}

function planSecurity(site: SiteSnapshot): SetupStep[] {
  const steps: SetupStep[] = [];
  const level = site.roleDefinitions.find((r) => r.Name.toLowerCase() === LEADERSHIP_LEVEL.name.toLowerCase());
  const mask = maskOf(LEADERSHIP_LEVEL.permissions);
  if (!level) steps.push({ label: `Creating the permission level ${LEADERSHIP_LEVEL.name}`, actions: [{ kind: 'createLeadershipLevel' }] });
  else if (String(level.BasePermissions.High) !== mask.High || String(level.BasePermissions.Low) !== mask.Low) {
    steps.push({ label: `Correcting the permission level ${LEADERSHIP_LEVEL.name}`, actions: [{ kind: 'updateLeadershipLevel', roleDefId: level.Id }] });
  }
  for (const g of SITE_GROUPS) {
    const actual = site.groups.find((x) => x.Title.toLowerCase() === g.title.toLowerCase());
    if (!actual) {
      steps.push({ label: `Creating the group ${g.title}`, actions: [{ kind: 'createGroup', group: g.key }, { kind: 'setGroupOwner', group: g.key }] });
      continue;
    }
    const actions: SetupAction[] = [];
    if (actual.Description !== g.description) actions.push({ kind: 'updateGroupDescription', group: g.key });
    if (actual.OnlyAllowMembersViewMembership !== g.onlyMembersViewMembership) actions.push({ kind: 'updateGroupVisibility', group: g.key });
    if (actual.OwnerTitle !== site.ownerGroup.Title) actions.push({ kind: 'setGroupOwner', group: g.key });
    if (actions.length) steps.push({ label: `Updating the group ${g.title}`, actions });
  }
  const { add, revoke } = grantDiff(site, siteGrants(), site.webAssignments);
  const webActions: SetupAction[] = [
    ...add.map((g): SetupAction => ({ kind: 'grantWeb', principal: g.principal, level: g.level })),
    ...revoke.map((r): SetupAction => ({ kind: 'revokeWeb', principal: r.principal, roleDefId: r.roleDefId })),
  ];
  if (webActions.length) steps.push({ label: 'Giving each group its access to the site', actions: webActions });
  return steps;
}

/** The site's locale, time zone and clock differ from REGIONAL_SETTINGS (what setup sets and the check expects). */
export function regionalDiffers(site: SiteSnapshot): string[] {
  const r = site.regional;
  const wrong: string[] = [];
  if (r.localeId !== REGIONAL_SETTINGS.localeId) wrong.push(`the locale is ${r.localeId}, not English (United Kingdom) (${REGIONAL_SETTINGS.localeId})`);
  if (r.timeZoneId !== REGIONAL_SETTINGS.timeZone) wrong.push(`the time zone is “${r.timeZoneName}”, not London`);
  if (r.time24 !== REGIONAL_SETTINGS.time24) wrong.push('the clock is 12-hour, not 24-hour');
  return wrong;
}

function planRegional(site: SiteSnapshot): SetupStep[] {
  if (regionalDiffers(site).length === 0) return [];
  return [{ label: 'Setting the site’s regional settings: English (United Kingdom), London time, 24-hour clock', actions: [{ kind: 'setRegionalSettings' }] }];
}

/** What a plan is made against: the declaration, its version, and the data migrations (defaults: this code's). */
export interface SchemaRelease {
  readonly lists: readonly ListDefinition[];
  readonly version: number;
  readonly migrations: readonly Migration[];
  /** The site pages (a release without pages makes none). */
  readonly pages?: readonly SitePageDefinition[];
}

export const CURRENT_RELEASE: SchemaRelease = { lists: LISTS, version: SCHEMA_VERSION, migrations: MIGRATIONS, pages: SITE_PAGES };

/**
 * A page home schools open: unique permissions copied from the site (the PRU's groups keep their access), plus Read
 * for every home school's staff group that exists. Other principals on the page are left alone.
 */
function planPageSharing(site: SiteSnapshot, def: SitePageDefinition, info: PageInfo | undefined): SetupAction[] {
  const readId = roleDefIdOf(site, 'read');
  const actions: SetupAction[] = [];
  const unique = info?.HasUniqueRoleAssignments === true;
  if (!unique) actions.push({ kind: 'breakPageInheritance', page: def.key });
  for (const groupId of site.schoolGroupIds) {
    if (!site.groups.some((g) => g.Id === groupId)) continue;
    const held = unique ? info?.assignments.find((a) => a.principalId === groupId) : undefined;
    if (!held || readId === undefined || !held.roleDefIds.includes(readId)) actions.push({ kind: 'grantPageRead', page: def.key, principalId: groupId });
  }
  return actions;
}

/**
 * The declared pages: each missing one is created with its web parts and published; one that was never published
 * (a run stopped half-way) is published; missing web parts are placed again (nothing is removed from a page). A page
 * home schools open is shared with every school's staff group, and only that page.
 */
function planPages(site: SiteSnapshot, pages: readonly SitePageDefinition[], findings: SetupFinding[]): SetupStep[] {
  if (pages.length === 0) return [];
  const library = site.sitePages;
  if (!library) {
    findings.push({
      severity: 'problem',
      repairable: false,
      message: 'This site has no Site Pages library, so setup cannot make Pathways Hub’s pages. Set Pathways Hub up on a team site or a communication site.',
    });
    return [];
  }
  const planned: { def: SitePageDefinition; created: boolean; actions: SetupAction[] }[] = [];
  for (const def of pages) {
    const info = library.pages.get(pageFileName(def).toLowerCase());
    const actions: SetupAction[] = [];
    if (!info) actions.push({ kind: 'createPage', page: def.key });
    else {
      if (info.version.startsWith('0.')) actions.push({ kind: 'publishPage', page: def.key });
      const missing = def.webParts.map((w) => w.id.toLowerCase()).filter((id) => !info.webPartIds.includes(id));
      if (missing.length) actions.push({ kind: 'addPageWebParts', page: def.key, webPartIds: missing });
    }
    if (def.access === 'homeSchools') actions.push(...planPageSharing(site, def, info));
    if (actions.length) planned.push({ def, created: !info, actions });
  }
  return planned.map((p, i) => ({ label: `${p.created ? 'Creating' : 'Updating'} page ${i + 1} of ${planned.length}: ${p.def.title}`, actions: p.actions }));
}

/** Everything setup would do to this site, in order, with what it found but will not change. */
export function planSetup(site: SiteSnapshot, release: SchemaRelease = CURRENT_RELEASE): SetupPlan {
  const { lists, version } = release;
  const state = versionStateOf(site.schemaVersion?.version, site.lists.size > 0, version);
  const base = { codeVersion: version, state, ...(site.schemaVersion ? { siteVersion: site.schemaVersion.version } : {}) };
  if (state === 'newer') {
    // Older code must not "correct" what a newer version changed on purpose.
    const plan = { ...base, steps: [], migrations: [] };
    return { ...plan, findings: [{ severity: 'problem', repairable: false, message: versionMessage(plan) }] };
  }
  const findings: SetupFinding[] = [];
  const blocked = blockedLists(site, lists, findings);
  const steps = [...planSecurity(site), ...planRegional(site)];
  const ordered = orderByLookups(lists);
  const listSteps: { def: ListDefinition; created: boolean; actions: SetupAction[] }[] = [];
  for (const def of ordered) {
    if (blocked.has(def.key)) continue;
    const state = site.lists.get(def.key);
    const actions: SetupAction[] = [];
    if (!state) {
      actions.push({ kind: 'createList', list: def.key });
      // A new list: its title, description, versioning and folders are set as it is created (createList).
      actions.push(...planFields(def, [NEW_LIST_TITLE], site, findings));
      actions.push(...planViews(def, []));
    } else {
      const c = listChanges(def, state);
      if (hasChanges(c)) actions.push({ kind: 'updateList', list: def.key, changes: c });
      actions.push(...planFields(def, state.fields, site, findings, new Set(state.emptyUnique.map((n) => n.toLowerCase()))));
      actions.push(...planViews(def, state.views));
      for (const f of state.fields) {
        const retired = (def.retiredFields ?? []).some((r) => r.internalName.toLowerCase() === f.InternalName.toLowerCase());
        if (f.InternalName.startsWith('Pw') && !retired && !def.fields.some((d) => d.internalName.toLowerCase() === f.InternalName.toLowerCase())) {
          findings.push({ severity: 'info', list: def.key, repairable: false, message: `“${def.title}” has a column ${f.InternalName} that this version does not use. It is kept, with its data.` });
        }
      }
    }
    actions.push(...planListPermissions(def, state, site));
    if (actions.length) listSteps.push({ def, created: !state, actions });
  }
  listSteps.forEach((s, i) => {
    const verb = s.created ? 'Creating' : 'Updating';
    steps.push({ label: `${verb} list ${i + 1} of ${listSteps.length}: ${s.def.title}`, actions: s.actions });
  });
  steps.push(...planPages(site, release.pages ?? [], findings));
  const settingsReady = !blocked.has('settings');
  const recorded = site.schemaVersion?.migrations ?? [];
  const notRun = release.migrations.filter((m) => !recorded.includes(m.id));
  // A site set up from nothing holds no data to move: its migrations are recorded as done, never run.
  const migrations = state === 'new' || !settingsReady ? [] : notRun;
  migrations.forEach((m, i) => {
    steps.push({ label: `Updating records ${i + 1} of ${migrations.length}: ${m.description}`, actions: [{ kind: 'runMigration', id: m.id }] });
  });
  const markDone = state === 'new' ? notRun.map((m) => m.id) : [];
  if (settingsReady && ((site.schemaVersion?.version ?? 0) !== version || markDone.length > 0)) {
    steps.push({ label: `Recording schema version ${version} on the site`, actions: [{ kind: 'recordSchemaVersion', markDone }] });
  }
  return { ...base, steps, findings, migrations: migrations.map((m) => ({ id: m.id, description: m.description })) };
}

/** Lists by key (the plan names lists by key). */
export function listDef(key: ListKey, lists: readonly ListDefinition[] = LISTS): ListDefinition {
  const def = lists.find((l) => l.key === key);
  if (!def) throw new Error(`No list '${key}' is declared.`);
  return def;
}
