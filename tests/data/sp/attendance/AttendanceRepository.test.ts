/**
 * The attendance repository against the emulator over real HTTP: one batch per register, concurrent edits,
 * partial failures, retries without duplicates, and queries that stay under the list view threshold.
 */
import type { AttendanceMark } from '../../../../src/domain';
import type { Saved } from '../../../../src/data/ports';
import type { Pupil } from '../../../../src/domain';
import { listByKey } from '../../../../src/lists';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { connectAs } from '../../../../local/seed/localConnection';
import { SITE_PATH } from '../../../support/emulator';

const ADMIN = 'admin@pathways.example.org';
const OFFICER = 'officer@pathways.example.org';
const MONDAY = '2026-11-16';
let fx: PathwaysFixture;
let pupils: Saved<Pupil>[];

const mark = (pupilId: number, code: string, date = MONDAY, session: 'AM' | 'PM' = 'AM', by = ADMIN): AttendanceMark => ({
  pupilId, date, session, code, recordedBy: by, recordedAt: `${date}T09:10:00Z`,
});

async function save(email: string, marks: AttendanceMark[], opts: { date?: string; session?: 'AM' | 'PM'; reasons?: Map<number, string>; overwrite?: Set<number> } = {}) {
  const repo = fx.as(email).services.attendance;
  const date = opts.date ?? MONDAY;
  const session = opts.session ?? 'AM';
  return repo.saveRegister({
    date, session, marks, reasons: opts.reasons ?? new Map(), baseline: await repo.register(date, session),
    takenBy: email, at: `${date}T09:20:00Z`, ...(opts.overwrite ? { overwrite: opts.overwrite } : {}),
  });
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(OFFICER, 'owners');
  pupils = [];
  for (let i = 1; i <= 60; i++) pupils.push(await fx.addPupil(`PH-${String(i).padStart(4, '0')}`));
}, 120000);
afterAll(() => fx.close());

test('a 60-pupil register is saved in one HTTP call of 60 writes (SharePoint takes up to 100 in a $batch)', async () => {
  const marks = pupils.map((p) => mark(p.id, '/'));
  const { result, requests } = await fx.countRequests(() => save(ADMIN, marks));
  expect(result.saved).toHaveLength(60);
  expect(result.failures).toEqual([]);
  expect(requests.filter((r) => r.startsWith('POST') && r.includes('$batch'))).toHaveLength(1);
  const reread = await fx.admin.services.attendance.register(MONDAY, 'AM');
  expect(reread.entries.filter((e) => e.mark?.code === '/')).toHaveLength(60);
  expect(reread.takenBy).toBe(ADMIN);
});

test("the morning's and afternoon's registers asked at once share one read of the week; a later ask reads afresh", async () => {
  const repo = fx.as(ADMIN).services.attendance;
  const weekReads = (requests: string[]): number => requests.filter((r) => decodeURIComponent(r).includes("getByTitle('Pathways Attendance')/items")).length;
  const both = await fx.countRequests(() => Promise.all([repo.register(MONDAY, 'AM'), repo.register(MONDAY, 'PM')]));
  expect(weekReads(both.requests)).toBe(1);
  const [am, pm] = both.result;
  expect([am.session, pm.session]).toEqual(['AM', 'PM']);
  expect(am.entries.filter((e) => e.mark?.code === '/')).toHaveLength(60);
  expect(pm.entries.filter((e) => e.mark)).toHaveLength(0);
  await save(ADMIN, [mark(pupils[5].id, '/', MONDAY, 'PM')], { session: 'PM' });
  const later = await fx.countRequests(() => repo.register(MONDAY, 'PM'));
  expect(weekReads(later.requests)).toBe(1);
  expect(later.result.entries.filter((e) => e.mark).map((e) => e.pupilId)).toEqual([pupils[5].id]);
});

