/**
 * PnPjs batches with the retry SharePoint's throttling guidance asks for, part by part. SharePoint can answer single
 * parts of a $batch 429 or 503 (each with a Retry-After) while the others run; PnPjs retries whole requests only,
 * never a part. runBatched sends the jobs in one PnPjs batch (20 to an HTTP call unless told more), then sends again, in a new batch,
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
  /** Parts PnPjs puts in one HTTP call (its `maxRequests`); default PnPjs's 20, at most MAX_PARTS_PER_CALL. */
  readonly partsPerCall?: number;
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
    const [batched, execute] = sp.batched(options.partsPerCall === undefined ? undefined : { maxRequests: Math.min(options.partsPerCall, MAX_PARTS_PER_CALL) });
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

/** Parts PnPjs sends in one HTTP call of a batch by default (its `maxRequests`): it sends a batch's calls one after another. */
export const PARTS_PER_CALL = 20;

/**
 * Operations SharePoint Online takes in one $batch request (pnp/pnpcore#284; PnP Core SDK's
 * MaxRequestsInSharePointRestBatch; PnPjs's maintainers in pnp/pnpjs#3207: "only 100 items in a batched request").
 */
export const MAX_PARTS_PER_CALL = 100;

/**
 * Bytes of one $batch request body SharePoint reads: 1 MiB ("The maximum number of bytes allowed to be read from the
 * stream has been exceeded … a maximum of 1048576 bytes is allowed": pnp/pnpcore#777, pnp/powershell#3436,
 * pnp/pnpjs#1356; pnp/pnpjs#3207 met 2 MiB: the stricter holds).
 */
export const MAX_BATCH_BYTES = 1_048_576;

/**
 * What one part costs in a batch body besides its own body, counted generously: boundary and changeset lines, the
 * part's headers (Content-Type, Accept, IF-Match) and its absolute request line (a list item's URL is ~200 bytes).
 */
export const PART_FRAME_BYTES = 2048;

/** HTTP calls of one wave in flight at once (a browser opens six connections to a host over HTTP/1.1). */
export const CALLS_AT_ONCE = 6;

export interface AtOnceOptions extends BatchRetryOptions {
  /** Each job's request body in bytes (UTF-8; an upper estimate), so that no call passes MAX_BATCH_BYTES. Reads need none. */
  readonly bodyBytes?: (index: number) => number;
}

/** UTF-8 bytes of a string (a body's length on the wire). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1; // the low surrogate of the pair
    } else bytes += 3;
  }
  return bytes;
}

/** The jobs' indexes cut into calls of at most `parts` parts and MAX_BATCH_BYTES (a job too big alone goes alone). */
export function callsOf(count: number, parts: number, bodyBytes: (index: number) => number = () => 0): number[][] {
  const calls: number[][] = [];
  let call: number[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const size = PART_FRAME_BYTES + bodyBytes(i);
    if (call.length > 0 && (call.length >= parts || bytes + size > MAX_BATCH_BYTES)) {
      calls.push(call);
      call = [];
      bytes = 0;
    }
    call.push(i);
    bytes += size;
  }
  if (call.length > 0) calls.push(call);
  return calls;
}

/**
 * The jobs in batches of one HTTP call each (20 parts by default, `partsPerCall` up to SharePoint's 100, never past
 * its body limit), CALLS_AT_ONCE calls in flight at a time: 39 week queries or 300 register marks cost one round trip
 * rather than calls in turn. Reads keep 20 a call (SharePoint runs a batch's parts in turn: several calls answer
 * sooner); writes pass MAX_PARTS_PER_CALL and their bodies' sizes. Each batch retries its own throttled parts
 * (runBatched). Only for jobs independent of each other: reads, or writes each to its own item (never writes whose
 * order matters).
 */
export async function runBatchedAtOnce<T>(sp: SPFI, jobs: readonly BatchedJob<T>[], options: AtOnceOptions = {}): Promise<PromiseSettledResult<T>[]> {
  const parts = Math.min(options.partsPerCall ?? PARTS_PER_CALL, MAX_PARTS_PER_CALL);
  const calls = callsOf(jobs.length, parts, options.bodyBytes);
  const results: PromiseSettledResult<T>[] = new Array<PromiseSettledResult<T>>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < calls.length) {
      const call = calls[next++];
      const settled = await runBatched(sp, call.map((i) => jobs[i]), { ...options, partsPerCall: call.length });
      settled.forEach((r, n) => (results[call[n]] = r));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CALLS_AT_ONCE, calls.length) }, worker));
  return results;
}
