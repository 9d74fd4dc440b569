/**
 * The pool behind "Apply to all pupils now" (src/data/sp/access/repairAll.ts), with a fake clock: never more pupils in
 * hand than asked, every worker paused when SharePoint stays busy and the pupil tried again, a pupil still busy after
 * its retries reported, Cancel during a pause ends the run without another attempt.
 */
import { repairPool, type RepairOutcome, type RepairTarget } from '../../../../src/data/sp/access/repairAll';

const targets: RepairTarget[] = Array.from({ length: 10 }, (_, i) => ({ pupilId: i + 1, pupilRef: `P${i + 1}`, name: `Pupil ${i + 1}` }));
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

test('never more than the concurrency in hand; every pupil done once', async () => {
  let inHand = 0;
  let most = 0;
  const seen: number[] = [];
  const result = await repairPool(targets, async (t) => {
    inHand += 1;
    most = Math.max(most, inHand);
    await tick();
    inHand -= 1;
    seen.push(t.pupilId);
    return { kind: t.pupilId % 5 === 0 ? 'up-to-date' : 'updated' };
  });
  expect(most).toBe(3);
  expect(seen.sort((a, b) => a - b)).toEqual(targets.map((t) => t.pupilId));
  expect(result).toEqual({ updated: 8, alreadyUpToDate: 2, failures: [], notStarted: 0, cancelled: false });
});

test('a busy pupil pauses everyone and is tried again; still busy after its retries, it is reported with the reason', async () => {
  const attempts = new Map<number, number>();
  const waits: number[] = [];
  const result = await repairPool(
    targets.slice(0, 4),
    async (t): Promise<RepairOutcome> => {
      attempts.set(t.pupilId, (attempts.get(t.pupilId) ?? 0) + 1);
      await tick();
      if (t.pupilId === 2 && (attempts.get(2) ?? 0) < 2) return { kind: 'failed', reason: 'busy', message: 'busy' };
      if (t.pupilId === 4) return { kind: 'failed', reason: 'busy', message: 'still busy' };
      return { kind: 'updated' };
    },
    { concurrency: 2, busyRetries: 2, pauseMs: (n) => n * 1000, wait: async (ms) => void waits.push(ms) },
  );
  expect(attempts.get(2)).toBe(2);
  expect(attempts.get(4)).toBe(3);
  expect(waits.length).toBeGreaterThanOrEqual(3);
  expect(result.updated).toBe(3);
  expect(result.failures).toEqual([{ pupilId: 4, pupilRef: 'P4', name: 'Pupil 4', reason: 'busy', message: 'still busy' }]);
});

test('Cancel during a pause: the busy pupil is not tried again and no other starts', async () => {
  const controller = new AbortController();
  const started: number[] = [];
  const result = await repairPool(
    targets.slice(0, 5),
    async (t): Promise<RepairOutcome> => {
      started.push(t.pupilId);
      return { kind: 'failed', reason: 'busy', message: 'busy' };
    },
    { concurrency: 1, signal: controller.signal, wait: async () => controller.abort() },
  );
  expect(started).toEqual([1]);
  expect(result).toEqual({ updated: 0, alreadyUpToDate: 0, failures: [{ pupilId: 1, pupilRef: 'P1', name: 'Pupil 1', reason: 'busy', message: 'busy' }], notStarted: 4, cancelled: true });
});