test('changing a saved mark needs a reason, and keeps the original code in the amendment trail', async () => {
  const p = pupils[0];
  const refused = await save(ADMIN, [mark(p.id, 'I')]);
  expect(refused.saved).toEqual([]);
  expect(refused.failures[0].message).toMatch(/reason/i);
  const ok = await save(ADMIN, [mark(p.id, 'I')], { reasons: new Map([[p.id, 'Parent rang at 10:15: unwell']]) });
  expect(ok.saved).toEqual([p.id]);
  const trail = await fx.admin.services.attendance.amendmentsForPupil(p.id);
  expect(trail).toEqual([expect.objectContaining({ originalCode: '/', newCode: 'I', reason: 'Parent rang at 10:15: unwell', amendedBy: ADMIN })]);
});

test('two people on one register: the second is told which mark changed underneath, and nothing is overwritten', async () => {
  const [a, b] = [pupils[1], pupils[2]];
  const tuesday = '2026-11-17';
  await save(ADMIN, [mark(a.id, '/', tuesday), mark(b.id, '/', tuesday)], { date: tuesday });
  const mine = fx.as(OFFICER).services.attendance;
  const baseline = await mine.register(tuesday, 'AM');
  await save(ADMIN, [mark(a.id, 'M', tuesday)], { date: tuesday, reasons: new Map([[a.id, 'Dentist letter']]) });
  const result = await mine.saveRegister({
    date: tuesday, session: 'AM', baseline, takenBy: OFFICER, at: `${tuesday}T09:40:00Z`,
    marks: [mark(a.id, 'O', tuesday, 'AM', OFFICER), mark(b.id, 'L', tuesday, 'AM', OFFICER)],
    reasons: new Map([[a.id, 'No contact'], [b.id, 'Arrived 09:12']]),
  });
  expect(result.saved).toEqual([b.id]);
  expect(result.conflicts).toEqual([expect.objectContaining({ pupilId: a.id, mine: expect.objectContaining({ code: 'O' }), theirs: expect.objectContaining({ code: 'M' }) })]);
  expect((await fx.admin.services.attendance.register(tuesday, 'AM')).entries.find((e) => e.pupilId === a.id)?.mark?.code).toBe('M');

  const keepMine = await mine.saveRegister({
    date: tuesday, session: 'AM', baseline: result.snapshot, takenBy: OFFICER, at: `${tuesday}T09:45:00Z`,
    marks: [mark(a.id, 'O', tuesday, 'AM', OFFICER)], reasons: new Map([[a.id, 'No contact; dentist letter was for another day']]), overwrite: new Set([a.id]),
  });
  expect(keepMine.saved).toEqual([a.id]);
  expect((await fx.admin.services.attendance.register(tuesday, 'AM')).entries.find((e) => e.pupilId === a.id)?.mark?.code).toBe('O');
});

test('a register carried over from an earlier page (sent later from this device) never overwrites marks saved meanwhile', async () => {
  const [a, b, c] = [pupils[10], pupils[11], pupils[12]];
  const thursday = '2026-11-19';
  await save(ADMIN, [mark(a.id, '/', thursday), mark(c.id, '/', thursday)], { date: thursday });
  // The register as it was loaded before the connection went: plain data (as stored in the browser), no ETags.
  const loaded = JSON.parse(JSON.stringify(await fx.as(OFFICER).services.attendance.register(thursday, 'AM'))) as { entries: { pupilId: number; mark?: AttendanceMark }[] };
  const baseline = { date: thursday, session: 'AM' as const, entries: loaded.entries };
  // Meanwhile someone else changes a's mark and c's.
  await save(ADMIN, [mark(a.id, 'M', thursday), mark(c.id, 'L', thursday)], { date: thursday, reasons: new Map([[a.id, 'Dentist letter'], [c.id, 'Arrived 09:20']]) });
  const result = await fx.as(OFFICER).services.attendance.saveRegister({
    date: thursday, session: 'AM', baseline, takenBy: OFFICER, at: `${thursday}T09:40:00Z`,
    // a changed offline (conflict), b new, c untouched on that page (its old mark sent as shown).
    marks: [mark(a.id, 'O', thursday, 'AM', OFFICER), mark(b.id, '/', thursday, 'AM', OFFICER), mark(c.id, '/', thursday)],
    reasons: new Map([[a.id, 'No contact']]),
  });
  expect(result.saved).toEqual([b.id]);
  expect(result.unchanged).toEqual([c.id]);
  expect(result.conflicts).toEqual([expect.objectContaining({ pupilId: a.id, mine: expect.objectContaining({ code: 'O' }), theirs: expect.objectContaining({ code: 'M' }) })]);
  const stored = (await fx.admin.services.attendance.register(thursday, 'AM')).entries;
  expect(stored.find((e) => e.pupilId === a.id)?.mark?.code).toBe('M');
  expect(stored.find((e) => e.pupilId === c.id)?.mark?.code).toBe('L');

  // Sent again after the first answer was lost: what is stored is found, nothing is written twice.
  const again = await fx.as(OFFICER).services.attendance.saveRegister({
    date: thursday, session: 'AM', baseline, takenBy: OFFICER, at: `${thursday}T09:40:00Z`, marks: [mark(b.id, '/', thursday, 'AM', OFFICER)], reasons: new Map(),
  });
  expect(again.saved).toEqual([]);
  expect(again.unchanged).toEqual([b.id]);
});

