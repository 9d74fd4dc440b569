/**
 * The consent switch:
 *   GET  /_emulator/graph-consent                      → { denied: [...] }
 *   POST /_emulator/graph-consent { denied: ['Mail.Send'] }  replaces the denied list ({ denied: [] } grants all)
 */
import type { RouteRequest, RouteResponse } from '../contracts';
import type { ConsentStore } from './consent';
import { adminJson } from './http';
import { isRecord, tryParseJson } from './json';

export const CONSENT_PATH = '/_emulator/graph-consent';

export function handleConsent(req: RouteRequest, store: ConsentStore): RouteResponse {
  if (req.method === 'GET') return adminJson(200, { denied: store.denied() });
  if (req.method === 'POST' || req.method === 'PUT') {
    const body = tryParseJson(req.body.toString('utf8'));
    if (!isRecord(body) || !Array.isArray(body.denied) || !body.denied.every((p) => typeof p === 'string')) {
      return adminJson(400, { error: "Expected { denied: string[] }, e.g. { denied: ['Mail.Send'] }" });
    }
    store.setDenied(body.denied as string[]);
    return adminJson(200, { denied: store.denied() });
  }
  if (req.method === 'DELETE') {
    store.setDenied([]);
    return { status: 204 };
  }
  return adminJson(405, { error: `Method ${req.method} is not allowed on ${CONSENT_PATH}` });
}
