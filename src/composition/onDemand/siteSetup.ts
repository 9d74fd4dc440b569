/** The Site setup page's service (setup, upgrade, health check, repairs): its own chunk, loaded at its first call. */
import { GuestInvitationService } from '../../data/graph/invitations/GuestInvitationService';
import { SchoolGroupService } from '../../data/sp/access/SchoolGroupService';
import { SiteHealthCheck } from '../../data/sp/setup/health/SiteHealthCheck';
import type { ISiteSetup } from '../../data/sp/setup/health/healthTypes';
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
    schoolGroups: new SchoolGroupService(sp, new GuestInvitationService(graph, siteUrl)),
    now: deps.now,
  });
}