test('a changed mark sent again (same save) has exactly one amendment: never a second, and made good when only the mark was stored', async () => {
  const p = pupils[13];
  const friday = '2026-11-20';
  await save(ADMIN, [mark(p.id, '/', friday)], { date: friday });
  const loaded = JSON.parse(JSON.stringify(await fx.as(OFFICER).services.attendance.register(friday, 'AM'))) as { entries: { pupilId: number; mark?: AttendanceMark }[] };
  const request = {
    date: friday, session: 'AM' as const, baseline: { date: friday, session: 'AM' as const, entries: loaded.entries }, takenBy: OFFICER, at: `${friday}T09:40:00Z`,
    marks: [mark(p.id, 'I', friday, 'AM', OFFICER)], reasons: new Map([[p.id, 'Parent rang: unwell']]),
  };
  const trail = async () => (await fx.admin.services.attendance.amendmentsForPupil(p.id)).filter((a) => a.date === friday);
  expect((await fx.as(OFFICER).services.attendance.saveRegister(request)).saved).toEqual([p.id]);
  expect(await trail()).toHaveLength(1);
  const again = await fx.as(OFFICER).services.attendance.saveRegister(request);
  expect([again.unchanged, again.failures]).toEqual([[p.id], []]);
  expect(await trail()).toHaveLength(1);
  // The mark was stored but its amendment was not (the connection went in between): sending again writes it once.
  const stored = fx.emulator.store.items(listByKey('attendanceAmendments').title).filter((i) => i.fsType === 0 && Number(i.data.PwPupilId) === p.id);
  for (const item of stored) await fx.admin.sp.web.lists.getByTitle(listByKey('attendanceAmendments').title).items.getById(item.id).delete();
  expect(await trail()).toHaveLength(0);
  expect((await fx.as(OFFICER).services.attendance.saveRegister(request)).failures).toEqual([]);
  expect(await trail()).toEqual([expect.objectContaining({ originalCode: '/', newCode: 'I', reason: 'Parent rang: unwell', amendedBy: OFFICER })]);
});

test('a save over a week changed in another session retries by itself and keeps both sessions', async () => {
  const p = pupils[3];
  const wednesday = '2026-11-18';
  const amBaseline = await fx.as(OFFICER).services.attendance.register(wednesday, 'AM');
  await save(ADMIN, [mark(p.id, '\\', wednesday, 'PM')], { date: wednesday, session: 'PM' });
  await save(ADMIN, [mark(p.id, '/', wednesday, 'AM')], { date: wednesday });
  const result = await fx.as(OFFICER).services.attendance.saveRegister({
    date: wednesday, session: 'AM', baseline: amBaseline, takenBy: OFFICER, at: `${wednesday}T09:30:00Z`,
    marks: [mark(pupils[4].id, '/', wednesday, 'AM', OFFICER)], reasons: new Map(),
  });
  expect(result.saved).toEqual([pupils[4].id]);
  const marks = await fx.admin.services.attendance.marksForPupil(p.id, wednesday, wednesday);
  expect(marks.map((m) => `${m.session}${m.code}`).sort()).toEqual(['AM/', 'PM\\']);
});

