/** Reads the Outbox admin API in tests. */
import type { OutboxRecord } from '../../../../../local/emulator/graph/outbox/outboxTypes';
import type { Harness } from './harness';

export async function outbox(h: Harness, query = ''): Promise<OutboxRecord[]> {
  const res = await h.raw(`/_emulator/outbox${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as OutboxRecord[];
}

export async function clearOutbox(h: Harness): Promise<void> {
  const res = await h.raw('/_emulator/outbox', { method: 'DELETE' });
  expect(res.status).toBe(204);
}
