/** The schools and their named staff, with the staff groups and guest invitations they keep (chunk `data-schools`). */
import type { ServiceConnection } from '../connection';
import { GuestInvitationService } from '../../data/graph/invitations/GuestInvitationService';
import { SchoolGroupService } from '../../data/sp/access/SchoolGroupService';
import { SpSchoolRepository } from '../../data/sp/SchoolRepository';

export function createSchoolRepository(connection: ServiceConnection): SpSchoolRepository {
  const { sp, graph, siteUrl } = connection;
  return new SpSchoolRepository(sp, new SchoolGroupService(sp, new GuestInvitationService(graph, siteUrl)));
}
