/**
 * `npm run site -- deploy`: uploads the solution package to an app catalog and deploys it, through PnPjs's ALM API
 * (@pnp/sp/appcatalog; learn.microsoft.com, "Application Lifecycle Management (ALM) APIs"):
 *
 *   tenant scope: GET <site>/_api/SP_TenantSettings_Current finds the tenant app catalog site (CorporateCatalogUrl),
 *                 then on that site POST _api/web/tenantappcatalog/Add(overwrite=true,url='…') with the bytes and
 *                 POST _api/web/tenantappcatalog/AvailableApps/GetById('<UniqueId>')/Deploy(true)
 *   site scope:   the same on the site itself, under sitecollectionappcatalog (the site needs its own app catalog).
 *
 * Deploy(true) (skipFeatureDeployment): the package asks for it (config/package-solution.json), so its web parts are
 * available on every site of the catalog without adding the app to each. Uploading again replaces the package.
 * The appcatalog module is imported here, not in src/data/sp/pnpSetup.ts: the product never deploys itself.
 */
import { existsSync, readFileSync } from 'fs';
import { basename, relative } from 'path';
import '@pnp/sp/appcatalog';
import { AppCatalog, type IAppCatalog } from '@pnp/sp/appcatalog';
import { Web } from '@pnp/sp/webs';
import type { SPFI } from '../../src/data/sp/pnpSetup';
import { sharePointErrorOf } from '../../src/data/sp/spErrors';

export type CatalogScope = 'tenant' | 'site';

export interface DeployOptions {
  /** Signed in to the site given with --site (the same sign-in reaches the tenant app catalog site). */
  readonly sp: SPFI;
  readonly siteUrl: string;
  readonly scope: CatalogScope;
  /** The .sppkg to upload (default: sharepoint/solution/pathways-hub.sppkg). */
  readonly packageFile: string;
  /** Who is signed in, for the messages. */
  readonly who: string;
  readonly log?: (line: string) => void;
}

export interface DeployResult {
  readonly catalogUrl: string;
  readonly appId: string;
  readonly title: string;
  readonly version: string;
}

/** A deployment that could not be done, with what to do about it. */
export class DeployError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'DeployError';
  }
}

interface HttpLike {
  readonly isHttpRequestError: true;
  readonly status: number;
  readonly message: string;
}
const isHttp = (e: unknown): e is HttpLike => typeof e === 'object' && e !== null && (e as { isHttpRequestError?: unknown }).isHttpRequestError === true;

/** What SharePoint said, in words for the person deploying. */
function explain(e: unknown, o: DeployOptions, catalogUrl: string, what: string): DeployError {
  if (!isHttp(e)) return new DeployError(`Could not ${what}: SharePoint could not be reached (${e instanceof Error ? e.message : String(e)}).`);
  const where = o.scope === 'tenant' ? `the tenant app catalog (${catalogUrl})` : `the site collection app catalog of ${catalogUrl}`;
  if (e.status === 401 || e.status === 403) {
    return new DeployError(
      `${o.who} may not ${what} in ${where}. Uploading and deploying apps needs an owner of the app catalog site: ` +
        (o.scope === 'tenant'
          ? 'a SharePoint administrator can make you one (or deploy the package from the SharePoint admin centre, More features, Apps).'
          : 'a site collection administrator of the site.'),
    );
  }
  const { text } = sharePointErrorOf(e.message);
  return new DeployError(`Could not ${what} in ${where}: ${text || `SharePoint answered ${e.status}`}`);
}

async function tenantCatalogUrl(o: DeployOptions): Promise<string> {
  let url: string | null | undefined;
  try {
    url = (await Web([o.sp.web, o.siteUrl], '_api/SP_TenantSettings_Current')<{ CorporateCatalogUrl?: string | null }>()).CorporateCatalogUrl;
  } catch (e) {
    throw explain(e, o, o.siteUrl, 'find the tenant app catalog');
  }
  if (!url) {
    throw new DeployError(
      'This tenant has no app catalog yet. A SharePoint administrator creates it (SharePoint admin centre, More features, Apps), ' +
        'or deploy to this site’s own app catalog with --scope site.',
    );
  }
  return url.replace(/\/+$/, '');
}

/** Uploads the package and deploys it; returns what the catalog now holds. */
export async function deployPackage(o: DeployOptions): Promise<DeployResult> {
  const log = o.log ?? ((): void => undefined);
  if (!existsSync(o.packageFile)) {
    throw new DeployError(`There is no package at ${relative(process.cwd(), o.packageFile) || o.packageFile}. Build it first with \`npm run package\`, then deploy again.`);
  }
  const content = readFileSync(o.packageFile);
  const fileName = basename(o.packageFile);
  const catalogUrl = o.scope === 'tenant' ? await tenantCatalogUrl(o) : o.siteUrl.replace(/\/+$/, '');
  const path = o.scope === 'tenant' ? '_api/web/tenantappcatalog/AvailableApps' : '_api/web/sitecollectionappcatalog/AvailableApps';
  const catalog: IAppCatalog = AppCatalog(Web([o.sp.web, catalogUrl]), path);
  log(`Uploading ${fileName} (${Math.round(content.length / 1024)} KB) to ${o.scope === 'tenant' ? 'the tenant app catalog' : 'the site collection app catalog'} at ${catalogUrl} …`);
  let appId: string;
  try {
    const added = (await catalog.add(fileName, content, true)) as { UniqueId?: string };
    if (!added.UniqueId) throw new DeployError(`SharePoint accepted ${fileName} but did not say which app it is: deploy it from the app catalog.`);
    appId = added.UniqueId;
  } catch (e) {
    throw e instanceof DeployError ? e : explain(e, o, catalogUrl, `upload ${fileName}`);
  }
  log('Deploying it (available on every site that uses this catalog) …');
  try {
    await catalog.getAppById(appId).deploy(true);
    const app = await catalog.getAppById(appId)<{ Title: string; AppCatalogVersion: string; Deployed: boolean }>();
    if (!app.Deployed) throw new DeployError(`SharePoint did not deploy ${fileName}: open the app catalog to see why.`);
    return { catalogUrl, appId, title: app.Title, version: app.AppCatalogVersion };
  } catch (e) {
    throw e instanceof DeployError ? e : explain(e, o, catalogUrl, `deploy ${fileName}`);
  }
}
