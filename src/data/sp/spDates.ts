/**
 * Date-only columns on a SharePoint site in Europe/London are stored as the UTC instant of local midnight
 * (1 July is stored as 2026-06-30T23:00:00Z in summer time). These two functions convert both ways.
 */
const LONDON = 'Europe/London';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function londonParts(instant: Date): { y: number; m: number; d: number; h: number; min: number } {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter.formatToParts(instant)) parts[p.type] = p.value;
  // en-GB is a 24-hour locale; some engines write midnight as 24.
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), h: Number(parts.hour) % 24, min: Number(parts.minute) };
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The London calendar date (yyyy-mm-dd) of an instant. */
export function londonDateOf(instantIso: string): string {
  const { y, m, d } = londonParts(new Date(instantIso));
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The UTC instant (ISO, Z) of midnight in London on an ISO date. */
export function londonMidnightUtc(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, 0, 0);
  // London is UTC+0 or UTC+1: find the offset at that moment and step back by it.
  const p = londonParts(new Date(guess));
  const shownAsUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min);
  const offset = shownAsUtc - guess;
  return new Date(guess - offset).toISOString().replace('.000Z', 'Z');
}

/** The wall-clock date and time of an instant in a time zone (IANA name). */
export function wallClockIn(instantIso: string, timeZone: string): { y: number; m: number; d: number; h: number; min: number } {
  const parts: Record<string, string> = {};
  const f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  for (const p of f.formatToParts(new Date(instantIso))) parts[p.type] = p.value;
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), h: Number(parts.hour) % 24, min: Number(parts.minute) };
}
