/**
 * The ALM API of the app catalogs (learn.microsoft.com, "Application Lifecycle Management (ALM) APIs"; PnPjs
 * @pnp/sp/appcatalog), held to the strictest reading of the docs:
 *
 *   GET  <any site>/_api/SP_TenantSettings_Current                 { CorporateCatalogUrl } (null: no tenant app catalog)
 *   POST <catalog site>/_api/web/{tenant|sitecollection}appcatalog/Add(overwrite=true,url='x.sppkg')   binary body
 *   GET  <any site>/_api/web/{scope}appcatalog/AvailableApps[/GetById('id')]
 *   POST <catalog site>/_api/web/{scope}appcatalog/AvailableApps/GetById('id')/Deploy[(skipFeatureDeployment)]
 *
 * - Add and Deploy are "designed to be executed in the context of the app catalog site": on the tenant scope any
 *   other site is refused (400), and a tenant without an app catalog too; on the site collection scope, a site
 *   without its own app catalog is refused ("you will get an exception").
 * - Only the app catalog's owners may upload or deploy (Manage Web Site on that site: its Owners, a site collection
 *   administrator); members and visitors get 403. A SharePoint administrator must be an owner of the catalog site.
 * - The package must be a valid app package (a ZIP whose AppManifest.xml has a ProductID and a Version); another
 *   file is refused at Add (400). A file of that name with overwrite=false is refused (400); another file with the
 *   same ProductID in the same catalog is refused (400). Uploading again keeps the id and needs Deploy again.
 * - Add answers the catalog file (SP.File: Name, ServerRelativeUrl, UniqueId …); UniqueId is the id GetById takes
 *   (as cli-microsoft365 `spo app add` prints and `spo app deploy --id` takes).
 */
import type { RouteRequest, RouteResponse } from '../../contracts';
import type { CatalogApp } from '../../tenant/appCatalogs';
import { ARGUMENT, SpError, errors } from '../errors';
import { argOf, parseArgs, type Segment } from '../odata/path';
import { collection, entity, json, spErrorResponse, type SpRequest } from '../request';
import type { SpServices } from '../services';
import { readAppPackage } from '../values/appPackage';
import { spRequestOf } from './files';

const SCOPES: Readonly<Record<string, 'tenant' | 'site'>> = { tenantappcatalog: 'tenant', sitecollectionappcatalog: 'site' };
const FILE_EXISTS = '-2130575257, Microsoft.SharePoint.SPException';

const badRequest = (message: string): SpError => new SpError(400, ARGUMENT, message);

/** The catalog (its site path) a request of this scope reads, or why there is none. */
function catalogFor(s: SpServices, scope: 'tenant' | 'site'): string {
  const catalogs = s.ctx.tenant.appCatalogs;
  const here = s.ctx.site.sitePath;
  if (scope === 'tenant') {
    const path = catalogs?.tenantCatalogPath();
    if (path === undefined) throw badRequest('This tenant has no app catalog. A SharePoint administrator creates it in the SharePoint admin centre (More features, Apps).');
    return path;
  }
  if (catalogs?.kindOf(here) !== 'site') throw badRequest(`The site collection ${s.ctx.siteUrl} has no site collection app catalog. A SharePoint administrator adds one with Add-SPOSiteCollectionAppCatalog.`);
  return here;
}

/** Add and Deploy: on the catalog site itself, by one of its owners. */
function mayChange(s: SpServices, req: SpRequest, catalog: string): void {
  if (s.ctx.site.sitePath.toLowerCase() !== catalog.toLowerCase()) {
    throw badRequest(`Adding or deploying an app is done on the app catalog site (${s.ctx.site.origin}${catalog}), not on ${s.ctx.siteUrl}.`);
  }
  if (!req.perms.webHas('ManageWeb')) throw errors.accessDenied();
}

function metadata(a: CatalogApp): Record<string, unknown> {
  return {
    'odata.type': 'Microsoft.SharePoint.Marketplace.CorporateCuratedGallery.CorporateCatalogAppMetadata',
    ID: a.id,
    Title: a.title,
    ProductId: a.productId,
    AppCatalogVersion: a.version,
    Deployed: a.deployed,
    CurrentVersionDeployed: a.deployed,
    SkipDeploymentFeature: a.skipFeatureDeployment,
    IsClientSideSolution: true,
    IsValidAppPackage: true,
    InstalledVersion: '',
    CanUpgrade: false,
    ErrorMessage: 'No errors.',
  };
}

