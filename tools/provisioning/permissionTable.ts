/**
 * The "who may do what" table in docs/architecture.md, generated from src/lists/siteSecurity.ts between two
 * markers, so the documentation can never disagree with what setup grants.
 */
import { LISTS, SITE_PAGES, pageFileName } from '../../src/lists';
import { ACCESS_WORDS, LEADERSHIP_LEVEL, LIST_ACCESS, SITE_GROUPS } from '../../src/lists/siteSecurity';

export const TABLE_BEGIN = '<!-- permissions table: generated from src/lists/siteSecurity.ts by tools/generateProvisioning.ts -->';
export const TABLE_END = '<!-- end of permissions table -->';
export const DOC_RELATIVE_PATH = 'docs/architecture.md';

export function permissionTable(): string {
  const groups = SITE_GROUPS.map((g) => `${g.title} (${g.who})`);
  const lines = [
    `| List | Owners | ${groups.join(' | ')} |`,
    `|---|---|${SITE_GROUPS.map(() => '---').join('|')}|`,
    `| The site itself and its pages (${SITE_PAGES.map((p) => pageFileName(p)).join(', ')}) | Full Control | ${SITE_GROUPS.map((g) => ACCESS_WORDS[g.siteLevel]).join(' | ')} |`,
    ...LISTS.map((l) => `| ${l.title} | Full Control | ${SITE_GROUPS.map((g) => ACCESS_WORDS[LIST_ACCESS[l.key][g.key]]).join(' | ')} |`),
  ];
  const legend =
    `Leadership is the custom permission level **${LEADERSHIP_LEVEL.name}**: Contribute plus Create Groups, ` +
    'Manage Permissions and Enumerate Permissions. Each home school’s group (made by the product, not by setup) has ' +
    'Read on its own pupils’ items and folders, its own school’s items, the settings list, and one page: ' +
    `${SITE_PAGES.filter((p) => p.access === 'homeSchools').map((p) => `SitePages/${pageFileName(p)}`).join(', ')} ` +
    '(unique permissions: the site’s own grants, copied, plus Read for every school’s group). No other page opens for ' +
    'them: their other grants give them only Limited Access on the site.';
  return [TABLE_BEGIN, ...lines, '', legend, TABLE_END].join('\n');
}

/** The document with its table replaced by the generated one; throws if the markers are missing. */
export function withPermissionTable(doc: string): string {
  const begin = doc.indexOf(TABLE_BEGIN);
  const end = doc.indexOf(TABLE_END);
  if (begin < 0 || end < begin) throw new Error(`${DOC_RELATIVE_PATH} has no permissions table markers.`);
  return doc.slice(0, begin) + permissionTable() + doc.slice(end + TABLE_END.length);
}
