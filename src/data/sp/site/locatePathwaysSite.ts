/**
 * Which site holds Pathways Hub's lists. A web part cannot take the page's own site: in a Teams channel tab the
 * page's web is the team's site, and in a meeting or group chat it is the tenant's root site (sp-dev-docs,
 * deployment-spfx-teams-solutions.md). In order:
 *   1. the web part's "Pathways Hub site" property, when set;
 *   2. the page's own site, when it holds the Pathways Hub lists (a page on the Pathways Hub site itself);
 *   3. the tenant property PathwaysHubSiteUrl (a storage entity on the tenant app catalog, read from any site
 *      with GetStorageEntity), which an administrator sets once for every Teams tab and meeting panel.
 * Each candidate is probed by reading the Settings list (every user of the product, home-school staff included,
 * may read it), so the answer says plainly whether the site is missing, unreachable or closed to this user.
 */
import { settingsList } from '../../../lists/declared/settings';
import type { SPFI } from '../pnpSetup';
import { toDataError } from '../spErrors';

/** The tenant property (storage entity) holding the Pathways Hub site's absolute URL. */
export const PATHWAYS_SITE_PROPERTY = 'PathwaysHubSiteUrl';

export type PathwaysSiteSource = 'web part setting' | 'this site' | 'tenant setting';

export type PathwaysSiteLocation =
  | { readonly found: true; readonly siteUrl: string; readonly source: PathwaysSiteSource }
  | {
      readonly found: false;
      readonly problem: 'not-configured' | 'invalid-address' | 'no-lists' | 'no-access' | 'unreachable';
      readonly siteUrl?: string;
      readonly source?: PathwaysSiteSource;
      readonly message: string;
    };

export interface LocatePathwaysSiteOptions {
  /** The web part's "Pathways Hub site" property ('' or undefined when not set). */
  readonly configuredUrl?: string;
  /** The page's web (pageContext.web.absoluteUrl). */
  readonly pageWebUrl: string;
  /** PnPjs bound to a site (SPFx in SharePoint and Teams; the emulator in local mode). */
  readonly spAt: (siteUrl: string) => SPFI;
}

/** Where a site owner goes when the lists are missing or out of date (the Site setup web part). */
export const HOW_TO_SET_UP = 'If you own that site, add the Pathways Hub “Site setup” web part to a page there: it sets Pathways Hub up, and upgrades it.';

const HOW_TO_CONFIGURE =
  "Edit the web part and enter the Pathways Hub site's address under \"Pathways Hub site\", or ask your SharePoint administrator to set the tenant property " +
  `${PATHWAYS_SITE_PROPERTY} to it (for Teams tabs and meetings).`;

/** An absolute http(s) site URL without a trailing slash or a page path; undefined when it is not one. */
export function normaliseSiteUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = url.pathname.replace(/\/(SitePages|Lists|Shared%20Documents|_layouts)(\/.*)?$/i, '').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

async function probe(siteUrl: string, source: PathwaysSiteSource, spAt: (url: string) => SPFI): Promise<PathwaysSiteLocation> {
  try {
    await spAt(siteUrl).web.lists.getByTitle(settingsList.title).select('Id')();
    return { found: true, siteUrl, source };
  } catch (e) {
    const error = toDataError(e, 'open the Pathways Hub site');
    if (error.kind === 'not-found') {
      return { found: false, problem: 'no-lists', siteUrl, source, message: `The site ${siteUrl} (from the ${source}) has no Pathways Hub lists: it has not been set up, or the address is wrong. ${HOW_TO_SET_UP} Otherwise: ${HOW_TO_CONFIGURE.charAt(0).toLowerCase()}${HOW_TO_CONFIGURE.slice(1)}` };
    }
    if (error.kind === 'access-denied') {
      return { found: false, problem: 'no-access', siteUrl, source, message: `You do not have access to the Pathways Hub site ${siteUrl}. Ask the Pathways Hub staff to give you access.` };
    }
    return { found: false, problem: 'unreachable', siteUrl, source, message: `The Pathways Hub site ${siteUrl} could not be reached: ${error.message}` };
  }
}

async function tenantSetting(pageWebUrl: string, spAt: (url: string) => SPFI): Promise<string | undefined> {
  try {
    const entity = (await spAt(pageWebUrl).web.getStorageEntity(PATHWAYS_SITE_PROPERTY)) as { Value?: unknown };
    return typeof entity.Value === 'string' && entity.Value.trim() !== '' ? entity.Value : undefined;
  } catch {
    return undefined; // no app catalog, or the property cannot be read: treated as not set
  }
}

export async function locatePathwaysSite(options: LocatePathwaysSiteOptions): Promise<PathwaysSiteLocation> {
  const { spAt } = options;
  const configured = options.configuredUrl?.trim() ?? '';
  if (configured !== '') {
    const url = normaliseSiteUrl(configured);
    if (!url) return { found: false, problem: 'invalid-address', source: 'web part setting', message: `The Pathways Hub site "${configured}" in the web part's settings is not a site address (it should look like https://contoso.sharepoint.com/sites/pathways).` };
    return probe(url, 'web part setting', spAt);
  }
  const page = normaliseSiteUrl(options.pageWebUrl);
  if (page) {
    const here = await probe(page, 'this site', spAt);
    if (here.found) return here;
  }
  const fromTenant = await tenantSetting(options.pageWebUrl, spAt);
  if (fromTenant !== undefined) {
    const url = normaliseSiteUrl(fromTenant);
    if (!url) return { found: false, problem: 'invalid-address', source: 'tenant setting', message: `The tenant property ${PATHWAYS_SITE_PROPERTY} ("${fromTenant}") is not a site address. Ask your SharePoint administrator to correct it.` };
    return probe(url, 'tenant setting', spAt);
  }
  return { found: false, problem: 'not-configured', message: `No Pathways Hub site is configured for this page, and this site does not hold the Pathways Hub lists. ${HOW_TO_CONFIGURE} To put Pathways Hub on this site, a site owner adds the “Site setup” web part to a page here.` };
}
