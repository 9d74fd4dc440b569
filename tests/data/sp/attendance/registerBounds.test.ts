/**
 * Bad input refused by the attendance repository itself, whatever the form did: a register on Christmas Day, in the
 * summer holiday, on a weekend or outside every term takes no marks (with the reason), and minutes late must fit in
 * the session. Nothing is written for a refused mark.
 */
import type { AttendanceMark, Pupil } from '../../../../src/domain';
import type { Saved } from '../../../../src/data/ports';
import { listByKey } from '../../../../src/lists';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const ADMIN = 'admin@pathways.example.org';
let fx: PathwaysFixture;
let pupil: Saved<Pupil>;

const mark = (date: string, code: string, extra: Partial<AttendanceMark> = {}): AttendanceMark => ({
  pupilId: pupil.id, date, session: 'AM', code, recordedBy: ADMIN, recordedAt: `${date}T09:10:00Z`, ...extra,
});

async function save(date: string, marks: AttendanceMark[]) {
  const repo = fx.admin.services.attendance;
  return repo.saveRegister({ date, session: 'AM', marks, reasons: new Map(), baseline: await repo.register(date, 'AM'), takenBy: ADMIN, at: `${date}T09:20:00Z` });
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  pupil = await fx.addPupil('PH-B001');
});
afterAll(() => fx.close());

const weekItems = (): number => fx.emulator.store.items(listByKey('attendanceWeeks').title).filter((i) => i.fsType === 0).length;

test.each([
  ['2026-12-25', /holiday|closed|no register/i],
  ['2027-08-02', /holiday|outside|no register/i],
  ['1900-01-01', /term|outside|no register|holiday/i],
  ['2099-06-01', /term|outside|no register|holiday/i],
])('refuses a register on %s with the reason, writing nothing', async (date, reason) => {
  const before = weekItems();
  const result = await save(date, [mark(date, '/')]);
  expect(result.saved).toEqual([]);
  expect(result.failures).toEqual([{ pupilId: pupil.id, message: expect.stringMatching(reason) }]);
  expect(weekItems()).toBe(before);
});

test('refuses minutes late longer than the session, and saves a late mark that fits', async () => {
  const date = '2026-11-16';
  const tooLate = await save(date, [mark(date, 'L', { minutesLate: 100000, arrivalTime: '10:00' })]);
  expect(tooLate.saved).toEqual([]);
  expect(tooLate.failures[0].message).toMatch(/100000 minutes late is longer than the morning session/);
  const ok = await save(date, [mark(date, 'L', { minutesLate: 20, arrivalTime: '09:20' })]);
  expect(ok.saved).toEqual([pupil.id]);
});
