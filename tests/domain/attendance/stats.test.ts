import { attendanceStats, isAtLeastPercent, pupilAttendanceStats, roundPercent, type MarkForStats } from '../../../src/domain/attendance/stats';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';

const s = DEFAULT_SETTINGS;

/** `total` sessions for a pupil: `absent` of them with `absentCode`, the rest present. */
function sessions(pupilId: number, total: number, absent: number, absentCode = 'O'): MarkForStats[] {
  const out: MarkForStats[] = [];
  for (let i = 0; i < total; i++) out.push({ pupilId, date: '2026-01-06', code: i < absent ? absentCode : '/' });
  return out;
}

describe('attendance statistics', () => {
  it('counts possible, attended, authorised and unauthorised sessions and the rates', () => {
    const marks: MarkForStats[] = ['/', '\\', 'L', 'K', 'I', 'C2', 'O', 'U', 'D', '#', 'Q', 'Y4'].map((code) => ({
      pupilId: 1,
      date: '2026-01-06',
      code,
    }));
    const { pupils, group } = attendanceStats(marks, s);
    expect(pupils).toHaveLength(1);
    expect(group).toMatchObject({ possible: 8, attended: 4, present: 3, aea: 1, authorised: 2, unauthorised: 2, notPossible: 4 });
    expect(group.attendancePercent).toBe(50);
    expect(group.overallAbsenceRate).toBe(50);
    expect(group.authorisedAbsenceRate).toBe(25);
    expect(group.unauthorisedAbsenceRate).toBe(25);
    expect(group.byCode).toMatchObject({ C2: 1, D: 1, Y4: 1 });
  });
  it('counts C2 as authorised absence feeding persistent absence', () => {
    const p = pupilAttendanceStats(1, sessions(1, 20, 2, 'C2'), s);
    expect(p.authorised).toBe(2);
    expect(p.persistentlyAbsent).toBe(true);
  });
  it('is persistent absence at exactly 10% and not below', () => {
    expect(pupilAttendanceStats(1, sessions(1, 380, 38), s).persistentlyAbsent).toBe(true);
    expect(pupilAttendanceStats(1, sessions(1, 380, 37), s).persistentlyAbsent).toBe(false);
    expect(pupilAttendanceStats(1, sessions(1, 10, 1), s).persistentlyAbsent).toBe(true);
  });
  it('is severe absence at exactly 50% and not below', () => {
    expect(pupilAttendanceStats(1, sessions(1, 380, 190), s).severelyAbsent).toBe(true);
    expect(pupilAttendanceStats(1, sessions(1, 380, 189), s).severelyAbsent).toBe(false);
  });
  it('lets settings make Q and Y codes possible (as authorised absence)', () => {
    const marks = [...sessions(1, 9, 0), { pupilId: 1, date: '2026-01-06', code: 'Q' }];
    expect(attendanceStats(marks, s).group.possible).toBe(9);
    const open = { ...s, notPossibleCodes: ['D', 'X', 'Z', '#'] };
    expect(attendanceStats(marks, open).group).toMatchObject({ possible: 10, authorised: 1 });
  });
  it('aggregates a group per pupil: PA rate = PA pupils / pupils', () => {
    const marks = [...sessions(1, 20, 0), ...sessions(2, 20, 2), ...sessions(3, 20, 12, 'I'), ...sessions(4, 20, 1)];
    const { group, pupils } = attendanceStats(marks, s);
    expect(group.pupilCount).toBe(4);
    expect(group.persistentAbsentees).toBe(2);
    expect(group.persistentAbsenceRate).toBe(50);
    expect(group.severeAbsentees).toBe(1);
    expect(group.severeAbsenceRate).toBe(25);
    expect(group.possible).toBe(80);
    expect(group.overallAbsenceRate).toBe(((2 + 12 + 1) * 100) / 80);
    expect(pupils.find((p) => p.pupilId === 3)?.authorisedAbsenceRate).toBe(60);
  });
  it('handles marks for pupils in any order', () => {
    const marks = [
      { pupilId: 1, date: '2026-01-06', code: '/' },
      { pupilId: 2, date: '2026-01-06', code: 'O' },
      { pupilId: 1, date: '2026-01-07', code: 'O' },
    ];
    const { pupils } = attendanceStats(marks, s);
    expect(pupils.find((p) => p.pupilId === 1)?.possible).toBe(2);
  });
  it('limits to a date range, both ends included', () => {
    const marks = [
      { pupilId: 1, date: '2026-01-05', code: 'O' },
      { pupilId: 1, date: '2026-01-06', code: '/' },
      { pupilId: 1, date: '2026-01-09', code: '/' },
      { pupilId: 1, date: '2026-01-10', code: 'O' },
    ];
    expect(attendanceStats(marks, s, { from: '2026-01-06', to: '2026-01-09' }).group.attendancePercent).toBe(100);
  });
  it('has null rates and no PA without possible sessions', () => {
    const p = pupilAttendanceStats(1, [{ pupilId: 1, date: '2026-01-06', code: 'D' }], s);
    expect(p.attendancePercent).toBeNull();
    expect(p.persistentlyAbsent).toBe(false);
    expect(attendanceStats([], s).group.persistentAbsenceRate).toBeNull();
    expect(pupilAttendanceStats(9, [], s).possible).toBe(0);
  });
  it('counts an unrecognised code as not possible, under its own name', () => {
    const p = pupilAttendanceStats(1, [{ pupilId: 1, date: '2026-01-06', code: 'ZZ' }], s);
    expect(p.notPossible).toBe(1);
    expect(p.byCode).toEqual({ ZZ: 1 });
  });
  it('rounds and compares percentages exactly', () => {
    expect(roundPercent(2 / 3 * 100)).toBe(66.7);
    expect(roundPercent(null)).toBeNull();
    expect(isAtLeastPercent(38, 380, 10)).toBe(true);
    expect(isAtLeastPercent(1, 0, 10)).toBe(false);
  });

  it('computes a 300-pupil cohort (114,000 marks) in one pass, one result per pupil', () => {
    // Speed is measured by bench/attendanceStats.ts, which prints its figures; this checks the result at scale.
    const codes = ['/', '\\', '/', '\\', 'L', 'I', 'C2', 'O', '/', '\\', 'U', 'M', '#', 'N', 'K'];
    const marks: MarkForStats[] = [];
    for (let p = 1; p <= 300; p++) {
      for (let i = 0; i < 380; i++) {
        marks.push({ pupilId: p, date: `2026-0${1 + (i % 7)}-1${i % 10}`, code: codes[(p * 7 + i) % codes.length] });
      }
    }
    expect(marks).toHaveLength(114000);
    const r = attendanceStats(marks, s, { from: '2026-01-01', to: '2026-12-31' });
    expect(r.pupils).toHaveLength(300);
    const totalPossible = r.pupils.reduce((sum, p) => sum + p.possible, 0);
    expect(r.group.possible).toBe(totalPossible);
  });
});
