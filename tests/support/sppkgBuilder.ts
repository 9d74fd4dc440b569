/**
 * A small fake SharePoint solution package (.sppkg) for tests: a ZIP with deflated entries (as gulp
 * package-solution writes them) whose AppManifest.xml names a product, a version and a title. Not a buildable
 * solution: just enough for an app catalog to read it.
 */
import { crc32, deflateRawSync } from 'zlib';

export interface FakePackage {
  readonly productId?: string;
  readonly version?: string;
  readonly title?: string;
  /** Leave AppManifest.xml out (an invalid package). */
  readonly noManifest?: boolean;
}

export const FAKE_PRODUCT_ID = '0f6c2a55-3b1e-4c8a-9d7e-2a4b6c8d0e1f';

function zipDeflated(entries: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = deflateRawSync(e.data);
    const head = (size: number, sig: number): Buffer => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(sig, 0);
      return b;
    };
    const local = head(30, 0x04034b50);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = head(46, 0x02014b50);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function fakeSppkg(p: FakePackage = {}): Buffer {
  const manifest =
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="fake-client-side-solution" ProductID="{${p.productId ?? FAKE_PRODUCT_ID}}" ` +
    `Version="${p.version ?? '1.0.0.0'}" SharePointMinVersion="16.0.0.0" IsClientSideSolution="true" SkipFeatureDeployment="true">` +
    `<Properties><Title>${p.title ?? 'Fake solution'}</Title></Properties></App>`;
  return zipDeflated([
    ...(p.noManifest ? [] : [{ name: 'AppManifest.xml', data: Buffer.from(manifest, 'utf8') }]),
    { name: 'ClientSideAssets/fake-bundle.js', data: Buffer.from('console.log("fake");\n'.repeat(50), 'utf8') },
  ]);
}
