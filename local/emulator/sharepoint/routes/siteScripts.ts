/**
 * POST <web>/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.ExecuteSiteScriptAction
 * with body { actionDefinition: '<one site script action, as a JSON string>' } (PnPjs
 * `sp.siteScripts.executeSiteScriptAction`): runs one site script action on the web of the URL and answers a
 * collection of SiteScriptActionResult { Title, Outcome, OutcomeText, Target } (a collection, as
 * office365-rest-python-client reads it; PnPjs's parser hands it back as an array). Outcome is PnPjs's
 * SiteScriptActionOutcome: 0 success, 1 failure, 2 no-op, 3 succeeded with an exception.
 *
 * Only `setRegionalSettings` is emulated (learn.microsoft.com, "Site template JSON schema", Configure regional
 * settings: timeZone and locale numbers, sortOrder number, hourFormat "12" | "24"; rerunning an action with the same
 * parameters updates, never duplicates). Any other verb fails (Outcome 1), never silently succeeds. The action
 * does what Site settings > Regional settings (regionalsetng.aspx) does, which needs Manage Web Site: anyone
 * without it (not a site owner) gets 403.
 */
import type { RouteResponse } from '../../contracts';
import { errors, SpError, INVALID_QUERY } from '../errors';
import { bodyObject, collection, type SpRequest } from '../request';
import type { SpServices } from '../services';
import { LOCALES, TIME_ZONES } from '../values/regional';

/** The utility's path segment, lower-cased as dispatch compares it. */
export const EXECUTE_SITE_SCRIPT_ACTION = 'microsoft.sharepoint.utilities.webtemplateextensions.sitescriptutility.executesitescriptaction';

const TITLE = 'Set regional settings';

function result(req: SpRequest, title: string, outcome: 0 | 1, text: string | null): RouteResponse {
  return collection(req, [{ 'odata.type': 'Microsoft.SharePoint.Utilities.WebTemplateExtensions.SiteScriptActionResult', Title: title, Outcome: outcome, OutcomeText: text, Target: null }]);
}

export function executeSiteScriptAction(s: SpServices, req: SpRequest): RouteResponse {
  if (req.method !== 'POST') throw new SpError(405, INVALID_QUERY, 'ExecuteSiteScriptAction is called with POST.');
  if (!req.perms.webHas('ManageWeb')) throw errors.accessDenied();
  const raw = bodyObject(req).actionDefinition;
  if (typeof raw !== 'string') throw new SpError(400, INVALID_QUERY, 'The parameter actionDefinition is required.');
  let action: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    action = parsed as Record<string, unknown>;
  } catch {
    throw new SpError(400, INVALID_QUERY, 'The parameter actionDefinition is not one site script action in JSON.');
  }
  const verb = typeof action.verb === 'string' ? action.verb : '';
  if (verb !== 'setRegionalSettings') return result(req, verb || 'Unknown action', 1, `The emulator does not run the site script action '${verb}'.`);
  const current = s.ctx.regional();
  const { locale, timeZone, sortOrder, hourFormat } = action;
  if (locale !== undefined && (typeof locale !== 'number' || !LOCALES[locale])) return result(req, TITLE, 1, `The locale ${JSON.stringify(locale)} is not one the emulator knows (1033, 2057).`);
  if (timeZone !== undefined && (typeof timeZone !== 'number' || !TIME_ZONES[timeZone])) return result(req, TITLE, 1, `The time zone ${JSON.stringify(timeZone)} is not one the emulator knows (2, 4, 10, 13).`);
  if (sortOrder !== undefined && typeof sortOrder !== 'number') return result(req, TITLE, 1, 'sortOrder must be a number.');
  if (hourFormat !== undefined && hourFormat !== '12' && hourFormat !== '24') return result(req, TITLE, 1, 'hourFormat must be "12" or "24".');
  const time24 = hourFormat === undefined ? current.time24 : hourFormat === '24';
  s.ctx.setRegional({
    localeId: typeof locale === 'number' ? locale : current.localeId,
    timeZoneId: typeof timeZone === 'number' ? timeZone : current.timeZoneId,
    ...(time24 === undefined ? {} : { time24 }),
  });
  return result(req, TITLE, 0, null);
}
