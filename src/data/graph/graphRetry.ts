/**
 * Retries a Graph call that was throttled (429) or briefly unavailable (503, 504), waiting as long as the
 * Retry-After header says (Graph's guidance), else a growing delay. Other answers are not retried: a 4xx will
 * not change by trying again, and a 5xx after a POST may mean it was done.
 */
import { graphFailureOf } from './graphErrors';

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  readonly attempts?: number;
  /** Waits; injected so tests need not. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Delay when there is no Retry-After, doubled each time. Default 2 s. */
  readonly baseDelayMs?: number;
  /** Longest wait the user is kept waiting for. Default 30 s. */
  readonly maxDelayMs?: number;
}

export interface Attempted<T> {
  readonly value: T;
  readonly attempts: number;
}

/** Thrown when every attempt failed: the last error and how many attempts were made. */
export class RetriesExhausted extends Error {
  public constructor(
    public readonly cause: unknown,
    public readonly attempts: number,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'RetriesExhausted';
  }
}

const RETRYABLE = new Set([429, 503, 504]);
const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function withGraphRetry<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<Attempted<T>> {
  const attempts = Math.max(1, options.attempts ?? 3);
  const sleep = options.sleep ?? defaultSleep;
  const base = options.baseDelayMs ?? 2000;
  const max = options.maxDelayMs ?? 30000;
  for (let n = 1; ; n++) {
    try {
      return { value: await call(), attempts: n };
    } catch (e) {
      const f = graphFailureOf(e);
      if (!f || !RETRYABLE.has(f.status) || n >= attempts) throw new RetriesExhausted(e, n);
      const wait = f.retryAfterSeconds !== undefined ? f.retryAfterSeconds * 1000 : base * 2 ** (n - 1);
      await sleep(Math.min(wait, max));
    }
  }
}
