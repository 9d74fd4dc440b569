import { codeForArrival } from '../../../src/domain/attendance/registerTiming';
import { checkPenaltyThreshold } from '../../../src/domain/attendance/penaltyThreshold';
import { attendanceStats } from '../../../src/domain/attendance/stats';
import { minutesOfDay } from '../../../src/domain/dates/clockTime';
import { isoWeekday, maxDate } from '../../../src/domain/dates/isoDates';
import { addSchoolDays, isSchoolDay, schoolDaysBetween } from '../../../src/domain/dates/schoolCalendar';
import { timetableOn } from '../../../src/domain/pip/pip';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings/defaultSettings';
import { WEEKDAYS } from '../../../src/domain/vocabulary';
import { generateDemoData } from '../../../local/demo/generateDemoData';
import type { DemoData, DemoPip } from '../../../local/demo/types';
import { SEEDS_TO_CHECK, demo, marksWithIds } from './demoFixture';

const TERM_START = '2026-09-02';
const settings = DEFAULT_SETTINGS;

/** Independent reading of the timetable: does any slot overlap the register session on that day? */
function timetabled(pip: DemoPip, date: string, session: 'AM' | 'PM'): boolean {
  const t = timetableOn(pip.pip.timetables, date);
  if (!t) return false;
  const day = WEEKDAYS[isoWeekday(date) - 1];
  const [from, to] = session === 'AM' ? [9 * 60, 12 * 60 + 15] : [12 * 60 + 45, 15 * 60 + 15];
  return t.slots.some((s) => s.day === day && minutesOfDay(s.start) < to && minutesOfDay(s.end) > from);
}

function patternFacts(d: DemoData) {
  const marks = marksWithIds(d);
  const stats = attendanceStats(marks, settings);
  const keyOf = (id: number): string => d.pupils[id - 1].key;
  const penalty = d.pupils.filter((p) => checkPenaltyThreshold(marks.filter((m) => m.pupilKey === p.key), settings).met).map((p) => p.key);
  return {
    persistent: stats.pupils.filter((p) => p.persistentlyAbsent).map((p) => keyOf(p.pupilId)),
    severe: stats.pupils.filter((p) => p.severelyAbsent).map((p) => keyOf(p.pupilId)),
    penalty,
    stats,
  };
}

