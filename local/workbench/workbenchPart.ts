/**
 * Serves the workbench from the emulator's own origin (so the page and the SharePoint/Graph endpoints share one
 * origin, as they do in SharePoint): the page, its bundle, and the sign-in choices.
 */
import type { EmulatorPart, RouteRequest, RouteResponse } from '../emulator/contracts';
import { INDEX_HTML } from './indexHtml';
import type { SignInUser } from './app/localServices';
import { FORM_DIGEST_TIMEOUT_SECONDS, issueFormDigest } from '../emulator/sharepoint/formDigest';
import { normaliseSitePath } from '../emulator/tenant/siteCollections';

export interface WorkbenchOptions {
  readonly bundle: string;
  readonly sitePath: string;
  /** Sites a page can be opened on (?web=<path>): the Pathways Hub site, a Teams team's site, the root site. */
  readonly sites?: readonly { readonly path: string; readonly title: string }[];
  readonly users: readonly SignInUser[];
  /** The instant local mode treats as now (the demo data's own date), ISO. */
  readonly now: string;
}

export function createWorkbenchPart(options: WorkbenchOptions): EmulatorPart {
  const ok = (body: string, type: string): RouteResponse => ({
    status: 200,
    headers: { 'content-type': type, 'cache-control': 'no-store' },
    body,
  });
  return {
    migrate(): void {
      // The workbench keeps no state of its own.
    },
    handle(req: RouteRequest): RouteResponse | undefined {
      if (req.method !== 'GET') return undefined;
      switch (req.url.pathname) {
        case '/':
        case '/index.html':
          return ok(INDEX_HTML, 'text/html; charset=utf-8');
        case '/workbench.js':
          return ok(options.bundle, 'text/javascript; charset=utf-8');
        case '/favicon.ico':
          return { status: 204 };
        case '/_workbench/config': {
          const sites = options.sites ?? [{ path: options.sitePath, title: 'Pathways Hub' }];
          // Each site's page carries a form digest for its web, as a SharePoint page does (legacyPageContext.formDigestValue).
          const formDigests = Object.fromEntries(sites.map((s) => [s.path, issueFormDigest(`${req.url.origin}${normaliseSitePath(s.path)}`)]));
          const body = { sitePath: options.sitePath, sites, users: options.users, now: options.now, formDigests, formDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS };
          return ok(JSON.stringify(body), 'application/json; charset=utf-8');
        }
        default:
          return undefined;
      }
    },
  };
}
