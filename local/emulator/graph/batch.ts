/**
 * JSON batching: POST /$batch { requests: [{ id, method, url, headers?, body?, dependsOn? }] } →
 * { responses: [{ id, status, headers, body? }] }. At most 20 requests; executed in order; a request whose
 * dependency failed gets 424. Each inner request runs as the batch's signed-in user.
 * A request with a body must say its Content-Type (learn.microsoft.com/graph/json-batching: "When a body is
 * included with the request, the headers object must contain a value for Content-Type"): 400 otherwise.
 * Outlook takes at most four requests to one mailbox at a time (learn.microsoft.com/graph/throttling-limits,
 * Outlook service limits), and Graph hands a batch's independent requests to Outlook four at a time, whatever their
 * mailbox (Microsoft Q&A 1660054, 734143: a fifth is throttled, "Application is over its MailboxConcurrency
 * limit"): here the fifth and later requests without dependsOn to one mailbox's mail or calendar answer 429 with
 * Retry-After, every time (stricter than Graph, where it depends on timing). Requests chained with dependsOn run one
 * at a time and are never refused so.
 */
import type { IncomingHttpHeaders } from 'http';
import type { RouteRequest, RouteResponse } from '../contracts';
import { graphError, graphJson, readJsonObject } from './http';
import { isRecord, tryParseJson } from './json';

export const MAX_BATCH_REQUESTS = 20;
/** Requests to one mailbox Outlook runs at once (Graph's Outlook service limits). */
export const MAILBOX_CONCURRENCY = 4;

/** The mailbox an Outlook request (mail, calendar) goes to: 'me' or the user named, or undefined for anything else. */
export function outlookMailboxOf(path: string): string | undefined {
  const s = path.split('?')[0].split('/').filter((x) => x !== '').map((x) => x.toLowerCase());
  const [owner, rest] = s[0] === 'me' ? ['me', s.slice(1)] : s[0] === 'users' && s.length > 2 ? [s[1], s.slice(2)] : [undefined, []];
  if (owner === undefined) return undefined;
  return ['sendmail', 'messages', 'mailfolders', 'events', 'calendar', 'calendars', 'calendarview', 'contacts'].includes(rest[0] ?? '') ? owner : undefined;
}

/** Runs one inner request through the same pipeline as a top-level one. */
export type InnerDispatch = (req: RouteRequest) => RouteResponse;

interface InnerResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** '/me', 'me', '/v1.0/me', '/graph/v1.0/me' or an absolute URL → 'me' (what follows the version). */
export function relativeGraphPath(url: string): string {
  let path = url.trim().replace(/^https?:\/\/[^/]+/i, '');
  path = path.replace(/^\/+/, '');
  path = path.replace(/^graph\//i, '');
  path = path.replace(/^(v1\.0|beta)\//i, '');
  return path;
}

function toInnerResponse(id: string, res: RouteResponse): InnerResponse {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers ?? {})) {
    if (k.toLowerCase() !== 'request-id' && k.toLowerCase() !== 'client-request-id') headers[k] = v;
  }
  const out: InnerResponse = { id, status: res.status, headers };
  if (res.body !== undefined && res.body.length > 0) {
    const text = res.body.toString();
    const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
    out.body = contentType.startsWith('application/json') ? tryParseJson(text) : Buffer.from(text).toString('base64');
  }
  return out;
}

function innerHeaders(raw: unknown): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  if (isRecord(raw)) {
    for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
  }
  return headers;
}

export function handleBatch(outer: RouteRequest, origin: string, dispatch: InnerDispatch): RouteResponse {
  const h = outer.headers;
  const read = readJsonObject(h, outer.body);
  if (!read.ok) return read.response;
  const { requests } = read.value;
  if (!Array.isArray(requests) || requests.length === 0) {
    return graphError(h, 400, 'BadRequest', 'Invalid batch payload format: a non-empty requests array is required.');
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    return graphError(h, 400, 'BadRequest', `The number of requests in the batch (${requests.length}) exceeds the limit of ${MAX_BATCH_REQUESTS}.`);
  }
  const ids = new Set<string>();
  for (const r of requests) {
    if (!isRecord(r) || typeof r.id !== 'string' || r.id === '' || typeof r.method !== 'string' || typeof r.url !== 'string') {
      return graphError(h, 400, 'BadRequest', 'Invalid batch payload format: each request needs string id, method and url.');
    }
    if (ids.has(r.id)) return graphError(h, 400, 'BadRequest', `Request with id '${r.id}' is duplicated in the batch.`);
    ids.add(r.id);
  }
  const statuses = new Map<string, number>();
  const responses: InnerResponse[] = [];
  const atOnce = new Map<string, number>();
  for (const r of requests as Array<Record<string, unknown>>) {
    const id = r.id as string;
    const headers = innerHeaders(r.headers);
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.filter((x): x is string => typeof x === 'string') : [];
    const unknownDependency = dependsOn.find((dep) => !statuses.has(dep));
    let res: RouteResponse;
    if (unknownDependency !== undefined) {
      res = graphError(headers, 400, 'BadRequest', `Request '${id}' depends on '${unknownDependency}', which is not an earlier request in the batch.`);
    } else if (dependsOn.some((dep) => (statuses.get(dep) ?? 500) >= 400)) {
      res = graphError(headers, 424, 'FailedDependency', 'A request this request depends on failed.');
    } else {
      const path = relativeGraphPath(r.url as string);
      const mailbox = dependsOn.length === 0 ? outlookMailboxOf(path) : undefined;
      const running = mailbox === undefined ? 0 : (atOnce.get(mailbox) ?? 0) + 1;
      if (mailbox !== undefined) atOnce.set(mailbox, running);
      if (path.split(/[/?]/)[0].toLowerCase() === '$batch') {
        res = graphError(headers, 400, 'BadRequest', 'A batch request cannot contain another batch request.');
      } else if (r.body !== undefined && r.body !== null && headers['content-type'] === undefined) {
        res = graphError(headers, 400, 'BadRequest', 'A request with a body must have a Content-Type header.');
      } else if (running > MAILBOX_CONCURRENCY) {
        res = graphError(headers, 429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'Retry-After': '1' });
      } else {
        const body =
          r.body === undefined || r.body === null ? Buffer.alloc(0) : Buffer.from(typeof r.body === 'string' ? r.body : JSON.stringify(r.body), 'utf8');
        res = dispatch({
          method: (r.method as string).toUpperCase(),
          url: new URL(`/graph/v1.0/${path}`, origin),
          headers,
          body,
          user: outer.user,
        });
      }
    }
    statuses.set(id, res.status);
    responses.push(toInnerResponse(id, res));
  }
  return graphJson(h, 200, { responses });
}
