/**
 * The tenant's other sites, where Teams hosts the web parts: a channel tab runs on the team's own site, and a
 * meeting side panel on the tenant's root site (sp-dev-docs deployment-spfx-teams-solutions.md). Neither holds the
 * Pathways Hub lists, so the administrator sets the tenant property PathwaysHubSiteUrl to the Pathways Hub site,
 * as in a real tenant. Idempotent: local mode calls it at every start (a site kept in the database stays as it is).
 */
import { PATHWAYS_SITE_PROPERTY } from '../../src/data/sp/site/locatePathwaysSite';
import type { RunningEmulator } from '../emulator/server';
import type { DemoData } from '../demo/types';

/** The Teams team of the PRU's staff: its SharePoint site. */
export const STAFF_TEAM_SITE = { path: '/sites/pathways-staff-team', title: 'Pathways staff team' } as const;
/** The tenant's root site (Teams meetings and group chats run their tabs here). */
export const ROOT_SITE = { path: '/', title: 'Pathways Learning Centre intranet' } as const;

export function prepareTeamsSites(emulator: Pick<RunningEmulator, 'addSite' | 'tenantProperties' | 'siteUrl' | 'context'>, data: DemoData): void {
  const staff = data.staff.map((s) => s.email).filter((email) => emulator.context.directory.findByEmail(email) !== undefined);
  emulator.addSite({ ...STAFF_TEAM_SITE, description: 'The SharePoint site of the staff team in Microsoft Teams.', members: staff });
  emulator.addSite({ ...ROOT_SITE, description: "The tenant's root site.", visitors: staff });
  emulator.tenantProperties.set(PATHWAYS_SITE_PROPERTY, emulator.siteUrl, 'The Pathways Hub site (for Teams tabs and meeting panels)');
}
