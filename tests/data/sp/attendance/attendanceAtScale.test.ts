/**
 * Issue 4's scale check: on an attendance list holding over 100,000 marks, every query the repository makes still
 * answers correctly, while unindexed queries meet SharePoint's 5,000-item list view threshold.
 */
import { addDays, addWeeks, type AttendanceMark } from '../../../../src/domain';
import { WEEK_SESSION_FIELDS, listByKey } from '../../../../src/lists';
import { writePayload } from '../../../../src/data/sp/fieldWriter';
import { emptyWeek, weekValues, withMarks } from '../../../../src/data/sp/attendance/weekItem';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

jest.setTimeout(60000);

const PUPILS = 300;
const WEEKS = 34;
const FIRST_MONDAY = '2026-09-07';
const CODES = ['/', '/', '/', 'I', 'O', 'L', '/', 'M', '/', 'U'];
const weeksList = listByKey('attendanceWeeks');
let fx: PathwaysFixture;
const pupilIds: number[] = [];

beforeAll(async () => {
  fx = await startPathwaysFixture();
  const pupilRows = Array.from({ length: PUPILS }, (_, i) => ({
    Title: `Pupil ${i + 1}`, PwPupilRef: `PS-${i + 1}`, PwFirstName: 'Test', PwLastName: `Pupil${i + 1}`, PwDateOfBirth: '2013-01-01T00:00:00Z',
    PwYearGroup: '8', PwEnrolmentDate: '2026-09-01T00:00:00Z', PwRegistration: 'Single', PwSupportTier: 'Universal', PwSenProvision: 'N',
  }));
  fx.emulator.store.bulkInsert(listByKey('pupils').title, pupilRows);
  pupilIds.push(...fx.emulator.store.items(listByKey('pupils').title).filter((i) => String(i.data.PwPupilRef).startsWith('PS-')).map((i) => i.id));
  const rows: Record<string, unknown>[] = [];
  for (const pupilId of pupilIds) {
    for (let w = 0; w < WEEKS; w++) {
      const monday = addWeeks(FIRST_MONDAY, w);
      const marks: AttendanceMark[] = WEEK_SESSION_FIELDS.map((_, s) => ({
        pupilId,
        date: addDays(monday, Math.floor(s / 2)),
        session: s % 2 === 0 ? 'AM' : 'PM',
        code: CODES[(pupilId + w + s) % CODES.length],
        recordedBy: 'admin@pathways.example.org',
        recordedAt: `${monday}T09:05:00Z`,
      }));
      rows.push(writePayload(weeksList, weekValues(withMarks(emptyWeek(pupilId, monday), marks), WEEK_SESSION_FIELDS)));
    }
  }
  fx.emulator.store.bulkInsert(weeksList.title, rows);
}, 120000);
afterAll(() => fx.close());

test('the list holds over 100,000 marks in week items', () => {
  expect(fx.emulator.store.items(weeksList.title).length).toBe(PUPILS * WEEKS);
  expect(PUPILS * WEEKS * WEEK_SESSION_FIELDS.length).toBeGreaterThanOrEqual(100000);
});

test('an unindexed filter fails at the threshold, as it would in SharePoint', async () => {
  await expect(fx.admin.sp.web.lists.getByTitle(weeksList.title).items.filter("PwMonAm eq 'O'")()).rejects.toThrow(/list view threshold/);
  await expect(fx.admin.sp.web.lists.getByTitle(weeksList.title).items.filter("PwAcademicYear eq '2026/27'").top(5000)()).rejects.toThrow(/list view threshold/);
});

test('the register for one day is read by its indexed week', async () => {
  const snapshot = await fx.admin.services.attendance.register('2026-11-18', 'PM');
  expect(snapshot.entries).toHaveLength(PUPILS);
});

test("one pupil's year is read by the indexed pupil column", async () => {
  const marks = await fx.admin.services.attendance.marksForPupil(pupilIds[17]);
  expect(marks).toHaveLength(WEEKS * 10);
});

test('the whole cohort for the year is read in weekly batches, avoiding the threshold', async () => {
  const { result, requests } = await fx.countRequests(() => fx.admin.services.attendance.marksForYear('2026/27'));
  expect(result).toHaveLength(PUPILS * WEEKS * 10);
  // 52 weekly queries, 20 to a batch: 3 batch calls (plus the request digest PnPjs fetches before its first POST).
  const batches = requests.filter((r) => r.includes('$batch'));
  expect(batches).toHaveLength(3);
  expect(requests.filter((r) => !r.includes('$batch') && !r.includes('contextinfo'))).toEqual([]);
});