test("several pupils' marks within dates in one batched HTTP request", async () => {
  const wednesday = '2026-11-18';
  const { result, requests } = await fx.countRequests(() => fx.admin.services.attendance.marksForPupils([pupils[3].id, pupils[4].id, pupils[3].id], wednesday, wednesday));
  expect(result.map((m) => `${m.pupilId === pupils[3].id ? 'p3' : 'p4'} ${m.session}${m.code}`).sort()).toEqual(['p3 AM/', 'p3 PM\\', 'p4 AM/']);
  expect(requests).toHaveLength(1);
  expect(requests[0]).toContain('$batch');
});

test("the week view's marks: the whole week (every day and session) in one indexed query, nothing of the weeks either side", async () => {
  await save(ADMIN, [mark(pupils[8].id, 'I', '2026-11-13', 'PM')], { date: '2026-11-13', session: 'PM' }); // the Friday before
  const { result, requests } = await fx.countRequests(() => fx.admin.services.attendance.marksForWeek(MONDAY));
  expect(requests).toHaveLength(1);
  expect(decodeURIComponent(requests[0]).replace(/\+/g, ' ')).toContain("PwWeek eq '2026-11-16'");
  expect(result.every((m) => m.date >= MONDAY && m.date <= '2026-11-22')).toBe(true);
  // Monday's 60 morning marks and the midweek ones saved above are all there.
  expect(result.filter((m) => m.date === MONDAY && m.session === 'AM')).toHaveLength(60);
  expect(new Set(result.map((m) => m.date)).size).toBeGreaterThan(1);
});

test('a bad mark fails on its own while the rest of the register saves', async () => {
  const thursday = '2026-11-19';
  const result = await save(ADMIN, [mark(pupils[5].id, '/', thursday), mark(pupils[6].id, 'QQ', thursday), mark(999999, '/', thursday)], { date: thursday });
  expect(result.saved).toEqual([pupils[5].id]);
  expect(result.failures.map((f) => f.pupilId).sort()).toEqual([pupils[6].id, 999999].sort());
  expect(result.failures.find((f) => f.pupilId === pupils[6].id)?.message).toMatch(/not an attendance code/);
});

test('sending a register again does not duplicate a week', async () => {
  const friday = '2026-11-20';
  const p = pupils[7];
  const stale = await fx.admin.services.attendance.register(friday, 'AM');
  await save(OFFICER, [mark(p.id, '/', friday, 'AM', OFFICER)], { date: friday });
  const again = await fx.admin.services.attendance.saveRegister({
    date: friday, session: 'AM', baseline: stale, takenBy: ADMIN, at: `${friday}T09:25:00Z`, marks: [mark(p.id, '/', friday)], reasons: new Map(),
  });
  expect(again.saved).toEqual([p.id]);
  const weeks = listByKey('attendanceWeeks');
  const items = fx.emulator.store.items(weeks.title).filter((i) => i.data.PwWeekKey === `${p.id}|${MONDAY}`);
  expect(items).toHaveLength(1);
});

test('a register ahead of today saves only what is known ahead, with its reason, and nothing else', async () => {
  // The clock says Friday 20/11/2026; the register is for Wednesday 25/11/2026.
  const repo = connectAs(fx.emulator.origin, SITE_PATH, ADMIN, ADMIN, new Date('2026-11-20T10:00:00Z')).services.attendance;
  const date = '2026-11-25';
  const [a, b, c] = pupils.slice(40, 43);
  const result = await repo.saveRegister({
    date,
    session: 'AM',
    marks: [mark(a.id, '/', date), { ...mark(b.id, '#', date), note: 'INSET day' }, mark(c.id, 'C2', date)],
    reasons: new Map(),
    baseline: await repo.register(date, 'AM'),
    takenBy: ADMIN,
    at: '2026-11-20T10:00:00Z',
  });
  expect(result.saved).toEqual([b.id]);
  expect(result.failures).toEqual([
    { pupilId: a.id, message: expect.stringMatching(/^25\/11\/2026 has not happened yet/) },
    { pupilId: c.id, message: expect.stringMatching(/^Say why C2 is known ahead/) },
  ]);
  const reread = await repo.register(date, 'AM');
  expect(reread.entries.filter((e) => e.mark).map((e) => [e.pupilId, e.mark?.code, e.mark?.note])).toEqual([[b.id, '#', 'INSET day']]);
});
