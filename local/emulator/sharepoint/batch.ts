import { randomUUID } from 'crypto';
import { STATUS_CODES } from 'http';
import type { RouteResponse } from '../contracts';

/** One request inside a $batch body. */
export interface BatchPart {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

function splitHeaders(block: string): { headers: Record<string, string>; rest: string } {
  const end = block.indexOf('\n\n');
  const head = end < 0 ? block : block.slice(0, end);
  const rest = end < 0 ? '' : block.slice(end + 2);
  const headers: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, rest };
}

function partsOf(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const pieces = body.split(delimiter);
  const out: string[] = [];
  // pieces[0] is the preamble; a piece starting with '--' follows the closing delimiter.
  for (const piece of pieces.slice(1)) {
    if (piece.startsWith('--')) break;
    out.push(piece.replace(/^[ \t]*\n/, ''));
  }
  return out;
}

function parseHttpPart(text: string): BatchPart | undefined {
  const { rest } = splitHeaders(text); // Content-Type: application/http, Content-Transfer-Encoding: binary
  const lines = rest.replace(/^\n+/, '');
  const nl = lines.indexOf('\n');
  const requestLine = (nl < 0 ? lines : lines.slice(0, nl)).trim();
  const m = /^([A-Z]+)\s+(.+?)(?:\s+HTTP\/[\d.]+)?$/i.exec(requestLine);
  if (!m) return undefined;
  const { headers, rest: body } = splitHeaders(nl < 0 ? '' : lines.slice(nl + 1));
  return { method: m[1].toUpperCase(), url: m[2], headers, body: body.trim() };
}

/** Parses a multipart/mixed $batch body (LF or CRLF), flattening changesets, in order. */
export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new Error('The $batch request has no multipart boundary.');
  const text = body.replace(/\r\n/g, '\n');
  const out: BatchPart[] = [];
  for (const part of partsOf(text, boundary)) {
    const { headers, rest } = splitHeaders(part);
    const inner = boundaryOf(headers['content-type']);
    if (/multipart\/mixed/i.test(headers['content-type'] ?? '') && inner) {
      for (const sub of partsOf(rest, inner)) {
        const p = parseHttpPart(sub);
        if (p) out.push(p);
      }
    } else {
      const p = parseHttpPart(part);
      if (p) out.push(p);
    }
  }
  return out;
}

/**
 * SharePoint's $batch response: flat --batchresponse_<guid> parts (no changeset nesting), each an
 * application/http message with a reason phrase on its status line; the closing boundary ends with a newline.
 */
export function buildBatchResponse(responses: readonly RouteResponse[]): RouteResponse {
  const boundary = `batchresponse_${randomUUID()}`;
  const lines: string[] = [];
  for (const r of responses) {
    lines.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`HTTP/1.1 ${r.status} ${r.statusText ?? STATUS_CODES[r.status] ?? 'Unknown'}`);
    const headers: Record<string, string> = { ...(r.headers ?? {}) };
    if (r.status !== 204 && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['CONTENT-TYPE'] = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
    }
    for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
    lines.push('');
    const body = r.body === undefined ? '' : r.body.toString();
    lines.push(body);
  }
  lines.push(`--${boundary}--`, '');
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: lines.join('\n') };
}
