/**
 * Conformance: the app catalogs' ALM API (learn.microsoft.com, "Application Lifecycle Management (ALM) APIs"),
 * driven through real PnPjs (@pnp/sp/appcatalog): the tenant app catalog is found from any site, packages are
 * added and deployed only on the catalog site and only by its owners, a site without its own app catalog refuses,
 * and only valid app packages are taken.
 */
import '@pnp/sp/appcatalog';
import { AppCatalog, type IAppCatalog } from '@pnp/sp/appcatalog';
import { Web } from '@pnp/sp/webs';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { FAKE_PRODUCT_ID, fakeSppkg } from '../../../support/sppkgBuilder';
import { OWNER, STAFF } from './people';

const CATALOG = '/sites/appcatalog';
const CATALOG_OWNER = { email: 'avery.it@pathways.example.org', displayName: 'Avery IT' } as const;

let emu: RunningEmulator;
let catalogUrl: string;
type AppInfo = { ID: string; Title: string; ProductId: string; AppCatalogVersion: string; Deployed: boolean };

const tenantCatalogOn = (siteUrl: string, email: string): IAppCatalog => AppCatalog(Web([spFor(email, { siteUrl }).web, siteUrl]), '_api/web/tenantappcatalog/AvailableApps');
const statusOf = (p: Promise<unknown>): Promise<{ status: number; message: string } | undefined> => p.then(() => undefined, (e: unknown) => spErrorOf(e));

beforeAll(async () => {
  emu = await startTestEmulator({ emptySite: true });
  for (const u of [CATALOG_OWNER, STAFF]) emu.store.addUser({ ...u, userType: 'Member' });
  catalogUrl = emu.addSite({ path: CATALOG, title: 'Apps', owners: [CATALOG_OWNER.email], members: [STAFF.email] }).siteUrl;
});
afterAll(() => emu.close());

it('says there is no tenant app catalog until one is made, then names it to any site', async () => {
  const read = async (): Promise<unknown> => (await Web([spFor(OWNER.email, { siteUrl: emu.siteUrl }).web, emu.siteUrl], '_api/SP_TenantSettings_Current')<{ CorporateCatalogUrl: string | null }>()).CorporateCatalogUrl;
  expect(await read()).toBeNull();
  const refused = await statusOf(tenantCatalogOn(emu.siteUrl, OWNER.email).add('a.sppkg', fakeSppkg()));
  expect(refused).toMatchObject({ status: 400, message: expect.stringContaining('no app catalog') });
  emu.appCatalogs.setTenantCatalog(CATALOG);
  expect(await read()).toBe(catalogUrl);
});

it('adds a package on the catalog site for its owner, not yet deployed, and deploys it', async () => {
  const catalog = tenantCatalogOn(catalogUrl, CATALOG_OWNER.email);
  const added = (await catalog.add('fake.sppkg', fakeSppkg({ version: '1.2.0.0', title: 'Fake solution' }), true)) as { UniqueId: string; Name: string; ServerRelativeUrl: string };
  expect(added).toMatchObject({ Name: 'fake.sppkg', ServerRelativeUrl: `${CATALOG}/AppCatalog/fake.sppkg` });
  expect(await catalog.getAppById(added.UniqueId)<AppInfo>()).toMatchObject({ ID: added.UniqueId, Title: 'Fake solution', ProductId: FAKE_PRODUCT_ID, AppCatalogVersion: '1.2.0.0', Deployed: false });
  await catalog.getAppById(added.UniqueId).deploy(true);
  expect(await catalog.getAppById(added.UniqueId)<AppInfo>()).toMatchObject({ Deployed: true });
  // Readable from any site (install and upgrade happen there).
  const fromSite = await tenantCatalogOn(emu.siteUrl, OWNER.email)<AppInfo[]>();
  expect(fromSite.map((a) => [a.ID, a.Deployed])).toEqual([[added.UniqueId, true]]);
  // Uploaded again (a new version): the same app, to be deployed again.
  const again = (await catalog.add('fake.sppkg', fakeSppkg({ version: '1.3.0.0' }), true)) as { UniqueId: string };
  expect(again.UniqueId).toBe(added.UniqueId);
  expect(await catalog.getAppById(added.UniqueId)<AppInfo>()).toMatchObject({ AppCatalogVersion: '1.3.0.0', Deployed: false });
});

it('refuses Add and Deploy anywhere but on the catalog site, and to anyone but its owners', async () => {
  const elsewhere = await statusOf(tenantCatalogOn(emu.siteUrl, OWNER.email).add('fake.sppkg', fakeSppkg(), true));
  expect(elsewhere).toMatchObject({ status: 400, message: expect.stringContaining(`on the app catalog site (${catalogUrl})`) });
  const member = tenantCatalogOn(catalogUrl, STAFF.email);
  expect(await statusOf(member.add('other.sppkg', fakeSppkg({ productId: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9' }), true))).toMatchObject({ status: 403 });
  const [app] = await member<AppInfo[]>();
  expect(await statusOf(member.getAppById(app.ID).deploy(true))).toMatchObject({ status: 403 });
  expect(await tenantCatalogOn(catalogUrl, CATALOG_OWNER.email).getAppById(app.ID)<AppInfo>()).toMatchObject({ Deployed: false });
});

it('takes only valid app packages, never over an existing file without overwrite, and one file per product', async () => {
  const catalog = tenantCatalogOn(catalogUrl, CATALOG_OWNER.email);
  expect(await statusOf(catalog.add('notes.sppkg', Buffer.from('not a zip'), true))).toMatchObject({ status: 400, message: expect.stringContaining('not a valid app package') });
  expect(await statusOf(catalog.add('empty.sppkg', fakeSppkg({ noManifest: true }), true))).toMatchObject({ status: 400, message: expect.stringContaining('no AppManifest.xml') });
  expect(await statusOf(catalog.add('fake.sppkg', fakeSppkg(), false))).toMatchObject({ status: 400, message: expect.stringContaining('already exists') });
  expect(await statusOf(catalog.add('renamed.sppkg', fakeSppkg(), true))).toMatchObject({ status: 400, message: expect.stringContaining('same product ID') });
  expect((await catalog<AppInfo[]>()).length).toBe(1);
});

it('has a site collection app catalog only where an administrator added one', async () => {
  const own = (): IAppCatalog => spFor(OWNER.email, { siteUrl: emu.siteUrl }).web.appcatalog;
  expect(await statusOf(own().add('fake.sppkg', fakeSppkg(), true))).toMatchObject({ status: 400, message: expect.stringContaining('has no site collection app catalog') });
  emu.appCatalogs.addSiteCatalog('/sites/pathways');
  const added = (await own().add('fake.sppkg', fakeSppkg(), true)) as { UniqueId: string };
  await own().getAppById(added.UniqueId).deploy(true);
  expect(await own()<AppInfo[]>()).toEqual([expect.objectContaining({ ID: added.UniqueId, Deployed: true })]);
  // The tenant catalog is a different one.
  expect((await tenantCatalogOn(emu.siteUrl, OWNER.email)<AppInfo[]>()).map((a) => a.ID)).not.toContain(added.UniqueId);
});
