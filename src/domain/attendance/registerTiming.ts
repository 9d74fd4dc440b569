import { isClockTime, minutesOfDay, type ClockTime } from '../dates/clockTime';
import type { SchoolSettings } from '../settings/schoolSettings';
import type { Session } from '../vocabulary';

/**
 * The code for a pupil arriving at `arrival` (attendance policy "Late arrival", facts §2):
 *   at or before the register opens → present ('/' morning, '\' afternoon), 0 minutes late
 *   after it opens, before it closes → 'L' (late, counts as present)
 *   at or after it closes (09:30 is U) → 'U' (unauthorised absence), until the session ends
 *   after the session has ended, or (afternoon only) during the morning, or not a time → an error: the arrival
 *   belongs to another session. An arrival before a session starts is simply early, so on time: before the morning
 *   starts, or between the end of the morning and the start of the afternoon (12:30 with the morning ending at 12:15
 *   and the afternoon starting at 12:45 is on time for the afternoon; the morning was missed, so the morning
 *   register takes an absence code, not U, which is only for arriving before the session ends).
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
  const pm = settings.sessions.PM;
  if (session === 'AM' && at >= ends && at < minutesOfDay(pm.endsAt))
    return {
      ok: false,
      error:
        `${arrival} is after the morning session ended at ${times.endsAt}, so the morning was missed: give it the absence code that fits ` +
        `(U is only for arriving before the session ends), and record the arrival on the afternoon register` +
        (at < minutesOfDay(pm.startsAt) ? `, where it is on time (the afternoon starts at ${pm.startsAt})` : ''),
    };
  if (at >= ends)
    return { ok: false, error: `${arrival} is after the ${label} session ended at ${times.endsAt}: record it against the right session` };
  if (session === 'PM' && at < minutesOfDay(times.startsAt)) {
    const am = settings.sessions.AM;
    if (at < minutesOfDay(am.endsAt))
      return { ok: false, error: `${arrival} is during the morning session (it ends at ${am.endsAt}): record it against the morning` };
    // Between the sessions: early for the afternoon, so present from its start.
    return { ok: true, code: '\\', minutesLate: 0 };
  }
  if (at <= opens) return { ok: true, code: session === 'AM' ? '/' : '\\', minutesLate: 0 };
  return { ok: true, code: at < closes ? 'L' : 'U', minutesLate: at - opens };
}
