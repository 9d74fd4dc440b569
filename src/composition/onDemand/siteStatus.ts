/**
 * Site setup's first screen: the site's status (may the signed-in person set up, is Pathways Hub set up, at which
 * version), read in one round trip by a small module of its own (`data-site-status`). The check, setup, upgrade and
 * repairs are the `data-site-setup` chunk (./siteSetup), loaded when one of them is first asked for.
 */
import { readSiteStatus, type SiteStatus } from '../../data/sp/setup/siteStatus';
import type { ServiceConnection } from '../connection';

export function createSiteStatus(connection: Pick<ServiceConnection, 'sp' | 'siteUrl'>): { status(): Promise<SiteStatus> } {
  return { status: () => readSiteStatus(connection.sp, connection.siteUrl) };
}
