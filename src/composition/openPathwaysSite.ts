import type { ServiceConnection } from './connection';
import type { GraphApi, GraphPostOnce } from '../data/graph/graphApi';
import type { SPFI } from '../data/sp/pnpSetup';
import { locatePathwaysSite, type PathwaysSiteLocation } from '../data/sp/site/locatePathwaysSite';
import { createServices } from './createServices';
import type { IServices } from './IServices';

export interface OpenPathwaysSiteOptions {
  /** The page's web: a team's site in a channel tab, the root site in a meeting, the Pathways Hub site on its pages. */
  readonly pageWebUrl: string;
  /** The web part's "Pathways Hub site" property. */
  readonly configuredUrl?: string;
  /** PnPjs bound to a site URL, with the host's sign-in. */
  readonly spAt: (siteUrl: string) => SPFI;
  readonly graph: GraphApi;
  /** E-mail sent exactly once (ServiceConnection.sendOnce). */
  readonly sendOnce?: GraphPostOnce;
  readonly user: ServiceConnection['user'];
  readonly now?: () => Date;
}

export type OpenedPathwaysSite =
  | { readonly services: IServices; readonly location: Extract<PathwaysSiteLocation, { found: true }> }
  | { readonly services?: undefined; readonly location: Extract<PathwaysSiteLocation, { found: false }> };

/** Finds the Pathways Hub site for this page (see locatePathwaysSite) and builds every service on it. */
export async function openPathwaysSite(options: OpenPathwaysSiteOptions): Promise<OpenedPathwaysSite> {
  const location = await locatePathwaysSite({ pageWebUrl: options.pageWebUrl, spAt: options.spAt, ...(options.configuredUrl !== undefined ? { configuredUrl: options.configuredUrl } : {}) });
  if (!location.found) return { location };
  const services = createServices({
    sp: options.spAt(location.siteUrl),
    graph: options.graph,
    ...(options.sendOnce ? { sendOnce: options.sendOnce } : {}),
    siteUrl: location.siteUrl,
    user: options.user,
    ...(options.now ? { now: options.now } : {}),
  });
  return { services, location };
}
