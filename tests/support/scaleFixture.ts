/**
 * A Pathways Hub site at the scale a large service reaches (issue 10, item 8): 6,000 pupils (kept to their 25th
 * birthday) and 250,000 attendance week items over six academic years (about 1,070 pupils on roll a week), and every
 * other pupil-keyed list above the 5,000-item list view threshold. The bulk rows are test data written straight into
 * the emulator's store (one transaction per list); a home school and three of its pupils are made through the
 * product, so their folders and permissions are the product's own.
 */
import { addWeeks, mondayOf } from '../../src/domain';
import type { Pupil } from '../../src/domain';
import type { Saved } from '../../src/data/ports';
import { LISTS, WEEK_SESSION_FIELDS, listByKey } from '../../src/lists';
import { startPathwaysFixture, type PathwaysFixture } from './pathwaysFixture';

export const SCALE = { pupils: 6000, years: 6, onRollPerWeek: 1070, weeksPerYear: 39, otherListRows: 5001 } as const;
export const SCALE_YEARS = ['2021/22', '2022/23', '2023/24', '2024/25', '2025/26', '2026/27'] as const;
export const HOME_SCHOOL_CONTACT = 'r.quill@oakfield.example.sch.uk';

export interface ScaleFixture {
  readonly fx: PathwaysFixture;
  /** The home school's pupils, made through the product. */
  readonly schoolPupils: Saved<Pupil>[];
  readonly attendanceItems: number;
}

const weeks = listByKey('attendanceWeeks');
/** Lists the test fills beside attendance: every list with a PwPupilId column (notifications too), except the Letters library. */
const OTHER_PUPIL_LISTS = LISTS.filter((l) => l.key !== 'attendanceWeeks' && l.template !== 'documentLibrary' && l.fields.some((f) => f.internalName === 'PwPupil' || f.internalName === 'PwPupilId'));

function pupilRow(i: number): Record<string, unknown> {
  return {
    Title: `Scale${i}, Pupil`, PwPupilRef: `SC-${String(i).padStart(5, '0')}`, PwFirstName: 'Pupil', PwLastName: `Scale${i}`, PwDateOfBirth: '2010-01-01T00:00:00Z',
    PwYearGroup: '9', PwEnrolmentDate: '2021-09-01T00:00:00Z', PwRegistration: 'Single', PwSupportTier: 'Universal', PwSenProvision: 'N',
  };
}

/** A week item's columns (codes only; the per-session detail column is optional). */
function weekRow(pupilId: number, monday: string, academicYear: string): Record<string, unknown> {
  const row: Record<string, unknown> = { Title: `Week beginning ${monday}`, PwPupilId: pupilId, PwWeek: monday, PwWeekKey: `${pupilId}|${monday}`, PwAcademicYear: academicYear };
  for (const f of WEEK_SESSION_FIELDS) row[f] = '/';
  return row;
}

function firstMondayOfSeptember(academicYear: string): string {
  const sept1 = `${academicYear.slice(0, 4)}-09-01`;
  const monday = mondayOf(sept1);
  return monday < sept1 ? addWeeks(monday, 1) : monday;
}

export async function startScaleFixture(): Promise<ScaleFixture> {
  const fx = await startPathwaysFixture();
  const { store } = fx.emulator;
  const { school } = await fx.addSchool('Oakfield Academy', '100001', [HOME_SCHOOL_CONTACT]);
  const schoolPupils = [
    await fx.addPupil('PH-0001', { homeSchoolId: school.id, namedContactIds: [] }),
    await fx.addPupil('PH-0002', { homeSchoolId: school.id }),
    await fx.addPupil('PH-0003', { homeSchoolId: school.id }),
  ];
  store.bulkInsert(listByKey('pupils').title, Array.from({ length: SCALE.pupils - schoolPupils.length }, (_, i) => pupilRow(i + 1)));
  const fillerIds = store.items(listByKey('pupils').title).filter((i) => String(i.data.PwPupilRef).startsWith('SC-')).map((i) => i.id);

  let attendanceItems = 0;
  SCALE_YEARS.forEach((year, y) => {
    const first = firstMondayOfSeptember(year);
    const rows: Record<string, unknown>[] = [];
    for (let w = 0; w < SCALE.weeksPerYear; w++) {
      const monday = addWeeks(first, w);
      for (let p = 0; p < SCALE.onRollPerWeek; p++) rows.push(weekRow(fillerIds[(y * 1000 + p) % fillerIds.length], monday, year));
    }
    attendanceItems += store.bulkInsert(weeks.title, rows);
  });
  // The school's pupils this year, in their own (secured) folders: the weeks the home school may read.
  const thisYear = SCALE_YEARS[SCALE_YEARS.length - 1];
  for (const pupil of schoolPupils) {
    const rows = Array.from({ length: 10 }, (_, w) => weekRow(pupil.id, addWeeks(firstMondayOfSeptember(thisYear), w), thisYear));
    attendanceItems += store.bulkInsert(weeks.title, rows, { folder: pupil.pupilRef });
  }

  for (const def of OTHER_PUPIL_LISTS) {
    const unique = def.fields.filter((f) => f.unique).map((f) => f.internalName);
    store.bulkInsert(
      def.title,
      Array.from({ length: SCALE.otherListRows }, (_, i) => ({
        Title: 'Scale test row',
        PwPupilId: fillerIds[i % fillerIds.length],
        ...Object.fromEntries(unique.map((name) => [name, `scale-${i}`])),
      })),
    );
  }
  return { fx, schoolPupils, attendanceItems };
}
