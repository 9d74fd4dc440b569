/**
 * The Site setup page's service (setup, upgrade, health check, repairs): its own chunk, loaded at its first call. It
 * holds what the check reads; the writes (setup's engine and the data migrations: `setup-run`, a school's staff
 * group: `data-school-groups`) load when setup or a repair first runs.
 */
import { SiteHealthCheck } from '../../data/sp/setup/health/SiteHealthCheck';
import type { ISiteSetup } from '../../data/sp/setup/health/healthTypes';
import { loadForWrites } from '../../data/sp/setup/loadForWrites';
import type { IHomeSchoolAccess, ISchoolRepository } from '../../data/ports';
import type { ServiceConnection } from '../connection';

export function createSiteSetup(deps: { connection: ServiceConnection; pupilAccess: IHomeSchoolAccess; schools: ISchoolRepository; now: () => Date }): ISiteSetup {
  const { sp, graph, siteUrl } = deps.connection;
  return new SiteHealthCheck({
    sp,
    siteUrl,
    graph,
    pupilAccess: deps.pupilAccess,
    schools: deps.schools,
    schoolGroups: async () => (await loadForWrites(() => import(/* webpackChunkName: 'data-school-groups' */ './schoolGroups'))).createSchoolGroups(sp, graph, siteUrl),
    now: deps.now,
  });
}
