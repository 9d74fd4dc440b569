/**
 * The emulated site's regional settings: en-GB (LCID 2057), time zone (UTC) Dublin, Edinburgh, Lisbon, London.
 * SharePoint keeps DateTime values in UTC; values typed into forms (and validate-update form values) are in site time.
 */
export const SITE_TIME_ZONE = 'Europe/London';
export const SITE_LCID = 2057;

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: SITE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function offsetMinutesAt(utcMs: number): number {
  const parts = formatter.formatToParts(new Date(utcMs));
  const get = (t: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - utcMs) / 60000);
}

/** UTC milliseconds for a wall-clock time in site time. */
export function siteLocalToUtc(y: number, m: number, d: number, h = 0, min = 0, s = 0): number {
  const guess = Date.UTC(y, m - 1, d, h, min, s);
  const first = guess - offsetMinutesAt(guess) * 60000;
  return guess - offsetMinutesAt(first) * 60000;
}

/** SharePoint's REST DateTime format. */
export const toSpDate = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an ISO 8601 string. Without an offset it is read as UTC (as SharePoint's REST API does for JSON
 * payloads) unless assumeSiteTime is set (validate-update form values). Returns undefined when invalid.
 */
export function parseIso(value: string, assumeSiteTime = false): number | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  if (m[7]) {
    const ms = Date.parse(value.trim().replace(' ', 'T'));
    return Number.isNaN(ms) ? undefined : ms;
  }
  return assumeSiteTime ? siteLocalToUtc(y, mo, d, h, mi, s) : Date.UTC(y, mo - 1, d, h, mi, s);
}

const GB = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parses a form value in the site's en-GB format ('dd/mm/yyyy' or 'dd/mm/yyyy HH:MM') or ISO 8601. */
export function parseFormDate(value: string): number | undefined {
  const m = GB.exec(value.trim());
  if (!m) return parseIso(value, true);
  const [d, mo, y, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCDate() !== d) return undefined;
  if (y < 1900 || y > 8900) return undefined;
  return siteLocalToUtc(y, mo, d, h, mi, s);
}
