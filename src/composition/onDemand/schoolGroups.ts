/** A school's staff group and its members' guest invitations (chunk `data-school-groups`): loaded when staff change. */
import type { GraphApi } from '../../data/graph/graphApi';
import { GuestInvitationService } from '../../data/graph/invitations/GuestInvitationService';
import { SchoolGroupService } from '../../data/sp/access/SchoolGroupService';
import type { SPFI } from '../../data/sp/pnpSetup';

export function createSchoolGroups(sp: SPFI, graph: GraphApi, siteUrl: string): SchoolGroupService {
  return new SchoolGroupService(sp, new GuestInvitationService(graph, siteUrl));
}
