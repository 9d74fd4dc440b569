/**
 * Issue 10, item 11: a 429 or 503 inside a $batch (PnPjs does not retry parts) is retried part by part, after the
 * Retry-After, and a part that succeeded is never sent again. Over real HTTP against the emulator's injected faults.
 */
import type { AttendanceMark } from '../../../src/domain';
import { listByKey } from '../../../src/lists';
import { MAX_BATCH_BYTES, MAX_PARTS_PER_CALL, callsOf, runBatched, runBatchedAtOnce, utf8Bytes } from '../../../src/data/sp/batchRetry';
import type { SPFI } from '../../../src/data/sp/pnpSetup';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

const DATE = '2026-11-16';
const BY = 'admin@pathways.example.org';
let fx: PathwaysFixture;
const ids: number[] = [];

const marks = (code: string): AttendanceMark[] => ids.map((pupilId) => ({ pupilId, date: DATE, session: 'AM', code, recordedBy: BY, recordedAt: `${DATE}T09:10:00Z` }));

beforeAll(async () => {
  fx = await startPathwaysFixture();
  for (const ref of ['PH-B1', 'PH-B2', 'PH-B3', 'PH-B4', 'PH-B5']) ids.push((await fx.addPupil(ref)).id);
  const { attendance } = fx.admin.services;
  await attendance.saveRegister({ date: DATE, session: 'AM', marks: marks('/'), reasons: new Map(), baseline: await attendance.register(DATE, 'AM'), takenBy: BY, at: `${DATE}T09:20:00Z` });
});
afterAll(() => fx.close());

test('a register save whose batch has throttled parts saves every mark, each week item written once', async () => {
  const { attendance } = fx.admin.services;
  fx.emulator.batchFaults.inject({ skip: 1, count: 2, status: 429, retryAfterSeconds: 0 });
  const reasons = new Map(ids.map((id) => [id, 'Register corrected by the office']));
  const result = await attendance.saveRegister({ date: DATE, session: 'AM', marks: marks('L'), reasons, baseline: await attendance.register(DATE, 'AM'), takenBy: BY, at: `${DATE}T09:40:00Z` });
  expect(result.failures).toEqual([]);
  expect([...result.saved].sort()).toEqual([...ids].sort());
  expect(fx.emulator.batchFaults.pending).toBe(0);
  // Created by the first save (version 1), changed once by this one: a part that had succeeded was not re-sent.
  const weeks = fx.emulator.store.items(listByKey('attendanceWeeks').title).filter((i) => i.fsType === 0);
  expect(weeks.map((w) => w.version)).toEqual(ids.map(() => 2));
  expect(weeks.every((w) => w.data.PwMonAm === 'L')).toBe(true);
});

test('a year read whose batch has a 503 part still returns every week', async () => {
  fx.emulator.batchFaults.inject({ skip: 3, count: 1, status: 503, retryAfterSeconds: 0 });
  const year = await fx.admin.services.attendance.marksForYear('2026/27');
  expect(year.filter((m) => m.date === DATE)).toHaveLength(ids.length);
  expect(fx.emulator.batchFaults.pending).toBe(0);
});

test('waits the longest Retry-After the throttled parts asked for, and gives up after the last round', async () => {
  const waits: number[] = [];
  fx.emulator.batchFaults.inject({ count: 10, status: 429, retryAfterSeconds: 3 });
  const settings = listByKey('settings').title;
  const results = await runBatched(fx.admin.sp, [(b) => b.web.lists.getByTitle(settings).items.top(1)(), (b) => b.web.lists.getByTitle(settings).items.top(1)()], {
    maxRounds: 3,
    wait: async (ms) => void waits.push(ms),
  });
  expect(waits).toEqual([3000, 3000]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  expect(fx.emulator.batchFaults.pending).toBe(4);
  fx.emulator.batchFaults.inject({ count: 0 });
});

test('runBatchedAtOnce sends its calls of 20 together (one round trip), each answer in its job\'s place', async () => {
  const settings = listByKey('settings').title;
  await fx.admin.services.attendance.register(DATE, 'AM'); // the page has its digest by the time it reads in batches
  await runBatched(fx.admin.sp, [(b) => b.web.lists.getByTitle(settings).items.top(1)()]);
  const realFetch = globalThis.fetch;
  let inFlight = 0;
  let most = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    most = Math.max(most, ++inFlight);
    try {
      return await realFetch(input, init);
    } finally {
      inFlight -= 1;
    }
  }) as typeof fetch;
  try {
    const results = await runBatchedAtOnce(fx.admin.sp, Array.from({ length: 45 }, (_, i) => (b) => b.web.lists.getByTitle(settings).items.top(1)().then(() => i)));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : -1))).toEqual(Array.from({ length: 45 }, (_, i) => i));
  } finally {
    globalThis.fetch = realFetch;
  }
  expect(most).toBe(3);
});

