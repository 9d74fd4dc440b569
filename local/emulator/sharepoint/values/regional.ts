/**
 * A site's regional settings (SP.RegionalSettings): the locale that validate-update form values are parsed in and
 * the time zone they are read in (SharePoint/sp-dev-docs#4917: "depending on your locale settings in your SPWeb …
 * 'DD/MM/YYYY hh:mm' or 'MM/DD/YYYY hh:mm AM/PM'"; pnp/cli-microsoft365#4375: an ISO date is refused with "Enter a
 * date and time like this: …"). A new site is en-US in Pacific Time, SharePoint Online's default; setup sets
 * English (United Kingdom), London. Stored per site (the site table: localeId, timeZoneId).
 */
export interface RegionalSettings {
  /** LCID: 1033 en-US, 2057 en-GB. */
  readonly localeId: number;
  /** SharePoint's time zone id: 13 Pacific, 2 London. */
  readonly timeZoneId: number;
  /** The 24-hour clock, when set explicitly (site script hourFormat); otherwise the locale's own. */
  readonly time24?: boolean;
}

/** SharePoint Online's default for a new site. */
export const DEFAULT_REGIONAL: RegionalSettings = { localeId: 1033, timeZoneId: 13 };

export interface LocaleFormat {
  readonly name: string;
  /** Day before month (dd/mm/yyyy). */
  readonly dayFirst: boolean;
  /** 24-hour clock; otherwise h:mm AM/PM. */
  readonly time24: boolean;
  /** SharePoint's own examples in its error messages. */
  readonly sampleDate: string;
  readonly sampleDateTime: string;
}

/** The locales the emulator parses; any other LCID is parsed as en-US (documented in the README). */
export const LOCALES: Readonly<Record<number, LocaleFormat>> = {
  1033: { name: 'en-US', dayFirst: false, time24: false, sampleDate: '2/23/2012', sampleDateTime: '2/23/2012 2:25 PM' },
  2057: { name: 'en-GB', dayFirst: true, time24: true, sampleDate: '23/02/2012', sampleDateTime: '23/02/2012 14:25' },
};

export interface TimeZoneInfo {
  readonly id: number;
  readonly iana: string;
  readonly description: string;
  /** Minutes to add to local standard time to get UTC (SP.TimeZoneInformation). */
  readonly bias: number;
  readonly daylightBias: number;
}

/** SharePoint's time zone ids (SPRegionalSettings.TimeZones) that the emulator knows. */
export const TIME_ZONES: Readonly<Record<number, TimeZoneInfo>> = {
  2: { id: 2, iana: 'Europe/London', description: '(UTC) Dublin, Edinburgh, Lisbon, London', bias: 0, daylightBias: -60 },
  4: { id: 4, iana: 'Europe/Berlin', description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', bias: -60, daylightBias: -60 },
  10: { id: 10, iana: 'America/New_York', description: '(UTC-05:00) Eastern Time (US and Canada)', bias: 300, daylightBias: -60 },
  13: { id: 13, iana: 'America/Los_Angeles', description: '(UTC-08:00) Pacific Time (US and Canada)', bias: 480, daylightBias: -60 },
};

export const localeOf = (r: RegionalSettings): LocaleFormat => LOCALES[r.localeId] ?? LOCALES[1033];
export const timeZoneOf = (r: RegionalSettings): TimeZoneInfo => TIME_ZONES[r.timeZoneId] ?? TIME_ZONES[13];
