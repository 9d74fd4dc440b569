/**
 * The tenant app catalog of the emulated tenant: a site collection owned by the administrator, where
 * `npm run site -- deploy --site <local site>` uploads and deploys the package as it would in a real tenant.
 * Idempotent: local mode calls it at every start.
 */
import type { RunningEmulator } from '../emulator/server';
import { DEFAULT_ADMIN } from '../emulator/store';

export const APP_CATALOG_SITE = { path: '/sites/appcatalog', title: 'Apps' } as const;

export function prepareAppCatalog(emulator: Pick<RunningEmulator, 'addSite' | 'appCatalogs'>): void {
  emulator.addSite({ ...APP_CATALOG_SITE, description: 'The tenant app catalog.', owners: [DEFAULT_ADMIN.email] });
  emulator.appCatalogs.setTenantCatalog(APP_CATALOG_SITE.path);
}
