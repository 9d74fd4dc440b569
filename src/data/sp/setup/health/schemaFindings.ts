/**
 * Setup's plan in plain words: each list that is missing or differs, and each group, level or grant that is not as
 * Pathways Hub needs it, as one finding whose repair is to run setup (which changes only those).
 */
import { LEADERSHIP_LEVEL, WEB_PARTS, pageFileName, siteGroup, sitePage, type ListDefinition, type ListKey, type SitePageKey } from '../../../../lists';
import type { SetupAction, SetupPlan } from '../setupTypes';
import type { HealthFinding } from './healthTypes';

const join = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

function columnName(def: ListDefinition, internalName: string): string {
  if (internalName === 'Title') return def.titleField?.displayName ?? 'Title';
  return def.fields.find((f) => f.internalName === internalName)?.displayName ?? internalName;
}

/** What is wrong with one existing list, from its planned actions. */
function listProblems(def: ListDefinition, actions: readonly SetupAction[]): string[] {
  const missing: string[] = [];
  const notIndexed: string[] = [];
  const notUnique: string[] = [];
  const emptyKeys: string[] = [];
  const differ: string[] = [];
  const views: string[] = [];
  let permissions = false;
  let settings = false;
  for (const a of actions) {
    switch (a.kind) {
      case 'addField':
        missing.push(a.field.displayName);
        break;
      case 'updateField': {
        const name = columnName(def, a.internalName);
        if (a.changes.Indexed === true) notIndexed.push(name);
        if (a.changes.EnforceUniqueValues === true) notUnique.push(name);
        const others = Object.keys(a.changes).filter((k) => k !== 'Indexed' && k !== 'EnforceUniqueValues');
        if (others.length) differ.push(`${name} (${others.map((k) => k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).join(', ')})`);
        break;
      }
      case 'fillUniqueKeys':
        emptyKeys.push(columnName(def, a.internalName));
        break;
      case 'addView':
      case 'updateView':
        views.push(`“${a.view.title}”`);
        break;
      case 'updateList':
        settings = true;
        break;
      case 'breakListInheritance':
      case 'grantList':
      case 'revokeList':
        permissions = true;
        break;
      default:
        break;
    }
  }
  const out: string[] = [];
  if (missing.length) out.push(`the column${missing.length === 1 ? '' : 's'} ${join(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`);
  if (notIndexed.length) out.push(`${join(notIndexed)} ${notIndexed.length === 1 ? 'is' : 'are'} not indexed`);
  if (emptyKeys.length) {
    out.push(
      `${join(emptyKeys)} must hold a different value on every item and folder, and some may have none (made before the column existed, or by hand in SharePoint); Upgrade gives each its own value`,
    );
  }
  if (notUnique.length) out.push(`${join(notUnique)} ${notUnique.length === 1 ? 'does' : 'do'} not refuse duplicate values`);
  if (differ.length) out.push(`${join(differ)} differ${differ.length === 1 ? 's' : ''} from what Pathways Hub needs`);
  if (views.length) out.push(`the view${views.length === 1 ? '' : 's'} ${join(views)} ${views.length === 1 ? 'is' : 'are'} missing or different`);
  if (settings) out.push('its title, description, versioning or folder setting differs');
  if (permissions) out.push('its permissions are not the ones Pathways Hub sets (who may read and change it)');
  return out;
}

const webPartTitle = (id: string): string => Object.values(WEB_PARTS).find((w) => w.id === id)?.title ?? id;

/** What is wrong with one page, from its planned actions (one finding per page). */
function pageFinding(key: SitePageKey, actions: readonly SetupAction[]): HealthFinding {
  const def = sitePage(key);
  const name = `“${def.title}” (SitePages/${pageFileName(def)})`;
  const problems: string[] = [];
  let schools = 0;
  for (const a of actions) {
    if (a.kind === 'createPage') return { id: `page-${key}`, area: 'pages', severity: 'problem', message: `The page ${name} is missing.`, repair: { kind: 'setup' } };
    if (a.kind === 'publishPage') problems.push('it has never been published, so only its editors can open it');
    if (a.kind === 'addPageWebParts') problems.push(`the web part${a.webPartIds.length === 1 ? '' : 's'} ${join(a.webPartIds.map(webPartTitle))} ${a.webPartIds.length === 1 ? 'is' : 'are'} not on it`);
    if (a.kind === 'breakPageInheritance') problems.push('it is not shared with the home schools on its own (it inherits the site’s permissions)');
    if (a.kind === 'grantPageRead') schools += 1;
  }
  if (schools) problems.push(`${schools} home school staff group${schools === 1 ? '' : 's'} cannot open it`);
  return { id: `page-${key}`, area: 'pages', severity: 'problem', message: `On the page ${name}, ${join(problems)}.`, repair: { kind: 'setup' } };
}

