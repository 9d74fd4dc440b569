/**
 * The schools and their named staff (chunk `data-schools`). Their staff groups and guest invitations (chunk
 * `data-school-groups`, with the site's groups and pages schema) load the first time a school's staff change.
 */
import type { ServiceConnection } from '../connection';
import { SpSchoolRepository } from '../../data/sp/SchoolRepository';
import { once } from '../onDemandService';

export function createSchoolRepository(connection: ServiceConnection): SpSchoolRepository {
  const { sp, graph, siteUrl } = connection;
  return new SpSchoolRepository(
    sp,
    once(async () => (await import(/* webpackChunkName: 'data-school-groups' */ './schoolGroups')).createSchoolGroups(sp, graph, siteUrl)),
  );
}
