import { DEFAULT_SETTINGS } from '../../../src/domain';
import { pupilGlance, termOn } from '../../../src/webparts/today/components/homeSchoolGlance';
import { marksOver } from '../../support/attendanceMarkBuilder';
import { pipRecord } from '../../support/pipBuilder';

// Friday 20/11/2026, in the autumn term (02/09 to 18/12/2026, half-term 26–30/10).
const TODAY = '2026-11-20';
const isMonday = (d: string): boolean => new Date(`${d}T12:00:00Z`).getUTCDay() === 1;

describe('a home school’s pupil at a glance', () => {
  // On a PIP from Monday 07/09: Monday mornings only (09:30–12:00, 2.5 hours); every other session is C2.
  const pip = pipRecord(1, { startDate: '2026-09-07', plannedEndDate: '2026-12-18' });
  // Attended every planned Monday morning but 09/11 (unexplained); nothing marked yet on 02–04/09.
  const marks = marksOver(1, '2026-09-07', TODAY, (d, s) => (isMonday(d) && s === 'AM' ? (d === '2026-11-09' ? 'O' : '/') : 'C2'));

  it('the term today falls in (the holiday after it counts as that term)', () => {
    expect(termOn(TODAY, DEFAULT_SETTINGS)).toEqual({ label: 'Autumn 2026/27', start: '2026-09-02', end: '2026-12-18' });
    expect(termOn('2026-12-28', DEFAULT_SETTINGS)?.label).toBe('Autumn 2026/27');
  });

  it('attendance this week and this term, statutory (C2 is a possible session) and against the plan', () => {
    const g = pupilGlance(1, [pip], marks, TODAY, DEFAULT_SETTINGS);
    expect(g.week).toEqual({ attended: 1, possible: 10, percent: 10 });
    // 50 school days marked from 07/09 (53 in the term so far, less 02–04/09): 100 sessions, 9 attended.
    expect(g.term).toEqual({ attended: 9, possible: 100, percent: 9 });
    expect(g.pip).toMatchObject({ status: 'Active', hours: 2.5, plannedEndDate: '2026-12-18', step: { number: 1, of: 1 }, timetableFrom: '2026-09-07' });
    expect(g.pip?.week).toEqual({ expected: 1, marked: 1, attended: 1 });
    // Ten planned Monday mornings this term (07/09 to 16/11, none in half-term), 9 attended.
    expect(g.pip?.term).toEqual({ expected: 10, marked: 10, attended: 9 });
  });

  it('the step of a phased return: the timetable in force today, of how many; another pupil’s marks are not counted', () => {
    const stepped = pipRecord(1, {
      startDate: '2026-09-07',
      timetables: [
        { effectiveFrom: '2026-09-07', slots: [{ day: 'Monday', start: '09:30', end: '12:00', location: 'Pathways centre', curriculum: 'English' }] },
        {
          effectiveFrom: '2026-11-16',
          slots: [
            { day: 'Monday', start: '09:30', end: '12:00', location: 'Pathways centre', curriculum: 'English' },
            { day: 'Wednesday', start: '13:00', end: '15:00', location: 'Pathways centre', curriculum: 'Maths' },
          ],
        },
        { effectiveFrom: '2026-11-30', slots: [{ day: 'Monday', start: '09:00', end: '15:00', location: 'Pathways centre', curriculum: 'All' }] },
      ],
    });
    const other = marksOver(2, '2026-11-16', TODAY, () => '/');
    const g = pupilGlance(1, [stepped], [...marks, ...other], TODAY, DEFAULT_SETTINGS);
    expect(g.pip).toMatchObject({ hours: 4.5, step: { number: 2, of: 3 }, timetableFrom: '2026-11-16' });
    // This week the plan expected Monday morning and Wednesday afternoon (marked C2 here, so not attended).
    expect(g.pip?.week).toEqual({ expected: 2, marked: 2, attended: 1 });
    expect(g.week.possible).toBe(10);
  });

  it('no PIP: attendance only', () => {
    const g = pupilGlance(3, [pip], marksOver(3, '2026-11-16', TODAY, () => '/'), TODAY, DEFAULT_SETTINGS);
    expect(g.pip).toBeUndefined();
    expect(g.week).toEqual({ attended: 10, possible: 10, percent: 100 });
  });
});
