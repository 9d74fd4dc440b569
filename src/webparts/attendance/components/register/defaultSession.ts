import { londonClockTime, minutesOfDay, type SchoolSettings } from '../../../../domain';
import type { Session } from '../../../../domain/vocabulary';

/** The session to open by default: the morning until it ends, then the afternoon. */
export function defaultSession(now: Date, settings: Pick<SchoolSettings, 'sessions'>): Session {
  return minutesOfDay(londonClockTime(now)) >= minutesOfDay(settings.sessions.AM.endsAt) ? 'PM' : 'AM';
}
