/** The cached list-view columns on pupils, written from the records over real HTTP, and only when they change. */
import type { AttendanceMark } from '../../../../src/domain';
import { listByKey } from '../../../../src/lists';
import { PupilSummaryService } from '../../../../src/data/sp/pupils/PupilSummaryService';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const NOW = new Date('2026-11-20T10:00:00Z');
let fx: PathwaysFixture;

beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

const marksFor = (pupilId: number, codes: string[]): AttendanceMark[] =>
  codes.map((code, i) => ({
    pupilId,
    date: `2026-11-${String(16 + Math.floor(i / 2)).padStart(2, '0')}`,
    session: i % 2 === 0 ? 'AM' : 'PM',
    code,
    recordedBy: 'admin@pathways.example.org',
    recordedAt: '2026-11-16T09:10:00Z',
  }));

test('writes each pupil’s stage and PIP status, then leaves unchanged pupils alone', async () => {
  const good = await fx.addPupil('PH-S1');
  const poor = await fx.addPupil('PH-S2');
  const { attendance, pips, settings } = fx.admin.services;
  const all = [...marksFor(good.id, ['/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\']), ...marksFor(poor.id, ['/', 'O', 'O', 'I', '/', 'O', 'O', '\\', 'O', 'I'])];
  for (const date of Array.from(new Set(all.map((m) => m.date)))) {
    for (const session of ['AM', 'PM'] as const) {
      const marks = all.filter((m) => m.date === date && m.session === session);
      await attendance.saveRegister({ date, session, marks, reasons: new Map(), baseline: await attendance.register(date, session), takenBy: 'admin@pathways.example.org', at: `${date}T09:20:00Z` });
    }
  }
  const service = new PupilSummaryService(fx.admin.sp, attendance, pips, settings, () => NOW);

  const first = await service.refresh();
  expect(first).toMatchObject({ checked: 2, updated: 2, failures: [] });
  const item = (id: number): Record<string, unknown> => fx.emulator.store.item(listByKey('pupils').title, id).data;
  expect(item(good.id)).toMatchObject({ PwAttendanceStage: 'Stage 1', PwPipStatus: 'None' });
  expect(item(poor.id)).toMatchObject({ PwAttendanceStage: 'Stage 3', PwPipStatus: 'None' });

  const etagBefore = (await fx.admin.services.pupils.get(good.id)).etag;
  const second = await service.refresh();
  expect(second.updated).toBe(0);
  expect((await fx.admin.services.pupils.get(good.id)).etag).toBe(etagBefore);
});
