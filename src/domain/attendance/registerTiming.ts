import { isClockTime, minutesOfDay, type ClockTime } from '../dates/clockTime';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Session } from '../vocabulary';

/**
 * The code for a pupil arriving at `arrival` (attendance policy "Late arrival", facts §2):
 *   at or before the register opens → present ('/' morning, '\' afternoon), 0 minutes late
 *   after it opens, before it closes → 'L' (late, counts as present)
 *   at or after it closes (09:30 is U) → 'U' (unauthorised absence), until the session ends
 *   after the session has ended, or (afternoon only) before it started, or not a time → an error: the arrival
 *   belongs to another session. A morning arrival before the session starts is simply early, so on time.
 * Minutes late are counted from the register opening.
 */
export type ArrivalCodeResult =
  | { ok: true; code: '/' | '\\' | 'L' | 'U'; minutesLate: number }
  | { ok: false; error: string };

export function codeForArrival(
  arrival: ClockTime,
  session: Session,
  settings: Pick<SchoolSettings, 'sessions'>,
): ArrivalCodeResult {
  if (!isClockTime(arrival)) return { ok: false, error: 'Enter the arrival time as HH:MM (24-hour clock), for example 09:20' };
  const times = settings.sessions[session];
  const at = minutesOfDay(arrival);
  const opens = minutesOfDay(times.registerOpens);
  const closes = minutesOfDay(times.registerCloses);
  const ends = minutesOfDay(times.endsAt);
  const label = session === 'AM' ? 'morning' : 'afternoon';
  if (at >= ends)
    return { ok: false, error: `${arrival} is after the ${label} session ended at ${times.endsAt}: record it against the right session` };
  if (session === 'PM' && at < minutesOfDay(times.startsAt))
    return { ok: false, error: `${arrival} is before the afternoon session starts at ${times.startsAt}: record it against the morning` };
  if (at <= opens) return { ok: true, code: session === 'AM' ? '/' : '\\', minutesLate: 0 };
  return { ok: true, code: at < closes ? 'L' : 'U', minutesLate: at - opens };
}
