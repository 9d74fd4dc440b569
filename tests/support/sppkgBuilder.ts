/**
 * A small fake SharePoint solution package (.sppkg) for tests: a ZIP with deflated entries (as gulp
 * package-solution writes them) whose AppManifest.xml names a product, a version and a title. Not a buildable
 * solution: just enough for an app catalog to read it.
 */
import { zipStore } from '../../tools/teams/zip';

export interface FakePackage {
  readonly productId?: string;
  readonly version?: string;
  readonly title?: string;
  /** Leave AppManifest.xml out (an invalid package). */
  readonly noManifest?: boolean;
}

export const FAKE_PRODUCT_ID = '0f6c2a55-3b1e-4c8a-9d7e-2a4b6c8d0e1f';

export function fakeSppkg(p: FakePackage = {}): Buffer {
  const manifest =
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="fake-client-side-solution" ProductID="{${p.productId ?? FAKE_PRODUCT_ID}}" ` +
    `Version="${p.version ?? '1.0.0.0'}" SharePointMinVersion="16.0.0.0" IsClientSideSolution="true" SkipFeatureDeployment="true">` +
    `<Properties><Title>${p.title ?? 'Fake solution'}</Title></Properties></App>`;
  return zipStore(
    [
      ...(p.noManifest ? [] : [{ name: 'AppManifest.xml', data: Buffer.from(manifest, 'utf8') }]),
      { name: 'ClientSideAssets/fake-bundle.js', data: Buffer.from('console.log("fake");\n'.repeat(50), 'utf8') },
    ],
    { deflate: true },
  );
}
