import { absenteeList, cohortBreakdown, pupilsInYear, type CohortPupil } from '../../../src/domain/attendance/cohortBreakdown';
import { attendanceStats } from '../../../src/domain/attendance/stats';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { week } from './insightsFixtures';

const s = DEFAULT_SETTINGS;

/** 40 sessions over four weeks, the first `absent` of them coded `code`. */
function term(pupilId: number, absent: number, code = 'O') {
  const codes = Array.from({ length: 40 }, (_, i) => (i < absent ? code : '/'));
  return ['2026-10-05', '2026-10-12', '2026-10-19', '2026-11-02'].flatMap((monday, w) => week(pupilId, monday, codes.slice(w * 10, w * 10 + 10)));
}

const pupils: CohortPupil[] = [
  { id: 1, yearGroup: '10', senProvision: 'E', primaryNeed: 'SEMH', supportTier: 'Specialist offer', homeSchoolId: 7 },
  { id: 2, yearGroup: '10', senProvision: 'K', primaryNeed: 'ASD', supportTier: 'Universal', homeSchoolId: 7 },
  { id: 3, yearGroup: '7', senProvision: 'N', supportTier: 'Universal', homeSchoolId: 8 },
  { id: 4, yearGroup: 'R', senProvision: 'N', supportTier: 'Universal' },
];

describe('cohort breakdown', () => {
  // Pupil 1: 4 of 40 absent = exactly 10% (PA). Pupil 2: 3 of 40 (not PA). Pupil 3: 20 of 40 (PA and SA). Pupil 4: no marks.
  const marks = [...term(1, 4), ...term(2, 3, 'I'), ...term(3, 20)];
  const stats = attendanceStats(marks, s).pupils;

  it('counts a pupil at exactly 10% absence as a persistent absentee', () => {
    const [all] = cohortBreakdown(pupils, stats, 'senProvision').filter((g) => g.key === 'E');
    expect(all).toMatchObject({ pupils: 1, possible: 40, attended: 36, attendancePercent: 90, persistentAbsentees: 1, persistentAbsenceRate: 100 });
  });

  it('groups by year group in register order, with PA and SA counts and rates', () => {
    const rows = cohortBreakdown(pupils, stats, 'yearGroup');
    expect(rows.map((r) => r.label)).toEqual(['Reception', 'Year 7', 'Year 10']);
    expect(rows[2]).toMatchObject({ pupils: 2, possible: 80, attended: 73, persistentAbsentees: 1, persistentAbsenceRate: 50, severeAbsentees: 0 });
    expect(rows[2].attendancePercent).toBeCloseTo(91.25);
    expect(rows[1]).toMatchObject({ persistentAbsentees: 1, severeAbsentees: 1, attendancePercent: 50 });
  });

  it('keeps a group whose pupils have no possible sessions, with null rates', () => {
    const reception = cohortBreakdown(pupils, stats, 'yearGroup')[0];
    expect(reception).toMatchObject({ pupils: 1, possible: 0, attendancePercent: null, persistentAbsenceRate: null });
  });

  it('names home schools, and puts pupils without one last', () => {
    const rows = cohortBreakdown(pupils, stats, 'homeSchool', { schoolNames: new Map([[7, 'Riverside Academy']]) });
    expect(rows.map((r) => r.label)).toEqual(['Riverside Academy', 'School not visible to you', 'No home school']);
  });

  it('groups by primary need and support tier in vocabulary order', () => {
    expect(cohortBreakdown(pupils, stats, 'primaryNeed').map((r) => r.key)).toEqual(['SEMH', 'ASD', 'none']);
    expect(cohortBreakdown(pupils, stats, 'supportTier').map((r) => r.key)).toEqual(['Universal', 'Specialist offer']);
  });

  it('lists persistent and severe absentees, lowest attendance first', () => {
    expect(absenteeList(stats, 'persistent').map((p) => p.pupilId)).toEqual([3, 1]);
    expect(absenteeList(stats, 'severe').map((p) => p.pupilId)).toEqual([3]);
  });

  it('takes pupils on roll in the year, or with marks in it', () => {
    const roll = [
      { ...pupils[0], enrolmentDate: '2025-09-01' },
      { ...pupils[1], enrolmentDate: '2025-09-01', leavingDate: '2026-07-20' },
      { ...pupils[2], enrolmentDate: '2026-12-01' },
    ];
    expect(pupilsInYear(roll, '2026/27', '2026-11-20').map((p) => p.id)).toEqual([1]);
    expect(pupilsInYear(roll, '2026/27', '2026-11-20', new Set([2])).map((p) => p.id)).toEqual([1, 2]);
  });
});

describe('cohort breakdown by free school meals, pupil premium and looked after', () => {
  const marks = [...term(1, 4), ...term(2, 3, 'I'), ...term(3, 20)];
  const stats = attendanceStats(marks, s).pupils;
  const flagged: CohortPupil[] = pupils.map((p) => ({ ...p, fsm: p.id !== 2, lac: p.id === 3 }));

  it('puts the pupils with the flag first, and a missing flag with those without it', () => {
    expect(cohortBreakdown(flagged, stats, 'fsm').map((g) => [g.label, g.pupils, g.persistentAbsentees, g.severeAbsentees])).toEqual([
      ['Eligible for free school meals', 3, 2, 1],
      ['Not eligible for free school meals', 1, 0, 0],
    ]);
    expect(cohortBreakdown(flagged, stats, 'lac').map((g) => [g.key, g.pupils, g.severeAbsentees])).toEqual([
      ['yes', 1, 1],
      ['no', 3, 0],
    ]);
    expect(cohortBreakdown(pupils, stats, 'pp').map((g) => [g.label, g.pupils])).toEqual([['No pupil premium', 4]]);
  });
});
