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

/** A batch part whose HTTP call got no answer (dropped, timed out, refused after PnPjs's retries): it may have run. */
export class BatchNotAnswered extends Error {
  public readonly cause: unknown;

  public constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'BatchNotAnswered';
    this.cause = cause;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function runBatched<T>(sp: SPFI, jobs: readonly BatchedJob<T>[], options: BatchRetryOptions = {}): Promise<PromiseSettledResult<T>[]> {
  const maxRounds = options.maxRounds ?? 4;
  const wait = options.wait ?? sleep;
  const results: PromiseSettledResult<T>[] = jobs.map(() => ({ status: 'rejected', reason: new Error('Not sent.') }));
  let pending = jobs.map((_, i) => i);
  for (let round = 0; round < maxRounds && pending.length > 0; round++) {
    const [batched, execute] = sp.batched();
    const answered: (PromiseSettledResult<T> | undefined)[] = pending.map(() => undefined);
    const settled = pending.map((i, n) => jobs[i](batched).then(
      (value): PromiseSettledResult<T> => (answered[n] = { status: 'fulfilled', value }),
      (reason: unknown): PromiseSettledResult<T> => (answered[n] = { status: 'rejected', reason }),
    ));
    try {
      await execute();
    } catch (e) {
      // An HTTP call of the batch failed (after PnPjs's own retries). PnPjs sends a batch as calls of 20 parts in
      // turn: the parts of the calls already answered keep their outcome; the others never settle (do not wait for
      // them) and may or may not have run: BatchNotAnswered says so, for the caller to find out.
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      pending.forEach((i, n) => {
        results[i] = answered[n] ?? { status: 'rejected', reason: new BatchNotAnswered(e) };
      });
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

/** Parts PnPjs sends in one HTTP call of a batch (its `maxRequests`): it sends a batch's calls one after another. */
export const PARTS_PER_CALL = 20;

/**
 * The jobs in batches of 20 sent at once (one HTTP call each, in parallel), so that 39 week queries or 300 register
 * marks cost one round trip rather than calls in turn. Each batch retries its own throttled parts (runBatched). Only
 * for jobs independent of each other: reads, or writes each to its own item (never writes whose order matters).
 */
export async function runBatchedAtOnce<T>(sp: SPFI, jobs: readonly BatchedJob<T>[], options: BatchRetryOptions = {}): Promise<PromiseSettledResult<T>[]> {
  const chunks: BatchedJob<T>[][] = [];
  for (let i = 0; i < jobs.length; i += PARTS_PER_CALL) chunks.push(jobs.slice(i, i + PARTS_PER_CALL));
  return (await Promise.all(chunks.map((chunk) => runBatched(sp, chunk, options)))).flat();
}
