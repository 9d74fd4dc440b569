/** Times as Outlook events carry them: wall-clock time in the service's zone, Europe/London. */
import { londonClockTime, londonToday } from '../../domain';

export const SERVICE_TIME_ZONE = 'Europe/London';

export interface GraphDateTime {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** '2026-11-24T10:00:00Z' → { dateTime: '2026-11-24T10:00:00', timeZone: 'Europe/London' } (GMT in winter, BST in summer). */
export function toLondonGraphTime(iso: string): GraphDateTime {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`Not a date and time: '${iso}'`);
  return { dateTime: `${londonToday(at)}T${londonClockTime(at)}:00`, timeZone: SERVICE_TIME_ZONE };
}

/**
 * The instant of a London wall-clock time ('2026-06-10T14:00:00' or with fractions) as ISO UTC. The offset is
 * the one in force at that moment (BST from the last Sunday of March to the last Sunday of October).
 */
export function fromLondonWallTime(wall: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(wall);
  if (!m) throw new Error(`Not a date and time: '${wall}'`);
  const utcGuess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  // Try BST first (local = UTC + 1h), then GMT.
  const asBst = new Date(utcGuess - 3600000);
  const inBst = londonToday(asBst) === `${m[1]}-${m[2]}-${m[3]}` && londonClockTime(asBst) === `${m[4]}:${m[5]}`;
  return (inBst ? asBst : new Date(utcGuess)).toISOString();
}
