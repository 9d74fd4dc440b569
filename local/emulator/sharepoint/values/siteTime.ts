/**
 * Site time. SharePoint keeps DateTime values in UTC; values typed into forms (and validate-update form values) are
 * in the site's locale and time zone (regional.ts). Date-only columns hold local midnight in the site's time zone.
 */
import { localeOf, timeZoneOf, type RegionalSettings } from './regional';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

function offsetMinutesAt(utcMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (t: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - utcMs) / 60000);
}

/** UTC milliseconds for a wall-clock time in a time zone (IANA name). */
export function localToUtc(timeZone: string, y: number, m: number, d: number, h = 0, min = 0, s = 0): number {
  const guess = Date.UTC(y, m - 1, d, h, min, s);
  const first = guess - offsetMinutesAt(guess, timeZone) * 60000;
  return guess - offsetMinutesAt(first, timeZone) * 60000;
}

/** SharePoint's REST DateTime format. */
export const toSpDate = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an ISO 8601 string as SharePoint's REST API does for JSON payloads (without an offset: UTC). Returns
 * undefined when invalid.
 */
export function parseIso(value: string): number | undefined {
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  if (m[7]) {
    const ms = Date.parse(value.trim().replace(' ', 'T'));
    return Number.isNaN(ms) ? undefined : ms;
  }
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

const FORM = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP]M))?)?$/i;

export type FormDate = { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly message: string };

/**
 * Parses a validate-update form value for a DateTime column in the site's regional settings: the locale's date
 * order ('2/23/2012 2:25 PM' in en-US, '23/02/2012 14:25' in en-GB), read in the site's time zone. ISO 8601 is
 * refused, as SharePoint refuses it. A day-first date on a month-first site is misread when both parts are 12 or
 * less (04/03/2012 is 3 April in en-US) and refused otherwise, as SharePoint does. Either clock is read (h:mm AM/PM
 * or HH:mm), as .NET's culture-aware parsing does. A date-only column keeps the date at local midnight.
 */
export function parseFormDate(value: string, regional: RegionalSettings, dateOnly: boolean): FormDate {
  const locale = localeOf(regional);
  const refuse: FormDate = { ok: false, message: dateOnly ? `Enter a date like this: ${locale.sampleDate}` : `Enter a date and time like this: ${locale.sampleDateTime}` };
  const m = FORM.exec(value.trim());
  if (!m) return refuse;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [d, mo] = locale.dayFirst ? [a, b] : [b, a];
  let h = Number(m[4] ?? '0');
  const mi = Number(m[5] ?? '0');
  const s = Number(m[6] ?? '0');
  const ampm = m[7]?.toUpperCase();
  if (ampm !== undefined) {
    if (h < 1 || h > 12) return refuse;
    h = (h % 12) + (ampm === 'PM' ? 12 : 0);
  }
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return refuse;
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return refuse;
  if (y < 1900 || y > 8900) return { ok: false, message: 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.' };
  return { ok: true, ms: localToUtc(timeZoneOf(regional).iana, y, mo, d, dateOnly ? 0 : h, dateOnly ? 0 : mi, dateOnly ? 0 : s) };
}