function add(s: SpServices, req: SpRequest, seg: Segment, body: Buffer, catalog: string): RouteResponse {
  mayChange(s, req, catalog);
  const args = parseArgs(seg.args, req.query);
  const fileName = String(argOf(args, 'url', 1) ?? '').trim();
  const overwrite = argOf(args, 'overwrite', 0) === true;
  if (!/^[^/\\:*?"<>|#%]+\.(sppkg|app)$/i.test(fileName)) throw badRequest(`'${fileName}' is not the file name of an app package (.sppkg or .app).`);
  const catalogs = s.ctx.tenant.appCatalogs;
  if (!catalogs) throw errors.notFound('appcatalog');
  const existing = catalogs.byFileName(catalog, fileName);
  if (existing && !overwrite) throw new SpError(400, FILE_EXISTS, `A file with the name AppCatalog/${fileName} already exists.`);
  const manifest = readAppPackage(body);
  if ('invalid' in manifest) throw badRequest(`${fileName} is not a valid app package: ${manifest.invalid}.`);
  const sameProduct = catalogs.byProductId(catalog, manifest.productId);
  if (sameProduct && sameProduct.fileName.toLowerCase() !== fileName.toLowerCase()) {
    throw badRequest(`An app with the same product ID (${manifest.productId}) is already in the app catalog as ${sameProduct.fileName}. Upload it under that name to replace it.`);
  }
  const app = catalogs.put(catalog, fileName, manifest, body, req.user.email);
  return entity(req, {
    'odata.type': 'SP.File',
    Exists: true,
    Length: String(app.length),
    Name: app.fileName,
    ServerRelativeUrl: `${catalog}/AppCatalog/${app.fileName}`,
    TimeLastModified: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    Title: app.title,
    UniqueId: app.id,
  });
}

function onApps(s: SpServices, req: SpRequest, rest: readonly Segment[], catalog: string): RouteResponse {
  const catalogs = s.ctx.tenant.appCatalogs;
  const [byId, action, ...more] = rest;
  if (!byId) {
    if (req.method !== 'GET') throw errors.notFound(`${req.method} AvailableApps`);
    return collection(req, (catalogs?.apps(catalog) ?? []).map(metadata));
  }
  if (byId.lower !== 'getbyid' || more.length > 0) throw errors.notFound(byId.name);
  const id = String(argOf(parseArgs(byId.args, req.query), 'id', 0) ?? '');
  const app = catalogs?.app(catalog, id);
  if (!app) throw errors.notFound(`AvailableApps/GetById('${id}')`);
  if (!action) {
    if (req.method !== 'GET') throw errors.notFound(`${req.method} GetById`);
    return entity(req, metadata(app));
  }
  if (action.lower !== 'deploy' || req.method !== 'POST') throw errors.notFound(action.name);
  mayChange(s, req, catalog);
  const bodySkip = (req.body as { skipFeatureDeployment?: unknown } | undefined)?.skipFeatureDeployment;
  const skip = argOf(parseArgs(action.args, req.query), 'skipfeaturedeployment', 0) ?? bodySkip ?? false;
  catalogs?.deploy(catalog, app.id, skip === true);
  return json(200, { 'odata.null': true }, req.metadata);
}

/**
 * Answers an app catalog request (segments after _api), or undefined when it is not one. Runs before the JSON
 * parsing of the body: Add carries the package's bytes.
 */
export function handleAppCatalogRequest(s: SpServices, raw: RouteRequest, segments: readonly Segment[]): RouteResponse | undefined {
  const [first, second, ...rest] = segments;
  const tenantSettings = first?.lower === 'sp_tenantsettings_current' && segments.length === 1;
  const scope = first?.lower === 'web' && second ? SCOPES[second.lower] : undefined;
  if (!tenantSettings && !scope) return undefined;
  try {
    const req = spRequestOf(s, raw);
    if (!req.perms.canSeeSite()) throw errors.accessDenied();
    if (tenantSettings) {
      if (req.method !== 'GET') throw errors.notFound(first.name);
      const path = s.ctx.tenant.appCatalogs?.tenantCatalogPath();
      return entity(req, { 'odata.type': 'SP.TenantSettings', CorporateCatalogUrl: path === undefined ? null : `${s.ctx.site.origin}${path}` });
    }
    const catalog = catalogFor(s, scope as 'tenant' | 'site');
    const [next, ...after] = rest;
    if (next?.lower === 'add' && after.length === 0 && req.method === 'POST') return add(s, req, next, raw.body, catalog);
    if (next?.lower === 'availableapps') {
      let body: unknown;
      try {
        body = raw.body.length && /json/i.test(req.header('content-type') ?? '') ? (JSON.parse(raw.body.toString('utf8')) as unknown) : undefined;
      } catch {
        throw badRequest('Invalid JSON. A token was not recognized in the JSON content.');
      }
      return onApps(s, { ...req, body }, after, catalog);
    }
    throw errors.notFound(`${req.method} ${req.url.pathname}`);
  } catch (e) {
    if (e instanceof SpError) return spErrorResponse(e);
    throw e;
  }
}
