/**
 * The one file that sets PnPjs up. Every selective import of @pnp/sp lives here, so the bundle carries only
 * what the repositories use, and every repository receives an SPFI built by createSp.
 *
 *  - In SharePoint: createSp(siteUrl, SPFx(context)) — the page's own auth and request digest.
 *  - In local mode and tests: createSp(siteUrl, SPBrowser({ baseUrl: siteUrl }), <a sign-in behaviour>) against the emulator.
 */
import { spfi, SPFx, SPBrowser } from '@pnp/sp';
import type { SPFI, ISPFXContext } from '@pnp/sp';
import type { TimelinePipe } from '@pnp/core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/security/item';
import '@pnp/sp/security/list';
import '@pnp/sp/regional-settings/web';
import '@pnp/sp/fields';
import '@pnp/sp/views';

export type { SPFI };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- PnPjs types its behaviours as TimelinePipe<any>.
export type SpBehavior = TimelinePipe<any>;

export function createSp(siteUrl: string, ...behaviors: SpBehavior[]): SPFI {
  return spfi(siteUrl).using(...behaviors);
}

/** Production: inside a SharePoint page or Teams tab. */
export function spfxBehavior(context: ISPFXContext): SpBehavior {
  return SPFx(context);
}

/** Outside SPFx (local workbench, Node tools): fetch with retry, JSON parsing, request digest. */
export function browserBehavior(siteUrl: string): SpBehavior {
  return SPBrowser({ baseUrl: siteUrl });
}
