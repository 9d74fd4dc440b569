/**
 * Test helpers for the local SharePoint emulator.
 *
 *  - spFor(email): real PnPjs (SPBrowser: fetch with retry, JSON parsing, request digest) signed in as that user,
 *    bound to the emulator globalSetup started (PATHWAYS_EMULATOR_URL) or to a given site URL.
 *  - startTestEmulator(): a private emulator on a free port with an in-memory database, for tests that reset state.
 */
import { existsSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as vm from 'vm';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { spfi, DefaultHeaders, DefaultInit, RequestDigest, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/folders';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/security/item';
import '@pnp/sp/security/list';
import '@pnp/sp/regional-settings/web';
import '@pnp/sp/site-scripts';
import { EMULATOR_USER_HEADER } from '../../local/emulator/contracts';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../local/emulator/server';
import { setUpSiteDatabase } from './setUpSiteDatabase';

export const EMULATOR_URL_ENV = 'PATHWAYS_EMULATOR_URL';
export const SITE_PATH = '/sites/pathways';

/** Where globalSetup writes the shared emulator's origin (read when the env variable did not reach a worker). */
export function emulatorUrlFile(pid: number = process.pid): string {
  return join(tmpdir(), `pathways-emulator-${pid}.json`);
}

/**
 * jest-environment-node (as resolved in this repository) gives the sandbox no fetch/Headers/Request/Response,
 * although Node 22 has them: borrow Node's own.
 */
export function installFetchGlobals(): void {
  const target = globalThis as unknown as Record<string, unknown>;
  for (const name of ['fetch', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'AbortController', 'TextDecoder', 'TextEncoder']) {
    if (typeof target[name] === 'undefined') target[name] = vm.runInThisContext(name) as unknown;
  }
}
installFetchGlobals();

/** The shared emulator's origin, e.g. 'http://localhost:43117'. */
export function emulatorOrigin(): string {
  const fromEnv = process.env[EMULATOR_URL_ENV];
  if (fromEnv) return fromEnv;
  for (const pid of [process.pid, process.ppid]) {
    const file = emulatorUrlFile(pid);
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { origin: string }).origin;
  }
  throw new Error('The shared emulator is not running: jest globalSetup (tests/support/globalSetup.ts) starts it.');
}

export interface SpForOptions {
  /** Site URL (default: the shared emulator's site). */
  readonly siteUrl?: string;
  /** PnPjs retries on 429/503/504 (default 3). */
  readonly retries?: number;
}

/** Real PnPjs bound to the emulator, signed in as the given user. */
export function spFor(email: string, options: SpForOptions = {}): SPFI {
  const siteUrl = options.siteUrl ?? `${emulatorOrigin()}${SITE_PATH}`;
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry({ retries: options.retries ?? 3, interval: 10 }),
    DefaultParse(),
    RequestDigest(),
    InjectHeaders({ [EMULATOR_USER_HEADER]: email }),
  );
}

export interface TestEmulatorOptions extends EmulatorOptions {
  /** An empty team site (no Pathways lists, groups or levels), as before setup. Default: a set-up site. */
  readonly emptySite?: boolean;
}

/**
 * A private emulator (in-memory, free port) holding a copy of a site set up by the product's own setup (or, with
 * emptySite, an empty team site). Close it in afterAll.
 */
export async function startTestEmulator(options: TestEmulatorOptions = {}): Promise<RunningEmulator> {
  const { emptySite, ...rest } = options;
  const initialDatabase = emptySite ? undefined : (rest.initialDatabase ?? (await setUpSiteDatabase()));
  return startEmulator({ port: 0, dbFile: ':memory:', reset: true, ...rest, ...(initialDatabase ? { initialDatabase } : {}) });
}

/** Plain fetch as a user (for raw status, header and body checks). */
export async function rawFetch(url: string, email: string | undefined, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (email) headers.set(EMULATOR_USER_HEADER, email);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  // A write carries a form digest from contextinfo, as PnPjs and SPFx's SPHttpClient add (set the header to opt out).
  const write = (init.method ?? 'GET').toUpperCase() !== 'GET';
  const api = /^(.*?\/_api)\/(.*)$/i.exec(url);
  if (write && api && !/^contextinfo\b/i.test(api[2]) && !headers.has('X-RequestDigest')) headers.set('X-RequestDigest', await formDigest(api[1], email));
  return fetch(url, { ...init, headers });
}

/** A form digest for the site of this `…/_api` URL, issued to that person (POST contextinfo). */
export async function formDigest(apiUrl: string, email: string | undefined): Promise<string> {
  const res = await fetch(`${apiUrl}/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', ...(email ? { [EMULATOR_USER_HEADER]: email } : {}) } });
  return res.ok ? ((await res.json()) as { FormDigestValue: string }).FormDigestValue : '';
}

/** The SharePoint error JSON body: { code, message }. */
export async function spErrorOf(e: unknown): Promise<{ status: number; code: string; message: string }> {
  const r = (e as { response?: Response; status?: number }).response;
  if (!r) throw e;
  const body = (await r.clone().json()) as { 'odata.error': { code: string; message: { value: string } } };
  return { status: r.status, code: body['odata.error'].code, message: body['odata.error'].message.value };
}
