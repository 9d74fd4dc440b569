import { pad2 } from './isoDates';

/** Clock times as 'HH:MM' (24-hour). */
export type ClockTime = string;

/** Minutes after midnight for 'HH:MM'. Throws on anything else. */
export function minutesOfDay(time: ClockTime): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new Error(`Not a time of day: '${time}'`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function isClockTime(time: string): boolean {
  return /^([01]\d|2[0-3]):([0-5]\d)$/.test(time);
}

export function clockTimeFromMinutes(minutes: number): ClockTime {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
