/**
 * Runs Pathways Hub's own setup (src/data/sp/setup) against an emulated site, signed in as its owner, as an
 * owner would from the Site setup page. Local mode and the test fixtures build their site this way.
 */
// Setup loads PnPjs's client-side pages API on demand (pnpSetup.loadClientsidePages, a webpack chunk in the
// bundle). Run by tsx in Node (npm start, the benchmarks), that import() does not extend the Web of the statically
// imported PnPjs ("addClientsidePage is not a function"), so Node-side setup loads it up front.
import '@pnp/sp/clientside-pages';
import { SiteSetup } from '../../src/data/sp/setup/SiteSetup';
import type { SetupResult } from '../../src/data/sp/setup/setupTypes';
import { DEFAULT_ADMIN } from '../emulator/store';
import { connectAs } from './localConnection';

export async function setUpSite(origin: string, sitePath: string, log: (line: string) => void = () => undefined, owner: string = DEFAULT_ADMIN.email): Promise<SetupResult> {
  const { sp } = connectAs(origin, sitePath, owner);
  return new SiteSetup(sp, { siteUrl: `${origin}${sitePath}` }).run({ onProgress: (p) => log(`  ${p.label}`) });
}
