/** Times as Outlook events carry them: wall-clock time in the service's zone, Europe/London. */
import { londonClockTime, londonToday, londonWallTimeToIso } from '../../domain';

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

/** The instant of a London wall-clock time as Graph gives it ('2026-06-10T14:00:00.0000000'), as ISO UTC. */
export function fromLondonWallTime(wall: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(wall);
  if (!m) throw new Error(`Not a date and time: '${wall}'`);
  return londonWallTimeToIso(m[1], m[2]);
}
