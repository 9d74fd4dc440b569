/**
 * Issue 10, item 9: after a register save, only the saved pupils' cached list-view columns are refreshed, from their
 * own records (up to 20 pupils; more are read as the cohort is, issue 18). Counted over real HTTP: requests and bytes,
 * against a site of 300 pupils with a term of attendance.
 */
import { addWeeks, type AttendanceMark } from '../../../../src/domain';
import { listByKey, WEEK_SESSION_FIELDS } from '../../../../src/lists';
import { PupilSummaryService } from '../../../../src/data/sp/pupils/PupilSummaryService';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

jest.setTimeout(120000);

const NOW = new Date('2026-11-20T10:00:00Z');
const OTHERS = 300;
const TERM_WEEKS = 11;
const FIRST_MONDAY = '2026-09-07';
let fx: PathwaysFixture;
const saved: number[] = [];

/** Requests and bytes (sent and received) while `work` runs. */
async function traffic<T>(work: () => Promise<T>): Promise<{ result: T; requests: number; bytes: number }> {
  const realFetch = globalThis.fetch;
  let requests = 0;
  let bytes = 0;
  const pending: Promise<void>[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requests += 1;
    bytes += typeof init?.body === 'string' ? Buffer.byteLength(init.body) : 0;
    const response = await realFetch(input, init);
    pending.push(response.clone().arrayBuffer().then((b) => void (bytes += b.byteLength)));
    return response;
  }) as typeof fetch;
  try {
    const result = await work();
    await Promise.all(pending);
    return { result, requests, bytes };
  } finally {
    globalThis.fetch = realFetch;
  }
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  const { store } = fx.emulator;
  store.bulkInsert(
    listByKey('pupils').title,
    Array.from({ length: OTHERS }, (_, i) => ({
      Title: `Other${i}, Pupil`, PwPupilRef: `PO-${i}`, PwFirstName: 'Pupil', PwLastName: `Other${i}`, PwDateOfBirth: '2012-01-01T00:00:00Z',
      PwYearGroup: '8', PwEnrolmentDate: '2026-09-01T00:00:00Z', PwRegistration: 'Single', PwSupportTier: 'Universal', PwSenProvision: 'N',
    })),
  );
  const others = store.items(listByKey('pupils').title).filter((i) => String(i.data.PwPupilRef).startsWith('PO-')).map((i) => i.id);
  const rows: Record<string, unknown>[] = [];
  for (const id of others) {
    for (let w = 0; w < TERM_WEEKS; w++) {
      const monday = addWeeks(FIRST_MONDAY, w);
      const row: Record<string, unknown> = { Title: `Week beginning ${monday}`, PwPupilId: id, PwWeek: monday, PwWeekKey: `${id}|${monday}`, PwAcademicYear: '2026/27' };
      for (const f of WEEK_SESSION_FIELDS) row[f] = w % 3 === 0 ? 'O' : '/';
      rows.push(row);
    }
  }
  store.bulkInsert(listByKey('attendanceWeeks').title, rows);
  for (const ref of ['PH-R1', 'PH-R2', 'PH-R3']) saved.push((await fx.addPupil(ref)).id);
  const marks: AttendanceMark[] = saved.map((pupilId) => ({ pupilId, date: '2026-11-16', session: 'AM', code: 'O', recordedBy: 'admin@pathways.example.org', recordedAt: '2026-11-16T09:10:00Z' }));
  const { attendance } = fx.admin.services;
  await attendance.saveRegister({ date: '2026-11-16', session: 'AM', marks, reasons: new Map(), baseline: await attendance.register('2026-11-16', 'AM'), takenBy: 'admin@pathways.example.org', at: '2026-11-16T09:20:00Z' });
}, 120000);
afterAll(() => fx.close());

test('refreshing the pupils a register save touched reads only their records', async () => {
  const { attendance, pips, settings } = fx.admin.services;
  await settings.get(); // read once per page in the product
  const service = new PupilSummaryService(fx.admin.sp, attendance, pips, settings, () => NOW);
  const targeted = await traffic(() => service.refresh(saved));
  expect(targeted.result).toMatchObject({ checked: 3, updated: 3, failures: [] });
  expect(fx.emulator.store.item(listByKey('pupils').title, saved[0]).data).toMatchObject({ PwAttendanceStage: 'Stage 3' });

  const everything = await traffic(() => new PupilSummaryService(fx.admin.sp, attendance, pips, settings, () => NOW).refresh());
  // Cached columns, weeks and PIPs in three batches (one HTTP call each), the writes in one: no whole-list read.
  expect(targeted.requests).toBeLessThanOrEqual(5);
  expect(targeted.bytes).toBeLessThan(everything.bytes / 20);
  expect(targeted.bytes).toBeLessThan(30000);
  process.stdout.write(`summary refresh after a 3-pupil save: ${targeted.requests} requests, ${targeted.bytes} bytes (whole refresh at ${OTHERS + 3} pupils: ${everything.requests} requests, ${everything.bytes} bytes)\n`);
});

test('refreshing a whole register (more than 20 pupils) reads as the cohort does: as many requests at 300 pupils as at 25, only theirs written', async () => {
  const { attendance, pips, settings } = fx.admin.services;
  await settings.get();
  const pupils = fx.emulator.store.items(listByKey('pupils').title).filter((i) => i.fsType === 0 && String(i.data.PwPupilRef).startsWith('PO-')).map((i) => i.id);
  const service = (): PupilSummaryService => new PupilSummaryService(fx.admin.sp, attendance, pips, settings, () => NOW);
  const some = await traffic(() => service().refresh(pupils.slice(0, 25)));
  expect(some.result).toMatchObject({ checked: 25, failures: [] });
  expect(fx.emulator.store.item(listByKey('pupils').title, pupils[0]).data).toMatchObject({ PwAttendanceStage: 'Stage 3' });
  const all = await traffic(() => service().refresh(pupils));
  expect(all.result).toMatchObject({ checked: OTHERS, failures: [] });
  // The reads are the cohort's either way; only the writes (20 to a call) grow with the pupils whose columns changed.
  expect(all.requests - Math.ceil(all.result.updated / 20)).toBeLessThanOrEqual(some.requests - Math.ceil(some.result.updated / 20));
});
