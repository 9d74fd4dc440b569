/** A throttled request is answered in the error shape of the service it was for, with Retry-After. */
import { DEFAULT_ADMIN } from '../../../local/emulator/store';
import { FORCE_THROTTLE_HEADER } from '../../../local/emulator/throttle';
import { createGraphPart } from '../../../local/emulator/graph';
import type { EmulatorPart } from '../../../local/emulator/contracts';
import type { RunningEmulator } from '../../../local/emulator/server';
import { rawFetch, startTestEmulator } from '../../support/emulator';

let emulator: RunningEmulator;

beforeAll(async () => {
  const bound: { graph?: EmulatorPart } = {};
  emulator = await startTestEmulator({ parts: [{ migrate: (db) => bound.graph?.migrate(db), handle: (req) => bound.graph?.handle(req) }] });
  bound.graph = createGraphPart(emulator.context, { applyThrottle: false });
  bound.graph.migrate(emulator.context.db);
});
afterAll(() => emulator.close());

const forced = { headers: { [FORCE_THROTTLE_HEADER]: '1' } };

test('Graph requests get a Graph error with Retry-After', async () => {
  const r = await rawFetch(`${emulator.origin}/graph/v1.0/me`, DEFAULT_ADMIN.email, forced);
  expect(r.status).toBe(429);
  expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(((await r.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
});

test('SharePoint requests get a SharePoint error with Retry-After', async () => {
  const r = await rawFetch(`${emulator.siteUrl}/_api/web`, DEFAULT_ADMIN.email, forced);
  expect(r.status).toBe(429);
  expect(r.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(((await r.json()) as Record<string, { code: string }>)['odata.error'].code).toMatch(/SPRequestThrottledException/);
});

test('without the switch, the same Graph request succeeds', async () => {
  const r = await rawFetch(`${emulator.origin}/graph/v1.0/me`, DEFAULT_ADMIN.email);
  expect(r.status).toBe(200);
});
