import type { DirectoryUser, RouteRequest, RouteResponse } from '../contracts';
import type { Metadata } from './itemJson';
import type { Permissions } from './permissions';
import { SpError, errorBody } from './errors';

/** A request inside the SharePoint part, with the effective method (X-HTTP-Method applied) and parsed body. */
export interface SpRequest {
  /** GET, POST, MERGE, PATCH, PUT or DELETE. */
  readonly method: string;
  readonly url: URL;
  readonly query: URLSearchParams;
  readonly header: (name: string) => string | undefined;
  readonly body: unknown;
  readonly user: DirectoryUser;
  readonly perms: Permissions;
  readonly metadata: Metadata;
}

export function headerOf(req: RouteRequest): (name: string) => string | undefined {
  return (name) => {
    const v = req.headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
  };
}

export function metadataFrom(accept: string | undefined): Metadata {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'none';
  return 'minimal';
}

const contentType = (m: Metadata): string =>
  m === 'verbose'
    ? 'application/json;odata=verbose;charset=utf-8'
    : `application/json;odata=${m === 'none' ? 'nometadata' : 'minimalmetadata'};streaming=true;charset=utf-8`;

export function json(status: number, body: unknown, m: Metadata = 'minimal', headers: Record<string, string> = {}): RouteResponse {
  return { status, headers: { 'Content-Type': contentType(m), ...headers }, body: JSON.stringify(body) };
}

export function noContent(headers: Record<string, string> = {}): RouteResponse {
  return { status: 204, headers };
}

export function spErrorResponse(e: SpError): RouteResponse {
  return { status: e.status, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: errorBody(e) };
}

/** A single entity in the Accept header's format. */
export function entity(req: SpRequest, obj: Record<string, unknown>, status = 200, headers: Record<string, string> = {}): RouteResponse {
  return json(status, req.metadata === 'verbose' ? { d: obj } : obj, req.metadata, headers);
}

/** A collection in the Accept header's format, with an absolute next link when there is another page. */
export function collection(req: SpRequest, rows: unknown[], nextLink?: string): RouteResponse {
  if (req.metadata === 'verbose') return json(200, { d: { results: rows, ...(nextLink ? { __next: nextLink } : {}) } }, 'verbose');
  return json(200, { ...(nextLink ? { 'odata.nextLink': nextLink } : {}), value: rows }, req.metadata);
}

/** A primitive property value (e.g. HasUniqueRoleAssignments). */
export function primitive(req: SpRequest, name: string, value: unknown): RouteResponse {
  if (req.metadata === 'verbose') return json(200, { d: { [name]: value } }, 'verbose');
  return json(200, { value }, req.metadata);
}

/** The JSON body as an object ({} when empty); verbose bodies' __metadata is left for callers to ignore. */
export function bodyObject(req: SpRequest): Record<string, unknown> {
  const b = req.body;
  if (b && typeof b === 'object' && !Array.isArray(b)) return b as Record<string, unknown>;
  return {};
}