describe('calls of up to 100 parts under SharePoint\'s 1 MiB body', () => {
  const countingFetch = () => {
    const realFetch = globalThis.fetch;
    const calls = { batches: 0, most: 0, inFlight: 0 };
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input instanceof Request ? input.url : input).includes('$batch')) calls.batches += 1;
      calls.most = Math.max(calls.most, ++calls.inFlight);
      try {
        return await realFetch(input, init);
      } finally {
        calls.inFlight -= 1;
      }
    }) as typeof fetch;
    return { calls, restore: () => void (globalThis.fetch = realFetch) };
  };

  test('callsOf cuts by parts and by bytes; a part too big alone goes alone', () => {
    expect(callsOf(300, MAX_PARTS_PER_CALL).map((c) => c.length)).toEqual([100, 100, 100]);
    expect(callsOf(45, 20).map((c) => c.length)).toEqual([20, 20, 5]);
    const big = callsOf(30, MAX_PARTS_PER_CALL, () => 200_000);
    expect(big.map((c) => c.length)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(callsOf(3, MAX_PARTS_PER_CALL, (i) => (i === 1 ? 2 * MAX_BATCH_BYTES : 10)).map((c) => c.length)).toEqual([1, 1, 1]);
    expect(utf8Bytes('a£€😀')).toBe(1 + 2 + 3 + 4);
  });

  test('150 reads at 100 a call: 2 HTTP calls at once, each answer in its place', async () => {
    const settings = listByKey('settings').title;
    const { calls, restore } = countingFetch();
    try {
      const results = await runBatchedAtOnce(
        fx.admin.sp,
        Array.from({ length: 150 }, (_, i) => (b) => b.web.lists.getByTitle(settings).items.top(1)().then(() => i)),
        { partsPerCall: MAX_PARTS_PER_CALL },
      );
      expect(results.map((r) => (r.status === 'fulfilled' ? r.value : -1))).toEqual(Array.from({ length: 150 }, (_, i) => i));
    } finally {
      restore();
    }
    expect(calls.batches).toBe(2);
    expect(calls.most).toBe(2);
  });

  test('writes whose bodies pass 1 MiB together are cut by their sizes and all saved (sent as one call, SharePoint refuses them)', async () => {
    const schools = listByKey('schools').title;
    const ids = Array.from({ length: 24 }, (_, i) => fx.emulator.store.addItem(schools, { Title: `Big ${i}`, PwUrn: `9${String(i).padStart(5, '0')}`, PwPhase: 'Primary' }).id);
    const address = (n: number) => `${n} `.padEnd(60_000, 'x'); // 24 × 60 KB ≈ 1.4 MB
    const write = (n: number) => ids.map((id) => (b: SPFI) => b.web.lists.getByTitle(schools).items.getById(id).update({ PwAddress: address(n) }));
    const { calls, restore } = countingFetch();
    try {
      const results = await runBatchedAtOnce(fx.admin.sp, write(1), { partsPerCall: MAX_PARTS_PER_CALL, bodyBytes: () => utf8Bytes(JSON.stringify({ PwAddress: address(1) })) });
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
      expect(calls.batches).toBe(2);
      const oneCall = await runBatchedAtOnce(fx.admin.sp, write(2), { partsPerCall: MAX_PARTS_PER_CALL });
      expect(oneCall.some((r) => r.status === 'rejected')).toBe(true); // the body guard is what keeps a call whole
    } finally {
      restore();
    }
    const saved = fx.emulator.store.items(schools).filter((i) => ids.includes(i.id));
    expect(saved.every((i) => String(i.data.PwAddress).length === 60_000)).toBe(true);
  });
});
