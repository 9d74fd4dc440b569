/**
 * PnPjs batches with the retry SharePoint's throttling guidance asks for, part by part. SharePoint can answer single
 * parts of a $batch 429 or 503 (each with a Retry-After) while the others run; PnPjs retries whole requests only,
 * never a part. runBatched sends the jobs in one PnPjs batch (20 to an HTTP call), then sends again, in a new batch,
 * only the parts throttled so, after the longest Retry-After they gave; a part that succeeded is never sent twice.
 */
import type { SPFI } from './pnpSetup';

/** One request to put in the batch: it must build its request from the batched SPFI it is given. */
export type BatchedJob<T> = (batched: SPFI) => Promise<T>;

export interface BatchRetryOptions {
  /** Batches in all (the first and its retries); default 4. */
  readonly maxRounds?: number;
  /** Waits between rounds (tests pass a fake clock); default setTimeout. */
  readonly wait?: (ms: number) => Promise<void>;
}

const DEFAULT_WAIT_MS = 1000;
const MAX_WAIT_MS = 60000;

interface HttpLike {
  readonly status?: number;
  readonly response?: { readonly headers?: { get(name: string): string | null } };
}

/** The wait a throttled part asked for (ms), or undefined when the failure is not throttling. */
export function throttledWait(e: unknown): number | undefined {
  const err = (typeof e === 'object' && e !== null ? e : {}) as HttpLike;
  if (err.status !== 429 && err.status !== 503) return undefined;
  const header = err.response?.headers?.get('Retry-After');
  const seconds = header === null || header === undefined ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_WAIT_MS) : DEFAULT_WAIT_MS;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function runBatched<T>(sp: SPFI, jobs: readonly BatchedJob<T>[], options: BatchRetryOptions = {}): Promise<PromiseSettledResult<T>[]> {
  const maxRounds = options.maxRounds ?? 4;
  const wait = options.wait ?? sleep;
  const results: PromiseSettledResult<T>[] = jobs.map(() => ({ status: 'rejected', reason: new Error('Not sent.') }));
  let pending = jobs.map((_, i) => i);
  for (let round = 0; round < maxRounds && pending.length > 0; round++) {
    const [batched, execute] = sp.batched();
    const settled = pending.map((i) => jobs[i](batched).then(
      (value): PromiseSettledResult<T> => ({ status: 'fulfilled', value }),
      (reason: unknown): PromiseSettledResult<T> => ({ status: 'rejected', reason }),
    ));
    try {
      await execute();
    } catch (e) {
      // The batch request itself failed (after PnPjs's own retries): nothing in it can be known to have run.
      for (const i of pending) results[i] = { status: 'rejected', reason: e };
      await Promise.all(settled);
      return results;
    }
    const outcomes = await Promise.all(settled);
    const again: number[] = [];
    let longest = 0;
    outcomes.forEach((outcome, n) => {
      const i = pending[n];
      results[i] = outcome;
      const ms = outcome.status === 'rejected' ? throttledWait(outcome.reason) : undefined;
      if (ms !== undefined) {
        again.push(i);
        longest = Math.max(longest, ms);
      }
    });
    pending = again;
    if (pending.length > 0 && round + 1 < maxRounds) await wait(longest);
  }
  return results;
}
