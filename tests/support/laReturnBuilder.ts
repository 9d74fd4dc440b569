/** A part-time-timetable return recorded as sent (the 'Pathways LA Returns' library's record), for every test. */
import type { LaReturnSent } from '../../src/domain';

export const sentLaReturn = (over: Partial<LaReturnSent> = {}): LaReturnSent => ({
  period: 'Autumn 2 2026/27',
  periodStart: '2026-11-02',
  periodEnd: '2026-12-18',
  sentOn: '2026-11-20',
  how: 'E-mail',
  sentTo: 'part-time-timetables@la.example.gov.uk',
  sentBy: 'Attendance Officer',
  nil: false,
  pupilCount: 2,
  pipIds: [11, 12],
  fileName: 'Part-time timetables Autumn 2 2026-27 sent 2026-11-20.csv',
  ...over,
});
