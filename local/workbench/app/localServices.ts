/**
 * Local mode's only difference from SharePoint: how the connection is made. The PnPjs repositories and Graph
 * services are the production ones; the emulator is told who is signed in by a header. The Pathways Hub site is
 * found as a web part finds it (openPathwaysSite), from the page's own site: the workbench page can stand on the
 * Pathways Hub site, a Teams team's site or the root site (?web=<path>).
 */
import { InjectHeaders } from '@pnp/queryable';
import { openPathwaysSite, type OpenedPathwaysSite } from '../../../src/composition/openPathwaysSite';
import { openSiteForSetup } from '../../../src/composition/openSiteForSetup';
import { browserBehavior, createSp, pageDigestBehavior, type SpBehavior } from '../../../src/data/sp/pnpSetup';
import { createLocalGraphClient, localGraphPostOnce } from '../../graphClient';
import { EMULATOR_USER_HEADER } from '../../emulator/contracts';

export interface SignInUser {
  readonly email: string;
  readonly displayName: string;
  readonly description: string;
  /** A guest of the tenant (a home school's staff), as SPFx's pageContext.user.isExternalGuestUser says. */
  readonly isExternalGuest?: boolean;
}

/** The form digest each site's workbench page carries (by site path), as a SharePoint page carries its web's. */
export interface PageDigests {
  readonly values: Readonly<Record<string, string>>;
  readonly timeoutSeconds: number;
}

/**
 * `forSetup`: the page's own site whether or not it holds the lists (the Site setup web part). `pageDigests`: writes
 * to the page's own web use its digest, as PnPjs's SPFx behaviour does; any other web asks `_api/contextinfo`.
 */
export function openLocalPathwaysSite(origin: string, pageWebPath: string, user: SignInUser, now: Date, forSetup = false, pageDigests?: PageDigests): Promise<OpenedPathwaysSite> {
  const pageWebUrl = `${origin}${pageWebPath === '/' ? '' : pageWebPath}`;
  const digest = pageDigests?.values[pageWebPath];
  const fromPage: SpBehavior[] = digest ? [pageDigestBehavior(pageWebUrl, digest, pageDigests?.timeoutSeconds ?? 0)] : [];
  return (forSetup ? openSiteForSetup : openPathwaysSite)({
    pageWebUrl,
    spAt: (siteUrl) => createSp(siteUrl, ...fromPage, browserBehavior(siteUrl), InjectHeaders({ [EMULATOR_USER_HEADER]: user.email })),
    graph: createLocalGraphClient(origin, user.email),
    sendOnce: localGraphPostOnce(origin, user.email),
    user: { email: user.email, displayName: user.displayName, ...(user.isExternalGuest ? { isExternalGuest: true } : {}) },
    now: () => now,
  });
}
