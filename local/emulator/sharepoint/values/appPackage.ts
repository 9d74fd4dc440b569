/**
 * Reads a solution package (.sppkg, a ZIP of Open Packaging Convention parts) as the app catalog does: its
 * AppManifest.xml names the product (ProductID), its Version and its Title (an SPFx package:
 * `<App … Name="…" ProductID="{guid}" Version="1.0.0.0" …><Properties><Title>…</Title></Properties></App>`).
 * Entries are stored or deflated (what gulp package-solution writes). Anything else is not a valid app package.
 */
import { inflateRawSync } from 'zlib';
import type { AppManifestInfo } from '../../tenant/appCatalogs';

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** One entry of a ZIP by name (case-insensitive), or undefined; throws on a file that is not a ZIP. */
function zipEntry(zip: Buffer, wanted: string): Buffer | undefined {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > zip.length) throw new Error('not a ZIP file');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new Error('a damaged ZIP directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (name.toLowerCase() === wanted.toLowerCase()) {
      const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
      const data = zip.subarray(dataAt, dataAt + size);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${name} uses a compression the app catalog does not read`);
    }
    at += 46 + skip;
  }
  return undefined;
}

/** The package's manifest, or the reason it is not a valid app package. */
export function readAppPackage(content: Buffer): AppManifestInfo | { readonly invalid: string } {
  let xml: string;
  try {
    const manifest = zipEntry(content, 'AppManifest.xml');
    if (!manifest) return { invalid: 'it has no AppManifest.xml' };
    xml = manifest.toString('utf8');
  } catch (e) {
    return { invalid: e instanceof Error ? e.message : String(e) };
  }
  const app = /<App\b([^>]*)>/.exec(xml)?.[1] ?? '';
  const attr = (name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(app)?.[1];
  const productId = GUID.exec(attr('ProductID') ?? '')?.[1];
  const version = attr('Version');
  if (!productId) return { invalid: 'its AppManifest.xml has no ProductID' };
  if (!version || !/^\d+(\.\d+){3}$/.test(version)) return { invalid: 'its AppManifest.xml has no Version of four numbers' };
  const title = /<Title>([^<]*)<\/Title>/.exec(xml)?.[1]?.trim() || attr('Name') || productId;
  return { productId: productId.toLowerCase(), version, title };
}
