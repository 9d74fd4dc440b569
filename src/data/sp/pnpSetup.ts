/**
 * The one file that sets PnPjs up, and every repository receives an SPFI built by createSp. It imports only the
 * selective imports the web parts' first reads need (webs, lists, items, batching), because the one bundle every web
 * part loads first carries it. Every other PnPjs feature (folders, files, security, site users and groups, regional
 * settings, fields, views, site scripts) has its own small module in ./pnp/, imported by each module that calls it
 * (`import './pnp/folders';`), so it arrives with that module's chunk; tests/data/sp/pnpFeatures.test.ts fails when a
 * file calls a feature it does not import.
 *
 *  - In SharePoint: createSp(siteUrl, SPFx(context)) — the page's own auth and request digest.
 *  - In local mode and tests: createSp(siteUrl, SPBrowser({ baseUrl: siteUrl }), <a sign-in behaviour>) against the emulator.
 */
import { spfi, SPFx, SPBrowser, RequestDigest } from '@pnp/sp';
import type { SPFI, ISPFXContext } from '@pnp/sp';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';

export type { SPFI };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- PnPjs types its behaviours as TimelinePipe<any>.
export type SpBehavior = TimelinePipe<any>;

/** The product's version, as in package.json and config/package-solution.json (a test keeps them in step). */
export const PATHWAYS_HUB_VERSION = '0.1.0';

/**
 * How Pathways Hub names itself to SharePoint, as Microsoft's throttling guidance asks of every application
 * ("decorate your traffic": NONISV|CompanyName|AppName/Version). Browsers may not set User-Agent, so it goes in
 * X-ClientService-ClientTag, which SharePoint reads for the same purpose.
 */
export const CLIENT_TAG = `NONISV|PathwaysHub|PathwaysHub/${PATHWAYS_HUB_VERSION}`;

/** Sets the client tag on every request, after PnPjs's own Telemetry behaviour (which writes a path there). */
function clientTag(): SpBehavior {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...(init.headers as Record<string, string> | undefined), 'X-ClientService-ClientTag': CLIENT_TAG };
      return [url, init, result];
    });
    return instance;
  };
}

/**
 * PnPjs's client-side pages API (web.addClientsidePage, loadClientsidePage, ClientsideWebpart), which only site
 * setup needs: loaded on demand, so the web parts' first load does not carry it.
 */
export function loadClientsidePages(): Promise<typeof import('@pnp/sp/clientside-pages')> {
  return import(/* webpackChunkName: 'pnp-clientside-pages' */ '@pnp/sp/clientside-pages');
}

export function createSp(siteUrl: string, ...behaviors: SpBehavior[]): SPFI {
  return spfi(siteUrl).using(...behaviors, clientTag());
}

/** Production: inside a SharePoint page or Teams tab. */
export function spfxBehavior(context: ISPFXContext): SpBehavior {
  return SPFx(context);
}

/** A form digest and when it stops being valid (PnPjs's IDigestInfo). */
export interface PageDigest {
  readonly value: string;
  readonly expiration: Date;
}

/**
 * The form digest a SharePoint page carries for its own web (`legacyPageContext.formDigestValue`), for a request to
 * that web, as PnPjs's SPFx behaviour uses it: same web only, valid until the digest's date plus its timeout less
 * 15 s (an expired one is dropped by RequestDigest, which then asks `_api/contextinfo`, as for any other web).
 */
export function pageDigestFor(pageWebUrl: string, formDigestValue: string, timeoutSeconds: number): (url: string) => PageDigest | undefined {
  const api = `${pageWebUrl.replace(/\/+$/, '')}/_api/`.toLowerCase();
  const issued = new Date(formDigestValue.split(',')[1] ?? '');
  return (url) =>
    url.toLowerCase().startsWith(api) && !Number.isNaN(issued.getTime())
      ? { value: formDigestValue, expiration: new Date(issued.getTime() + (timeoutSeconds - 15) * 1000) }
      : undefined;
}

/** Outside SPFx, a page that carries its web's digest (the local workbench): put it before browserBehavior. */
export function pageDigestBehavior(pageWebUrl: string, formDigestValue: string, timeoutSeconds: number): SpBehavior {
  return RequestDigest(pageDigestFor(pageWebUrl, formDigestValue, timeoutSeconds));
}

/** Outside SPFx (local workbench, Node tools): fetch with retry, JSON parsing, request digest. */
export function browserBehavior(siteUrl: string): SpBehavior {
  return SPBrowser({ baseUrl: siteUrl });
}
