import { formatUkDate, fromDayNumber, pad2, type IsoDate } from './isoDates';

/**
 * Europe/London wall-clock time from an injected instant, without relying on the host's time zone.
 * UK rule (since 1996): British Summer Time (UTC+1) runs from 01:00 UTC on the last Sunday of March
 * to 01:00 UTC on the last Sunday of October; otherwise GMT (UTC+0).
 */

const MS_PER_DAY = 86400000;

function lastSundayUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** True when `now` falls in British Summer Time. */
export function isBritishSummerTime(now: Date): boolean {
  const t = now.getTime();
  const y = now.getUTCFullYear();
  return t >= lastSundayUtc(y, 2) && t < lastSundayUtc(y, 9);
}

/** London offset from UTC in minutes at `now` (0 or 60). */
export function londonOffsetMinutes(now: Date): number {
  return isBritishSummerTime(now) ? 60 : 0;
}

/** Today's date in London at the instant `now` (pass the clock in; this function never reads it). */
export function londonToday(now: Date): IsoDate {
  const local = now.getTime() + londonOffsetMinutes(now) * 60000;
  return fromDayNumber(Math.floor(local / MS_PER_DAY));
}

/** London wall-clock time HH:MM at `now`. */
export function londonClockTime(now: Date): string {
  const local = new Date(now.getTime() + londonOffsetMinutes(now) * 60000);
  return `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`;
}

/** "20/11/2026 at 09:41" in London time, from an ISO date-time (the text itself when it is not one). */
export function formatLondonDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatUkDate(londonToday(d))} at ${londonClockTime(d)}`;
}