describe('demo data: attendance patterns (domain rules)', () => {
  const d = demo();

  it('has persistent absentees, exactly one severe absentee and exactly one pupil at the penalty-notice threshold', () => {
    const f = patternFacts(d);
    expect(f.persistent.length).toBeGreaterThanOrEqual(1);
    for (const k of d.scenarios.persistentAbsentees) expect(f.persistent).toContain(k);
    expect(f.severe).toEqual([d.scenarios.severeAbsentee]);
    expect(f.penalty).toEqual([d.scenarios.penaltyThreshold]);
  });

  it.each(SEEDS_TO_CHECK)('keeps the notable patterns with seed %p', (seed) => {
    const other = generateDemoData({ seed });
    const f = patternFacts(other);
    expect(f.persistent.length).toBeGreaterThanOrEqual(1);
    expect(f.severe).toEqual([other.scenarios.severeAbsentee]);
    expect(f.penalty).toEqual([other.scenarios.penaltyThreshold]);
  });

  it('has most pupils at 92–100%, and the persistent pattern between 10% and 30% absence', () => {
    const { stats } = patternFacts(d);
    const pct = (key: string): number => stats.pupils.find((p) => d.pupils[p.pupilId - 1].key === key)?.attendancePercent ?? -1;
    const regular = d.pupils.filter((p) => d.scenarios.patterns[p.key] === 'regular');
    expect(regular.filter((p) => pct(p.key) >= 92).length / regular.length).toBeGreaterThanOrEqual(0.85);
    expect(regular.filter((p) => pct(p.key) >= 92).length / d.pupils.length).toBeGreaterThan(0.5);
    for (const k of d.scenarios.persistentAbsentees) expect(pct(k) >= 70 && pct(k) <= 90).toBe(true);
    expect(pct(d.scenarios.severeAbsentee)).toBeLessThanOrEqual(50);
  });

  it('builds the penalty threshold from a term-time holiday (G) and unauthorised absence (O)', () => {
    const marks = d.attendanceMarks.filter((m) => m.pupilKey === d.scenarios.penaltyThreshold).map((m) => m.mark.code);
    expect(marks.filter((c) => c === 'G').length).toBe(8);
    expect(marks.filter((c) => c === 'O').length).toBeGreaterThanOrEqual(2);
  });

  it('records lates as L before the register closes at 09:30 and U after, as the domain rule says', () => {
    const lates = d.attendanceMarks.filter((m) => m.mark.code === 'L' || m.mark.code === 'U').map((m) => m.mark);
    expect(lates.some((m) => m.code === 'L')).toBe(true);
    expect(lates.some((m) => m.code === 'U')).toBe(true);
    for (const m of lates) {
      expect(m.session).toBe('AM');
      const arrival = m.arrivalTime ?? '';
      const at = minutesOfDay(arrival);
      if (m.code === 'L') expect(at > 9 * 60 && at < 9 * 60 + 30).toBe(true);
      else expect(at >= 9 * 60 + 30).toBe(true);
      const rule = codeForArrival(arrival, 'AM', settings);
      expect(rule.ok && rule.code === m.code && rule.minutesLate === m.minutesLate).toBe(true);
      expect(m.minutesLate).toBe(at - 9 * 60);
    }
    for (const m of d.attendanceMarks.filter((x) => x.mark.code !== 'L' && x.mark.code !== 'U')) {
      expect(m.mark.arrivalTime).toBeUndefined();
      expect(m.mark.minutesLate).toBeUndefined();
    }
  });

  it('has marks only on school days (no weekend, holiday or closure), from enrolment to today, both sessions', () => {
    for (const p of d.pupils) {
      const own = d.attendanceMarks.filter((m) => m.pupilKey === p.key).map((m) => m.mark);
      for (const m of own) {
        expect({ date: m.date, school: isSchoolDay(m.date, settings) }).toEqual({ date: m.date, school: true });
        expect(m.date >= p.pupil.enrolmentDate).toBe(true);
        expect(m.date <= d.today).toBe(true);
      }
      const days = schoolDaysBetween(maxDate(TERM_START, p.pupil.enrolmentDate), d.today, settings);
      expect(own.map((m) => `${m.date} ${m.session}`)).toEqual(days.flatMap((day) => [`${day} AM`, `${day} PM`]));
    }
    for (const c of settings.closures) expect(d.attendanceMarks.some((m) => m.mark.date === c.date)).toBe(false);
    expect(d.attendanceMarks.some((m) => m.mark.date >= '2026-10-24' && m.mark.date <= '2026-11-01')).toBe(false);
  });

  it('codes C2 exactly on the sessions a PIP timetable in force does not cover', () => {
    const pipOf = new Map(d.pips.map((p) => [p.pupilKey, p]));
    let c2 = 0;
    for (const { pupilKey, mark } of d.attendanceMarks) {
      const pip = pipOf.get(pupilKey);
      const inPip = pip !== undefined && mark.date >= pip.pip.startDate && mark.date <= pip.pip.plannedEndDate;
      const expectC2 = inPip && pip !== undefined && !timetabled(pip, mark.date, mark.session);
      if (mark.code === 'C2') c2++;
      expect({ pupilKey, date: mark.date, session: mark.session, c2: mark.code === 'C2' }).toEqual({
        pupilKey,
        date: mark.date,
        session: mark.session,
        c2: expectC2,
      });
    }
    expect(c2).toBeGreaterThan(0);
    // The reviewed PIP: more sessions are timetabled after the review than before it.
    const reviewed = d.pips.find((p) => p.key === d.scenarios.reviewedPip) as DemoPip;
    const weekC2 = (from: string, to: string): number =>
      d.attendanceMarks.filter((m) => m.pupilKey === reviewed.pupilKey && m.mark.code === 'C2' && m.mark.date >= from && m.mark.date <= to).length;
    expect(weekC2('2026-11-09', '2026-11-13')).toBeLessThan(weekC2('2026-10-12', '2026-10-16'));
  });

  it('leaves N only on the last few school days; older N were replaced, with an amendment', () => {
    const oldest = addSchoolDays(d.today, -(settings.nReplacementSchoolDays - 1), settings);
    for (const m of d.attendanceMarks.filter((x) => x.mark.code === 'N')) expect(m.mark.date >= oldest).toBe(true);
    expect(d.attendanceAmendments.length).toBeGreaterThan(0);
    for (const a of d.attendanceAmendments) {
      expect(a.amendment.originalCode).toBe('N');
      const mark = d.attendanceMarks.find((m) => m.pupilKey === a.pupilKey && m.mark.date === a.amendment.date && m.mark.session === a.amendment.session);
      expect(mark?.mark.code).toBe(a.amendment.newCode);
      expect(a.amendment.amendedAt.slice(0, 10) > a.amendment.date).toBe(true);
      expect(a.amendment.amendedAt.slice(0, 10) <= d.today).toBe(true);
    }
  });

  it('is recorded by the attendance officer or a teacher, at 09:35 / 13:20 London time', () => {
    const recorders = new Set(d.staff.filter((s) => ['attendance-officer', 'lead-tutor', 'teacher'].indexOf(s.role) >= 0).map((s) => s.email));
    for (const { mark } of d.attendanceMarks) {
      expect(recorders.has(mark.recordedBy)).toBe(true);
      expect(mark.recordedAt.slice(0, 10)).toBe(mark.date);
      const offset = mark.date < '2026-10-25' ? '+01:00' : '+00:00';
      expect(mark.recordedAt.endsWith(offset)).toBe(true);
      const time = mark.recordedAt.slice(11, 16);
      if (mark.code === 'U') expect(time > (mark.arrivalTime ?? '')).toBe(true);
      else expect(time).toBe(mark.session === 'AM' ? '09:35' : '13:20');
    }
  });

  it('dates learning-log entries on days the pupil was in', () => {
    for (const e of d.learningLogEntries) {
      const present = d.attendanceMarks.some(
        (m) => m.pupilKey === e.pupilKey && m.mark.date === e.entry.entryDate && ['/', '\\', 'L'].indexOf(m.mark.code) >= 0,
      );
      expect({ e: `${e.pupilKey} ${e.entry.entryDate}`, present }).toEqual({ e: `${e.pupilKey} ${e.entry.entryDate}`, present: true });
    }
  });
});
