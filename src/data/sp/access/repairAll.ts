/**
 * "Apply to all pupils now" (Settings) and "Repair all" (Site setup's check): one sharing-setting change applied to
 * every pupil out of date, a few pupils at a time. SharePoint's throttling guidance asks a client to limit how much it
 * sends at once and to wait as told: each pupil's own requests already retry what SharePoint throttled after its
 * Retry-After (PnPjs for a whole request, runBatched for a part of a batch); a pupil that still ends "busy" makes
 * every worker pause before anyone is started again, and is tried again (twice at most) before it is reported.
 *
 * Cancel stops new pupils from starting; the ones in hand finish whole (their permissions and their record of
 * them). Resumable: a pupil is skipped when its recorded settings already match (the caller's repairOne says so),
 * so running it again finishes what a cancelled or failed run left.
 */
import type { HomeSchoolAccess, RepairAllFailure, RepairAllProgress } from '../../ports';

export interface RepairTarget {
  readonly pupilId: number;
  readonly pupilRef: string;
  readonly name: string;
}

export type RepairOutcome =
  | { readonly kind: 'updated' }
  | { readonly kind: 'up-to-date' }
  | { readonly kind: 'failed'; readonly reason: NonNullable<HomeSchoolAccess['reason']>; readonly message: string };

export interface RepairPoolOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RepairAllProgress) => void;
  /** Pupils in hand at once; default 3. */
  readonly concurrency?: number;
  /** Further attempts of a pupil SharePoint was too busy for; default 2. */
  readonly busyRetries?: number;
  /** The pause before trying a busy pupil again, by attempt (1, 2, …), in ms; default 10 s, 20 s, … */
  readonly pauseMs?: (attempt: number) => number;
  /** Waits (tests pass a fake clock); default setTimeout, ended early by Cancel. */
  readonly wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RepairPoolResult {
  readonly updated: number;
  readonly alreadyUpToDate: number;
  readonly failures: RepairAllFailure[];
  readonly notStarted: number;
  readonly cancelled: boolean;
}

export const DEFAULT_CONCURRENCY = 3;

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done);
  });

export async function repairPool(
  targets: readonly RepairTarget[],
  repairOne: (target: RepairTarget) => Promise<RepairOutcome>,
  options: RepairPoolOptions = {},
): Promise<RepairPoolResult> {
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const busyRetries = options.busyRetries ?? 2;
  const pauseMs = options.pauseMs ?? ((attempt: number) => attempt * 10000);
  const wait = options.wait ?? sleep;
  const failures: RepairAllFailure[] = [];
  let updated = 0;
  let alreadyUpToDate = 0;
  let next = 0;
  let done = 0;
  let current: string | undefined;
  /** When SharePoint asked to wait: no pupil starts, or is tried again, before this (ms since the epoch). */
  let pausedUntil = 0;
  /** No pupil may change permissions here (only Leadership or a site owner can): the others would fail alike. */
  let stopped = false;
  const aborted = (): boolean => options.signal?.aborted === true;
  const stop = (): boolean => stopped || aborted();
  const report = (waitingSeconds?: number): void =>
    options.onProgress?.({ done, of: targets.length, ...(current ? { current } : {}), ...(waitingSeconds ? { waitingSeconds } : {}) });

  const waitForPause = async (): Promise<void> => {
    const ms = pausedUntil - Date.now();
    if (ms <= 0) return;
    report(Math.ceil(ms / 1000));
    await wait(ms, options.signal);
  };

  const one = async (target: RepairTarget): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      let outcome: RepairOutcome;
      try {
        outcome = await repairOne(target);
      } catch (e) {
        outcome = { kind: 'failed', reason: 'failed', message: e instanceof Error ? e.message : String(e) };
      }
      if (outcome.kind === 'updated') updated += 1;
      else if (outcome.kind === 'up-to-date') alreadyUpToDate += 1;
      else if (outcome.reason === 'busy' && attempt < busyRetries && !aborted()) {
        pausedUntil = Math.max(pausedUntil, Date.now() + pauseMs(attempt + 1));
        await waitForPause();
        if (!aborted()) continue;
        failures.push({ ...target, reason: 'busy', message: outcome.message });
      } else {
        if (outcome.reason === 'needs-leadership') stopped = true;
        failures.push({ ...target, reason: outcome.reason, message: outcome.message });
      }
      return;
    }
  };

  const worker = async (): Promise<void> => {
    while (!stop() && next < targets.length) {
      await waitForPause();
      if (stop()) return;
      const target = targets[next++];
      current = target.name;
      report();
      await one(target);
      done += 1;
      report();
    }
  };

  report();
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, worker));
  return { updated, alreadyUpToDate, failures, notStarted: targets.length - next, cancelled: aborted() };
}
