/**
 * Conformance: SharePoint can throttle single parts of a $batch (429 or 503, each with its own Retry-After) while
 * the batch answers 200 and the other parts run; PnPjs rejects just those parts and never retries them.
 */
import type { RunningEmulator } from '../../../../local/emulator/server';
import { rawFetch, spFor, startTestEmulator } from '../../../support/emulator';
import { OWNER } from './people';

const SETTINGS = 'Pathways Settings';
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

interface PartError {
  readonly status?: number;
  readonly response?: Response;
}

test('answers the chosen parts 429 with Retry-After and runs the others, once each', async () => {
  emu.batchFaults.inject({ skip: 1, count: 1, status: 429, retryAfterSeconds: 2 });
  const [batched, execute] = spFor(OWNER.email, { siteUrl: emu.siteUrl }).batched();
  // One queryable per request: PnPjs tracks a batched request on its own instance.
  const results = [1, 2, 3].map((n) => batched.web.lists.getByTitle(SETTINGS).items.add({ Title: `Part ${n}`, PwKey: `part-${n}`, PwValue: '{}' }).then(() => 'ok', (e: PartError) => e));
  await execute();
  const [first, second, third] = await Promise.all(results);
  expect(first).toBe('ok');
  expect(third).toBe('ok');
  expect((second as PartError).status).toBe(429);
  expect((second as PartError).response?.headers.get('Retry-After')).toBe('2');
  expect(emu.store.items(SETTINGS).map((i) => String(i.data.PwKey)).filter((k) => k.startsWith('part-')).sort()).toEqual(['part-1', 'part-3']);
});

test('can answer 503 instead, and is set through the admin endpoint too', async () => {
  const set = await rawFetch(`${emu.origin}/_emulator/throttle`, undefined, { method: 'POST', body: JSON.stringify({ rate: 0, batchParts: { count: 1, status: 503, retryAfterSeconds: 0 } }) });
  expect(set.status).toBe(200);
  const [batched, execute] = spFor(OWNER.email, { siteUrl: emu.siteUrl }).batched();
  const read = batched.web.lists.getByTitle(SETTINGS).items.top(1)().then(() => 'ok', (e: PartError) => e.status);
  await execute();
  await expect(read).resolves.toBe(503);
  expect(emu.batchFaults.pending).toBe(0);
});
