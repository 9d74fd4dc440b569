/**
 * A Microsoft Graph `Client` (graph-client 3) that talks to the local emulator at `<origin>/graph/` as a given
 * user, so production code written against `client.api('/me/events').post(…)` runs unchanged.
 *
 * Why a custom middleware chain rather than an auth provider: graph-client's AuthenticationHandler (and its
 * telemetry) only act on https Graph hosts or https `customHosts`, so a token would never reach a plain-http
 * localhost. Instead the first middleware sets the EMULATOR_USER_HEADER on every request (retries included),
 * and repairs the URLs graph-client builds from absolute http @odata.nextLink values (it only strips the host
 * of https links, so PageIterator would otherwise request `<base>/v1.0/http://…`). RetryHandler is kept, so
 * 429/503/504 answers are retried after their Retry-After, as against Graph.
 */
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { graphPostOnce, type GraphPostOnce } from '../src/data/graph/graphApi';
import { EMULATOR_USER_HEADER } from './emulator/contracts';

export interface LocalGraphClientOptions {
  /** Retry policy for 429/503/504 (graph-client's default: 3 retries, honouring Retry-After). */
  readonly retry?: RetryHandlerOptions;
}

function setHeader(context: Context, name: string, value: string): void {
  const options = context.options ?? (context.options = {});
  const headers = options.headers;
  if (headers === undefined) {
    options.headers = { [name]: value };
  } else if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    headers.set(name, value);
  } else if (Array.isArray(headers)) {
    const existing = headers.find((h) => h[0].toLowerCase() === name.toLowerCase());
    if (existing) existing[1] = value;
    else headers.push([name, value]);
  } else {
    (headers as Record<string, string>)[name] = value;
  }
}

/** `<base>/v1.0/http://host/graph/v1.0/me/events?$skip=10` → `http://host/graph/v1.0/me/events?$skip=10`. */
export function repairNestedUrl(url: string): string {
  const m = /^https?:\/\/[^?]*?\/(?:v1\.0|beta)\/(https?:\/\/.+)$/i.exec(url);
  return m ? m[1] : url;
}

class LocalEmulatorHandler implements Middleware {
  private next?: Middleware;

  constructor(private readonly userEmail: string) {}

  async execute(context: Context): Promise<void> {
    if (typeof context.request === 'string') context.request = repairNestedUrl(context.request);
    setHeader(context, EMULATOR_USER_HEADER, this.userEmail);
    if (!this.next) throw new Error('LocalEmulatorHandler must not be the last middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export function createLocalGraphClient(origin: string, userEmail: string, options: LocalGraphClientOptions = {}): Client {
  const base = origin.replace(/\/+$/, '');
  const local = new LocalEmulatorHandler(userEmail);
  const retry = new RetryHandler(options.retry ?? new RetryHandlerOptions());
  const http = new HTTPMessageHandler();
  local.setNext(retry);
  retry.setNext(http);
  return Client.initWithMiddleware({
    baseUrl: `${base}/graph/`,
    defaultVersion: 'v1.0',
    middleware: local,
  });
}

/** E-mail in local mode as in SharePoint (AadHttpClient there): one plain fetch, never re-sent by a library. */
export function localGraphPostOnce(origin: string, userEmail: string): GraphPostOnce {
  return graphPostOnce(`${origin.replace(/\/+$/, '')}/graph/v1.0`, (url, init) =>
    fetch(url, { method: 'POST', body: init.body, headers: { ...init.headers, [EMULATOR_USER_HEADER]: userEmail } }),
  );
}
