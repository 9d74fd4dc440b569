import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

/**
 * Form digests (`X-RequestDigest`), as SharePoint Online uses them with the browser's own sign-in: `_api/contextinfo`
 * issues one ("0x<hex>,<date>", valid FormDigestTimeoutSeconds = 1800 s) and every write (any method but GET) must
 * carry a valid, unexpired one for the same site. Without one SharePoint answers 403 "The security validation for
 * this page is invalid and might be corrupted…" (-2130575251; vgrem/phpSPO#61, pnp/pnpjs#2467); with an expired one
 * the same words under -2130575252 (pnp/pnpjs#2186). SPFx's SPHttpClient and PnPjs's RequestDigest behaviour
 * (SPFx and SPBrowser) add it to every non-GET request, so the product never meets this; a client that forgets it does.
 *
 * Not emulated: SharePoint also ties a digest to the person it was issued to. PnPjs caches one digest per web URL for
 * the whole JavaScript context, and the tests sign many people in within one process, so the emulator checks the
 * site and the age only.
 */

export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;
const SECRET = randomBytes(32);

function mac(siteUrl: string, issued: string): Buffer {
  return createHmac('sha256', SECRET).update(`${siteUrl.toLowerCase()}|${issued}`).digest();
}

/**
 * A new digest for the site: "0x<64 hex bytes>,<issued, as SharePoint writes it: '05 Dec 2026 03:10:00 -0000'>" (no
 * weekday, so no second comma: PnPjs's SPFx behaviour reads the page digest's date as `value.split(",")[1]`).
 */
export function issueFormDigest(siteUrl: string, now: Date = new Date()): string {
  const issued = now.toUTCString().replace(/^\w{3}, /, '').replace('GMT', '-0000');
  const sig = Buffer.concat([mac(siteUrl, issued), randomBytes(32)]).toString('hex').toUpperCase();
  return `0x${sig},${issued}`;
}

export type DigestProblem = 'missing' | 'invalid' | 'expired';

/** Why a request's digest would be refused (undefined: it is valid for this site now). */
export function formDigestProblem(value: string | undefined, siteUrl: string, now: Date = new Date()): DigestProblem | undefined {
  if (value === undefined || value.trim() === '') return 'missing';
  const m = /^0x([0-9A-F]{128}),(.+)$/i.exec(value.trim());
  if (!m) return 'invalid';
  const issued = m[2];
  const expected = mac(siteUrl, issued);
  const given = Buffer.from(m[1].slice(0, 64), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const at = Date.parse(issued.replace('-0000', 'GMT'));
  if (Number.isNaN(at)) return 'invalid';
  return now.getTime() - at > FORM_DIGEST_TIMEOUT_SECONDS * 1000 ? 'expired' : undefined;
}