export function schemaFindings(plan: SetupPlan, lists: readonly ListDefinition[]): HealthFinding[] {
  const out: HealthFinding[] = [];
  const byList = new Map<ListKey, SetupAction[]>();
  const created = new Set<ListKey>();
  const byPage = new Map<SitePageKey, SetupAction[]>();
  for (const step of plan.steps) {
    for (const a of step.actions) {
      switch (a.kind) {
        case 'createPage':
        case 'publishPage':
        case 'addPageWebParts':
        case 'breakPageInheritance':
        case 'grantPageRead':
          byPage.set(a.page, [...(byPage.get(a.page) ?? []), a]);
          break;
        case 'createLeadershipLevel':
        case 'updateLeadershipLevel':
          out.push({ id: `level-${a.kind}`, area: 'permissions', severity: 'problem', message: `The permission level “${LEADERSHIP_LEVEL.name}” is ${a.kind === 'createLeadershipLevel' ? 'missing' : 'not as Pathways Hub sets it'}.`, repair: { kind: 'setup' } });
          break;
        case 'createGroup':
          out.push({ id: `group-${a.group}`, area: 'permissions', severity: 'problem', message: `The group “${siteGroup(a.group).title}” is missing.`, repair: { kind: 'setup' } });
          break;
        case 'updateGroupVisibility':
          out.push({ id: `group-${a.group}-${a.kind}`, area: 'permissions', severity: 'problem', message: `Anyone who can open the site, home schools’ staff included, can list the members of “${siteGroup(a.group).title}” (names and e-mail addresses): its membership should be visible to its members only.`, repair: { kind: 'setup' } });
          break;
        case 'updateGroupDescription':
        case 'setGroupOwner':
          out.push({ id: `group-${a.group}-${a.kind}`, area: 'permissions', severity: 'warning', message: a.kind === 'setGroupOwner' ? `The group “${siteGroup(a.group).title}” is not owned by the site’s owners.` : `The description of “${siteGroup(a.group).title}” differs.`, repair: { kind: 'setup' } });
          break;
        case 'grantWeb':
        case 'revokeWeb':
          if (!out.some((f) => f.id === 'web-grants')) out.push({ id: 'web-grants', area: 'permissions', severity: 'problem', message: 'The Pathways Hub groups do not have exactly their access to the site.', repair: { kind: 'setup' } });
          break;
        case 'runMigration':
          out.push({ id: `migration-${a.id}`, area: 'version', severity: 'problem', message: `Records need updating for this version: ${plan.migrations.find((m) => m.id === a.id)?.description ?? a.id}.`, repair: { kind: 'setup' } });
          break;
        case 'recordSchemaVersion':
        case 'setRegionalSettings': // the health check reports the regional settings itself
          break;
        case 'createList':
          created.add(a.list);
          break;
        default:
          byList.set(a.list, [...(byList.get(a.list) ?? []), a]);
      }
    }
  }
  for (const key of created) {
    const def = lists.find((l) => l.key === key);
    out.push({ id: `list-${key}`, area: 'lists', severity: 'problem', message: `The list “${def?.title ?? key}” is missing.`, repair: { kind: 'setup' } });
  }
  byList.forEach((actions, key) => {
    if (created.has(key)) return;
    const def = lists.find((l) => l.key === key);
    if (!def) return;
    const problems = listProblems(def, actions);
    if (problems.length) out.push({ id: `list-${key}`, area: 'lists', severity: 'problem', message: `In “${def.title}”, ${join(problems)}.`, repair: { kind: 'setup' } });
  });
  byPage.forEach((actions, key) => out.push(pageFinding(key, actions)));
  plan.findings.forEach((f, i) => {
    out.push({ id: `setup-${i}`, area: f.list ? 'lists' : f.page ? 'pages' : 'version', severity: f.severity, message: f.message, ...(f.repairable ? { repair: { kind: 'setup' as const } } : {}) });
  });
  return out;
}
