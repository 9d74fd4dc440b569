import { minutesOfDay } from '../dates/clockTime';
import { formatUkDate, type IsoDate } from '../dates/isoDates';
import { londonClockTime, londonToday } from '../dates/londonTime';

/**
 * Meeting times are London wall-clock times (the service's zone): staff type a date and a time, the record keeps
 * an instant. The offset is the one in force at that moment: BST (UTC+1) from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October, otherwise GMT.
 */

/** ('2026-06-10', '14:00') → '2026-06-10T13:00:00.000Z'. */
export function londonWallTimeToIso(date: IsoDate, time: string): string {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))];
  const minutes = minutesOfDay(time);
  const asGmt = Date.UTC(y, m, d, 0, minutes);
  const asBst = new Date(asGmt - 3600000);
  const bstFits = londonToday(asBst) === date && londonClockTime(asBst) === time;
  return (bstFits ? asBst : new Date(asGmt)).toISOString();
}

/** The London calendar date of a meeting (here, not with the due calendar, so reading a meeting loads no calendar). */
export function meetingDay(m: { readonly start: string }): IsoDate {
  return londonToday(new Date(m.start));
}

/** The London date and time of an instant: { date: '2026-06-10', time: '14:00' }. */
export function londonParts(iso: string): { date: IsoDate; time: string } {
  const at = new Date(iso);
  return { date: londonToday(at), time: londonClockTime(at) };
}

/** 'Tuesday 24/11/2026, 10:00 to 11:00' in London time. */
export function formatMeetingTime(startIso: string, endIso: string): string {
  const start = londonParts(startIso);
  const end = londonParts(endIso);
  const day = new Date(`${start.date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  const endDay = end.date === start.date ? '' : `${formatUkDate(end.date)} `;
  return `${day} ${formatUkDate(start.date)}, ${start.time} to ${endDay}${end.time}`;
}
