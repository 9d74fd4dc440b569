/** Response builders in Microsoft Graph's wire format (JSON content type, error shape, request ids). */
import { randomUUID } from 'crypto';
import type { IncomingHttpHeaders } from 'http';
import type { RouteResponse } from '../contracts';
import { isRecord, tryParseJson } from './json';

/** The content type Graph sends with JSON payloads (graph-client only looks at the part before ';'). */
export const GRAPH_JSON_CONTENT_TYPE =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export const GRAPH_CONTEXT_BASE = 'https://graph.microsoft.com/v1.0/$metadata';

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  return headerValue(headers, name);
}

function requestIdHeaders(reqHeaders: IncomingHttpHeaders, requestId: string): Record<string, string> {
  const clientRequestId = headerValue(reqHeaders, 'client-request-id') ?? requestId;
  return { 'request-id': requestId, 'client-request-id': clientRequestId, 'Cache-Control': 'no-cache' };
}

export function graphJson(
  reqHeaders: IncomingHttpHeaders,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): RouteResponse {
  return {
    status,
    headers: {
      'Content-Type': GRAPH_JSON_CONTENT_TYPE,
      ...requestIdHeaders(reqHeaders, randomUUID()),
      ...extraHeaders,
    },
    body: JSON.stringify(body),
  };
}

/** A response without a body and without a Content-Type (202 for sendMail/cancel, 204 for DELETE). */
export function graphEmpty(reqHeaders: IncomingHttpHeaders, status: number, extraHeaders: Record<string, string> = {}): RouteResponse {
  return { status, headers: { ...requestIdHeaders(reqHeaders, randomUUID()), ...extraHeaders } };
}

export function graphError(
  reqHeaders: IncomingHttpHeaders,
  status: number,
  code: string,
  message: string,
  extraHeaders: Record<string, string> = {},
): RouteResponse {
  const requestId = randomUUID();
  const ids = requestIdHeaders(reqHeaders, requestId);
  const body = {
    error: {
      code,
      message,
      innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': ids['client-request-id'] },
    },
  };
  return {
    status,
    headers: { 'Content-Type': GRAPH_JSON_CONTENT_TYPE, ...ids, ...extraHeaders },
    body: JSON.stringify(body),
  };
}

export type BodyResult = { ok: true; value: Record<string, unknown> } | { ok: false; response: RouteResponse };

/** Reads a JSON object body, answering 400 like Graph when it is missing or malformed. */
export function readJsonObject(reqHeaders: IncomingHttpHeaders, body: Buffer): BodyResult {
  const text = body.toString('utf8');
  if (text.trim() === '') {
    return { ok: false, response: graphError(reqHeaders, 400, 'BadRequest', 'Empty Payload. JSON content expected.') };
  }
  const parsed = tryParseJson(text);
  if (!isRecord(parsed)) {
    return { ok: false, response: graphError(reqHeaders, 400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.') };
  }
  return { ok: true, value: parsed };
}

/** Plain JSON for the emulator's own admin endpoints. */
export function adminJson(status: number, body: unknown): RouteResponse {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}
