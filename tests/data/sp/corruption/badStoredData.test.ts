/**
 * Bad stored data: every column of the attendance list and of the pupils list is damaged in turn at the store (as a
 * hand edit or a column change would leave it: text in a date or number column, a choice outside the list, broken
 * JSON, an empty required value) and every repository read the views make of them is run. Nothing throws, each
 * damaged value is reported as a problem naming the list, the item and the column, and nothing else is hidden.
 */
import type { AttendanceMark, Pupil } from '../../../../src/domain';
import type { Saved } from '../../../../src/data/ports';
import type { RecordValidationError } from '../../../../src/data/errors';
import { listByKey, WEEK_SESSION_FIELDS } from '../../../../src/lists';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { damagesFor, storeKey, type StoredDamage } from '../../../support/storedDamage';

const ADMIN = 'admin@pathways.example.org';
const MONDAY = '2026-11-16';
const WEEKS = listByKey('attendanceWeeks');
const PUPILS = listByKey('pupils');
let fx: PathwaysFixture;
let damaged: Saved<Pupil>;
let healthy: Saved<Pupil>;

const mark = (pupilId: number, code: string, session: 'AM' | 'PM'): AttendanceMark => ({ pupilId, date: MONDAY, session, code, recordedBy: ADMIN, recordedAt: `${MONDAY}T09:10:00Z` });

beforeAll(async () => {
  fx = await startPathwaysFixture();
  damaged = await fx.addPupil('PH-C001');
  healthy = await fx.addPupil('PH-C002');
  const repo = fx.admin.services.attendance;
  for (const session of ['AM', 'PM'] as const) {
    await repo.saveRegister({
      date: MONDAY, session, marks: [mark(damaged.id, '/', session), mark(healthy.id, '\\', session)], reasons: new Map(),
      baseline: await repo.register(MONDAY, session), takenBy: ADMIN, at: `${MONDAY}T09:20:00Z`,
    });
  }
}, 60000);
afterAll(() => fx.close());

const names = (problems: readonly RecordValidationError[] | undefined): string[] => (problems ?? []).map((p) => `${p.list}|${p.itemId ?? ''}|${p.field}`);

