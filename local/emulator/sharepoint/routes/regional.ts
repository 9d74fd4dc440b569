import type { RouteResponse } from '../../contracts';
import { INVALID_QUERY, SpError } from '../errors';
import { entity, type SpRequest } from '../request';
import type { SpServices } from '../services';
import { localeOf, timeZoneOf } from '../values/regional';

/** web/RegionalSettings (SP.RegionalSettings): the locale and the clock the site's forms use. */
export function getRegionalSettings(s: SpServices, req: SpRequest): RouteResponse {
  const r = s.ctx.regional();
  const locale = localeOf(r);
  return entity(req, {
    'odata.type': 'SP.RegionalSettings',
    'odata.id': `${s.ctx.siteUrl}/_api/Web/RegionalSettings`,
    AdjustHijriDays: 0,
    CalendarType: 1,
    Collation: 25,
    DateFormat: locale.dayFirst ? 1 : 0,
    DateSeparator: '/',
    FirstDayOfWeek: locale.dayFirst ? 1 : 0,
    LocaleId: r.localeId,
    Time24: r.time24 ?? locale.time24,
    TimeSeparator: ':',
    WorkDays: 62,
  });
}

/** web/RegionalSettings/TimeZone (SP.TimeZone). */
export function getTimeZone(s: SpServices, req: SpRequest): RouteResponse {
  const tz = timeZoneOf(s.ctx.regional());
  return entity(req, {
    'odata.type': 'SP.TimeZone',
    'odata.id': `${s.ctx.siteUrl}/_api/Web/RegionalSettings/TimeZone`,
    Description: tz.description,
    Id: tz.id,
    Information: { Bias: tz.bias, DaylightBias: tz.daylightBias, StandardBias: 0 },
  });
}

/** SharePoint refuses MERGE/PATCH on SP.RegionalSettings (vgrem/office365-rest-python-client#426). */
export const regionalSettingsReadOnly = (): SpError => new SpError(400, INVALID_QUERY, 'The type SP.RegionalSettings does not support HTTP PATCH method.');
