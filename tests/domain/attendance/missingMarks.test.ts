import { DEFAULT_SETTINGS, missingMarks } from '../../../src/domain';
import { marksOver } from '../../support/attendanceMarkBuilder';

describe('missing marks', () => {
  // Mon 19/10 to Fri 30/10/2026: the week before half-term, then half-term (no sessions).
  const pupils = [
    { id: 1, enrolmentDate: '2026-09-02' },
    { id: 2, enrolmentDate: '2026-10-21' },
    { id: 3, enrolmentDate: '2026-09-02', leavingDate: '2026-10-20' },
  ];
  const marks = [
    ...marksOver(1, '2026-10-19', '2026-10-23', (d, s) => (d === '2026-10-22' && s === 'PM' ? undefined : '/')),
    ...marksOver(2, '2026-10-21', '2026-10-23', (d) => (d === '2026-10-23' ? undefined : '/')),
    ...marksOver(3, '2026-10-19', '2026-10-19', () => '/'),
  ];

  it('each session with pupils on roll and no mark, earliest first; holidays and days off roll are not counted', () => {
    expect(missingMarks(marks, pupils, '2026-10-19', '2026-10-30', DEFAULT_SETTINGS)).toEqual([
      { date: '2026-10-20', session: 'AM', pupilIds: [3] },
      { date: '2026-10-20', session: 'PM', pupilIds: [3] },
      { date: '2026-10-22', session: 'PM', pupilIds: [1] },
      { date: '2026-10-23', session: 'AM', pupilIds: [2] },
      { date: '2026-10-23', session: 'PM', pupilIds: [2] },
    ]);
  });

  it('nothing missing: no sessions', () => {
    expect(missingMarks(marks, pupils, '2026-10-26', '2026-10-30', DEFAULT_SETTINGS)).toEqual([]);
  });
});
