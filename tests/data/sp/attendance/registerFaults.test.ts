/**
 * A register save that loses SharePoint part-way (issue 16): the product reports exactly what was stored. A 130-pupil
 * register goes in two $batch calls (100 writes, SharePoint's most in one, and 30), sent at once; here one call is carried out but its answer never arrives
 * (the connection drops, on every attempt PnPjs makes), or the connection is gone for the other call and everything
 * after. What SharePoint stored is found out before anything is said.
 */
import type { AttendanceMark, Pupil } from '../../../../src/domain';
import type { Saved } from '../../../../src/data/ports';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const ADMIN = 'admin@pathways.example.org';
let fx: PathwaysFixture;
let pupils: Saved<Pupil>[];
/** More than one $batch call's 100 writes. */
const PUPILS = 130;

const mark = (pupilId: number, code: string, date: string): AttendanceMark => ({
  pupilId, date, session: 'AM', code, recordedBy: ADMIN, recordedAt: `${date}T09:10:00Z`,
});

beforeAll(async () => {
  fx = await startPathwaysFixture();
  pupils = [];
  for (let i = 1; i <= PUPILS; i++) pupils.push(await fx.addPupil(`PH-K${String(i).padStart(3, '0')}`));
}, 300000);
afterAll(() => fx.close());

async function saveAll(date: string) {
  const repo = fx.admin.services.attendance;
  return repo.saveRegister({
    date, session: 'AM', marks: pupils.map((p) => mark(p.id, '/', date)), reasons: new Map(),
    baseline: await repo.register(date, 'AM'), takenBy: ADMIN, at: `${date}T09:20:00Z`,
  });
}

const storedOn = async (date: string): Promise<number> =>
  (await fx.admin.services.attendance.register(date, 'AM')).entries.filter((e) => e.mark?.code === '/').length;

test('the second batch call is stored but its answer is lost: all 130 reported saved, none failed', async () => {
  fx.emulator.lostAnswers.inject({ method: 'POST', path: '$batch', skip: 1, count: 4, mode: 'drop' });
  const result = await saveAll('2026-11-18');
  fx.emulator.lostAnswers.inject({ count: 0 });
  expect(await storedOn('2026-11-18')).toBe(PUPILS);
  expect(result.failures).toEqual([]);
  expect([...result.saved].sort((a, b) => a - b)).toEqual(pupils.map((p) => p.id).sort((a, b) => a - b));
}, 60000);

test('SharePoint gone for all but the first batch call: the person is told 100 of 130 were saved and the other 30 may or may not have been, nothing claimed wrongly', async () => {
  const realFetch = globalThis.fetch;
  let batches = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith('/_api/$batch') && (init?.method ?? 'GET') === 'POST' && String(init?.body ?? '').includes('PwWeekKey')) batches += 1;
    // The first call of the marks reaches SharePoint; from the second on, the connection is gone.
    if (batches >= 2) throw new TypeError('fetch failed');
    return realFetch(input, init);
  }) as typeof fetch;
  let outcome: unknown;
  try {
    outcome = await saveAll('2026-11-19').then((r) => ({ result: r }), (e: unknown) => ({ error: e }));
  } finally {
    globalThis.fetch = realFetch;
  }
  const stored = await storedOn('2026-11-19');
  expect(stored).toBe(100);
  const { error } = outcome as { error?: { kind?: string; message?: string } };
  expect(error).toMatchObject({ kind: 'unknown-outcome' });
  expect(error?.message).toMatch(/^SharePoint stopped answering during the save: 100 of 130 marks were saved; the other 30 may or may not have been\. Your marks are kept on this device/);
  expect(error?.message).not.toMatch(/fetch failed/);
}, 60000);
