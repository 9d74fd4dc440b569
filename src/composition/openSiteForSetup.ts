import { normaliseSiteUrl } from '../data/sp/site/locatePathwaysSite';
import { createServices } from './createServices';
import type { OpenedPathwaysSite, OpenPathwaysSiteOptions } from './openPathwaysSite';

/**
 * The Site setup page works on the site it is to set up, whether or not that site holds the Pathways Hub lists yet:
 * the web part's "Pathways Hub site" property when set, else the page's own site. (Every other web part looks for a
 * site that already holds the lists: openPathwaysSite.)
 */
export async function openSiteForSetup(options: OpenPathwaysSiteOptions): Promise<OpenedPathwaysSite> {
  const configured = options.configuredUrl?.trim() ?? '';
  const siteUrl = normaliseSiteUrl(configured !== '' ? configured : options.pageWebUrl);
  const source = configured !== '' ? 'web part setting' : 'this site';
  if (!siteUrl) {
    return { location: { found: false, problem: 'invalid-address', source, message: `"${configured || options.pageWebUrl}" is not a site address (it should look like https://contoso.sharepoint.com/sites/pathways).` } };
  }
  const services = createServices({ sp: options.spAt(siteUrl), graph: options.graph, ...(options.sendOnce ? { sendOnce: options.sendOnce } : {}), siteUrl, user: options.user, ...(options.now ? { now: options.now } : {}) });
  return Promise.resolve({ services, location: { found: true, siteUrl, source } });
}
