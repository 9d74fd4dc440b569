/**
 * Attendance marks for tests: one pupil's sessions over the school days between two dates (the settings' calendar),
 * each coded by a function of the day and session (undefined: no mark).
 */
import { DEFAULT_SETTINGS, schoolDaysBetween, type AttendanceMark, type SchoolSettings } from '../../src/domain';
import type { Session } from '../../src/domain/vocabulary';

export function marksOver(
  pupilId: number,
  from: string,
  to: string,
  code: (date: string, session: Session, index: number) => string | undefined,
  settings: Pick<SchoolSettings, 'terms' | 'closures'> = DEFAULT_SETTINGS,
  recordedBy = 'officer@pathways.example.org',
): AttendanceMark[] {
  const out: AttendanceMark[] = [];
  let i = 0;
  for (const date of schoolDaysBetween(from, to, settings))
    for (const session of ['AM', 'PM'] as const) {
      const c = code(date, session, i++);
      if (c !== undefined) out.push({ pupilId, date, session, code: c, recordedBy, recordedAt: `${date}T${session === 'AM' ? '09:10' : '13:20'}:00Z` });
    }
  return out;
}