describe('the attendance list, each column damaged in turn', () => {
  const columns = WEEKS.fields.filter((f) => !['PwWeekKey', 'PwAcademicYear'].includes(f.internalName));
  /** The shared damages of each column (tests/support/storedDamage), and what only this list can hold wrong. */
  const special = (name: string): StoredDamage | undefined =>
    name === 'PwWeek' ? { value: 'next week', why: 'not a Monday' } : WEEK_SESSION_FIELDS.includes(name as never) ? { value: 'QQ', why: 'a code outside 2024' } : undefined;
  const damages = columns.flatMap((f) => [...(special(f.internalName) ? [special(f.internalName) as StoredDamage] : []), ...damagesFor(f)].map((d) => [f.internalName, d.why, f, d] as const));
  it.each(damages)('%s › %s', async (_name, _why, f, bad) => {
    const item = fx.emulator.store.items(WEEKS.title).find((i) => i.fsType === 0 && Number(i.data.PwPupilId) === damaged.id);
    if (!item) throw new Error('no week item for the pupil');
    const original = item.data[storeKey(f)];
    fx.emulator.store.damageItem(WEEKS.title, item.id, { [storeKey(f)]: bad.value });
    try {
      const a = fx.admin.services.attendance;
      const [regAm, mine, both, year, week] = await Promise.all([
        a.register(MONDAY, 'AM'),
        a.marksForPupil(damaged.id),
        a.marksForPupils([damaged.id, healthy.id]),
        a.marksForYear('2026/27'),
        a.marksForWeek(MONDAY),
      ]);
      const expected = `${WEEKS.title}|${item.id}|${f.internalName}`;
      // The healthy pupil's marks are never hidden.
      expect(both.filter((m) => m.pupilId === healthy.id).map((m) => m.code)).toEqual(['\\', '\\']);
      expect(year.filter((m) => m.pupilId === healthy.id)).toHaveLength(2);
      // The damage is reported by every read that meets the item: queries by pupil do not find an item whose pupil is
      // damaged, and queries by week do not find one whose week is.
      const byPupil = f.internalName !== 'PwPupil';
      const byWeek = f.internalName !== 'PwWeek';
      if (byPupil) expect(names(mine.problems)).toContain(expected);
      if (byPupil) expect(names(both.problems)).toContain(expected);
      // The year's read (statistics) reads only the pupil, the week and the codes: it reports damage in those.
      if (byWeek && f.internalName !== 'PwSessionDetail') expect(names(year.problems)).toContain(expected);
      if (f.internalName === 'PwSessionDetail') expect(names(year.problems)).not.toContain(expected);
      if (byWeek) expect(names(regAm.problems)).toContain(expected);
      if (byWeek) expect(names(week.problems)).toContain(expected);
      // Only the damaged value is lost from view: the other session's mark still shows.
      if (f.internalName === 'PwMonAm') expect(mine.map((m) => `${m.date} ${m.session} ${m.code}`)).toEqual([`${MONDAY} PM /`]);
      if (f.internalName === 'PwSessionDetail') expect(mine.map((m) => m.code)).toEqual(['/', '/']);
    } finally {
      fx.emulator.store.damageItem(WEEKS.title, item.id, { [storeKey(f)]: original });
    }
  });

  it('refuses to save over a week whose stored detail is damaged, saying which item and column, and keeps it', async () => {
    const item = fx.emulator.store.items(WEEKS.title).find((i) => i.fsType === 0 && Number(i.data.PwPupilId) === damaged.id);
    if (!item) throw new Error('no week item for the pupil');
    const original = item.data.PwSessionDetail;
    fx.emulator.store.damageItem(WEEKS.title, item.id, { PwSessionDetail: '{"PwMonAm": ' });
    try {
      const repo = fx.admin.services.attendance;
      const result = await repo.saveRegister({
        date: MONDAY, session: 'AM', marks: [mark(damaged.id, 'L', 'AM'), mark(healthy.id, '/', 'AM')], reasons: new Map([[damaged.id, 'Arrived late'], [healthy.id, 'Corrected']]),
        baseline: await repo.register(MONDAY, 'AM'), takenBy: ADMIN, at: `${MONDAY}T09:30:00Z`,
      });
      expect(result.saved).toEqual([healthy.id]);
      expect(result.failures).toEqual([{ pupilId: damaged.id, message: expect.stringContaining(`'${WEEKS.title}', item ${item.id}) has a damaged 'PwSessionDetail' column`) }]);
      expect(fx.emulator.store.item(WEEKS.title, item.id).data.PwSessionDetail).toBe('{"PwMonAm": ');
    } finally {
      fx.emulator.store.damageItem(WEEKS.title, item.id, { PwSessionDetail: original });
    }
  });
});

describe('the pupils list, each column damaged in turn', () => {
  const columns = PUPILS.fields.filter((f) => ['DateTime', 'Number', 'Integer', 'Currency', 'Choice', 'Note'].includes(f.kind) || f.required);
  it.each(columns.flatMap((f) => damagesFor(f).map((d) => [f.internalName, d.why, f, d] as const)))('%s › %s', async (_name, _why, f, bad) => {
    const item = fx.emulator.store.item(PUPILS.title, damaged.id);
    const original = item.data[storeKey(f)];
    fx.emulator.store.damageItem(PUPILS.title, damaged.id, { [storeKey(f)]: bad.value });
    try {
      const list = await fx.admin.services.pupils.list();
      expect(list.items.map((p) => p.id)).toContain(healthy.id);
      const reported = names(list.problems);
      const isReported = reported.includes(`${PUPILS.title}|${damaged.id}|${f.internalName}`);
      const stillValid = list.items.some((p) => p.id === damaged.id);
      // Either the value was still acceptable for the record (and it loads), or it is reported: never silently dropped.
      expect(isReported || stillValid).toBe(true);
      if (!stillValid) expect(isReported).toBe(true);
    } finally {
      fx.emulator.store.damageItem(PUPILS.title, damaged.id, { [storeKey(f)]: original });
    }
  });
});
