/**
 * Graph's dateTimeTimeZone handling: wall-clock times in a named zone (IANA or the Windows names Outlook uses)
 * converted to and from UTC instants with Intl, so British Summer Time is honoured.
 */

/** Windows time zone names Graph accepts, mapped to IANA (the ones the product may meet). */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  utc: 'UTC',
  'coordinated universal time': 'UTC',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'eastern standard time': 'America/New_York',
  'pacific standard time': 'America/Los_Angeles',
};

/** The IANA zone for a Graph timeZone name, or undefined when unknown. */
export function resolveZone(name: string): string | undefined {
  const windows = WINDOWS_ZONES[name.trim().toLowerCase()];
  if (windows) return windows;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in `zone` at the instant `date`. */
export function wallTime(date: Date, zone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

function offsetMs(instant: number, zone: string): number {
  const w = wallTime(new Date(instant), zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The UTC instant for a Graph `{ dateTime, timeZone }`; undefined when the text or zone is not valid.
 * A dateTime carrying its own offset ('Z' or '+01:00') is taken literally, as Graph does.
 */
export function toUtc(dateTime: string, timeZone: string): Date | undefined {
  const m = DATE_TIME.exec(dateTime.trim());
  const zone = resolveZone(timeZone);
  if (!m || !zone) return undefined;
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'), ms);
  if (Number.isNaN(wall) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59) return undefined;
  if (offset) {
    if (offset === 'Z') return new Date(wall);
    const sign = offset.startsWith('-') ? -1 : 1;
    const [oh, om] = offset.slice(1).split(':').map(Number);
    return new Date(wall - sign * (oh * 60 + om) * 60000);
  }
  const first = wall - offsetMs(wall, zone);
  const second = wall - offsetMs(first, zone);
  return new Date(second);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Graph's dateTime text for an instant in a zone: 'YYYY-MM-DDTHH:mm:ss.0000000'. */
export function toGraphDateTime(date: Date, timeZone: string): string {
  const zone = resolveZone(timeZone) ?? 'UTC';
  const w = wallTime(date, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}.0000000`;
}

/** The zone named by a `Prefer: outlook.timezone="…"` header, if any and known. */
export function preferredZone(prefer: string | undefined): string | undefined {
  if (!prefer) return undefined;
  const m = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer);
  return m && resolveZone(m[1]) ? m[1] : undefined;
}
