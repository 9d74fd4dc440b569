/**
 * `npm run site -- deploy` (tools/deploy/deployPackage.ts) against the emulator over HTTP, with a small fake
 * .sppkg: the tenant app catalog is found from the site and the package uploaded and deployed there by an owner of
 * the catalog site; a missing package, a tenant without an app catalog, someone who may not upload and a site
 * without its own app catalog each get a message saying what to do.
 */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { RunningEmulator } from '../../local/emulator/server';
import { DEFAULT_GROUPS } from '../../local/emulator/store';
import { DeployError, deployPackage, type CatalogScope } from '../../tools/deploy/deployPackage';
import { spFor, startTestEmulator } from '../support/emulator';
import { fakeSppkg } from '../support/sppkgBuilder';

const IT = { email: 'avery.it@pathways.example.org', displayName: 'Avery IT' } as const;
const OWNER = { email: 'jo.owner@pathways.example.org', displayName: 'Jo Owner' } as const;
const CATALOG = '/sites/appcatalog';

let emu: RunningEmulator;
let file: string;
const lines: string[] = [];

const deploy = (who: string, scope: CatalogScope = 'tenant', packageFile: string = file) =>
  deployPackage({ sp: spFor(who, { siteUrl: emu.siteUrl }), siteUrl: emu.siteUrl, scope, packageFile, who, log: (l) => lines.push(l) });
const refusal = (p: Promise<unknown>): Promise<unknown> => p.then(() => undefined, (e: unknown) => e);

beforeAll(async () => {
  emu = await startTestEmulator({ emptySite: true });
  emu.store.addUser({ ...IT, userType: 'Member' });
  emu.store.addUser({ ...OWNER, userType: 'Member' });
  emu.store.addToGroup(DEFAULT_GROUPS.owners.id, OWNER.email); // an owner of the Pathways site only
  emu.store.addToGroup(DEFAULT_GROUPS.members.id, IT.email); // IT can open the Pathways site …
  emu.addSite({ path: CATALOG, title: 'Apps', owners: [IT.email] }); // … and owns the app catalog site
  file = join(mkdtempSync(join(tmpdir(), 'sppkg-')), 'pathways-hub.sppkg');
  writeFileSync(file, fakeSppkg({ title: 'Pathways Hub', version: '0.1.0.0' }));
});
afterAll(() => emu.close());

it('tells them to build the package when there is none', async () => {
  const e = await refusal(deploy(IT.email, 'tenant', join(tmpdir(), 'nowhere', 'pathways-hub.sppkg')));
  expect(e).toBeInstanceOf(DeployError);
  expect((e as Error).message).toMatch(/^There is no package at .*pathways-hub\.sppkg\. Build it first with `npm run package`, then deploy again\.$/);
});

it('says when the tenant has no app catalog, and offers the site’s own', async () => {
  const e = await refusal(deploy(IT.email));
  expect((e as Error).message).toBe(
    'This tenant has no app catalog yet. A SharePoint administrator creates it (SharePoint admin centre, More features, Apps), or deploy to this site’s own app catalog with --scope site.',
  );
});

it('refuses someone who does not own the app catalog site, naming who can', async () => {
  emu.appCatalogs.setTenantCatalog(CATALOG);
  const e = await refusal(deploy(OWNER.email));
  expect(e).toBeInstanceOf(DeployError);
  expect((e as Error).message).toBe(
    `${OWNER.email} may not upload pathways-hub.sppkg in the tenant app catalog (${emu.origin}${CATALOG}). Uploading and deploying apps needs an owner of the app catalog site: ` +
      'a SharePoint administrator can make you one (or deploy the package from the SharePoint admin centre, More features, Apps).',
  );
  expect(emu.appCatalogs.apps(CATALOG)).toEqual([]);
});

it('uploads the package to the tenant app catalog and deploys it, for an owner of the catalog site; again replaces it', async () => {
  const first = await deploy(IT.email);
  expect(first).toMatchObject({ catalogUrl: `${emu.origin}${CATALOG}`, title: 'Pathways Hub', version: '0.1.0.0' });
  expect(emu.appCatalogs.apps(CATALOG)).toEqual([expect.objectContaining({ id: first.appId, fileName: 'pathways-hub.sppkg', deployed: true, skipFeatureDeployment: true })]);
  writeFileSync(file, fakeSppkg({ title: 'Pathways Hub', version: '0.2.0.0' }));
  const second = await deploy(IT.email);
  expect(second).toMatchObject({ appId: first.appId, version: '0.2.0.0' });
  expect(emu.appCatalogs.apps(CATALOG)).toEqual([expect.objectContaining({ version: '0.2.0.0', deployed: true })]);
  expect(lines).toContain(`Uploading pathways-hub.sppkg (1 KB) to the tenant app catalog at ${emu.origin}${CATALOG} …`);
});

it('with --scope site: refused where the site has no app catalog of its own, deployed where it has', async () => {
  const e = await refusal(deploy(OWNER.email, 'site'));
  expect((e as Error).message).toMatch(/^Could not upload pathways-hub\.sppkg in the site collection app catalog of .*\/sites\/pathways: The site collection .* has no site collection app catalog\./);
  emu.appCatalogs.addSiteCatalog('/sites/pathways');
  const done = await deploy(OWNER.email, 'site');
  expect(done).toMatchObject({ catalogUrl: emu.siteUrl, version: '0.2.0.0' });
  expect(emu.appCatalogs.apps('/sites/pathways')).toEqual([expect.objectContaining({ deployed: true })]);
});
