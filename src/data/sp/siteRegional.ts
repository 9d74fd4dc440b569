/**
 * The Pathways site's regional settings, read once per site (web.regionalSettings and its time zone).
 * AddValidateUpdateItemUsingPath and ValidateUpdateListItem parse form values in the web's locale and time zone
 * (SharePoint/sp-dev-docs#4917; pnp/cli-microsoft365#4375: ISO dates are refused), so every date the product
 * writes as a form value is formatted for them (fieldCodec.formValues). Setup sets English (United Kingdom) and
 * London; a site left at SharePoint's default (English (United States), Pacific Time) works as well.
 */
import { DataError } from '../errors';
import type { SPFI } from './pnpSetup';
import { toDataError } from './spErrors';
import './pnp/regionalSettings';

export interface SiteRegional {
  readonly localeId: number;
  /** Day before month (dd/mm/yyyy) or month first (m/d/yyyy). */
  readonly dayFirst: boolean;
  /** 24-hour clock, or h:mm AM/PM. */
  readonly time24: boolean;
  /** IANA name of the site's time zone. */
  readonly timeZone: string;
}

/** The locales the product writes dates for (LCID → date order and clock). */
const LOCALES: Readonly<Record<number, { readonly dayFirst: boolean; readonly time24: boolean }>> = {
  1033: { dayFirst: false, time24: false }, // English (United States): SharePoint's default
  2057: { dayFirst: true, time24: true }, // English (United Kingdom): what setup sets
};

/** SharePoint's time zone ids (SPRegionalSettings.TimeZones) the product converts to. */
const TIME_ZONES: Readonly<Record<number, string>> = {
  2: 'Europe/London',
  4: 'Europe/Berlin',
  10: 'America/New_York',
  11: 'America/Chicago',
  12: 'America/Denver',
  13: 'America/Los_Angeles',
};

/** The regional settings of a site as the product uses them; throws a DataError naming what is not supported. */
export function siteRegionalOf(localeId: number, timeZoneId: number, timeZoneName = `time zone ${timeZoneId}`): SiteRegional {
  const locale = LOCALES[localeId];
  const timeZone = TIME_ZONES[timeZoneId];
  if (!locale || !timeZone) {
    throw new DataError(
      'invalid-record',
      `The Pathways Hub site's regional settings (${!locale ? `locale ${localeId}` : timeZoneName}) are not ones Pathways Hub can write dates in. ` +
        'Ask a site owner to run setup again, which sets English (United Kingdom) and London time.',
    );
  }
  return { localeId, ...locale, timeZone };
}

const loading = new Map<string, Promise<SiteRegional>>();
const loaded = new Map<string, SiteRegional>();
const key = (siteUrl: string): string => siteUrl.replace(/\/+$/, '').toLowerCase();

/** The site's regional settings once they have been read (synchronous: for writes queued in a batch). */
export function loadedSiteRegional(siteUrl: string): SiteRegional | undefined {
  return loaded.get(key(siteUrl));
}

/**
 * Reads the site's regional settings once (two GETs); later calls share the answer. Call it with an unbatched SPFI
 * before queueing form-value writes in a batch.
 */
export function loadSiteRegional(sp: SPFI, siteUrl: string): Promise<SiteRegional> {
  const k = key(siteUrl);
  let p = loading.get(k);
  if (!p) {
    p = (async () => {
      try {
        const [settings, zone] = await Promise.all([
          sp.web.regionalSettings.select('LocaleId')<{ LocaleId: number }>(),
          sp.web.regionalSettings.timeZone.select('Id', 'Description')<{ Id: number; Description?: string }>(),
        ]);
        const regional = siteRegionalOf(Number(settings.LocaleId), Number(zone.Id), zone.Description);
        loaded.set(k, regional);
        return regional;
      } catch (e) {
        loading.delete(k);
        throw toDataError(e, "read the site's regional settings");
      }
    })();
    loading.set(k, p);
  }
  return p;
}

/** Forgets what was read (tests that change a site's settings). */
export function forgetSiteRegional(siteUrl?: string): void {
  if (siteUrl === undefined) {
    loading.clear();
    loaded.clear();
  } else {
    loading.delete(key(siteUrl));
    loaded.delete(key(siteUrl));
  }
}
