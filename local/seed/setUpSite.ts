/**
 * Runs Pathways Hub's own setup (src/data/sp/setup) against an emulated site, signed in as its owner, as an
 * owner would from the Site setup page. Local mode and the test fixtures build their site this way.
 */
import { SiteSetup } from '../../src/data/sp/setup/SiteSetup';
import type { SetupResult } from '../../src/data/sp/setup/setupTypes';
import { DEFAULT_ADMIN } from '../emulator/store';
import { connectAs } from './localConnection';

export async function setUpSite(origin: string, sitePath: string, log: (line: string) => void = () => undefined, owner: string = DEFAULT_ADMIN.email): Promise<SetupResult> {
  const { sp } = connectAs(origin, sitePath, owner);
  return new SiteSetup(sp).run({ onProgress: (p) => log(`  ${p.label}`) });
}
