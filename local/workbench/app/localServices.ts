/**
 * Local mode's only difference from SharePoint: how the connection is made. The PnPjs repositories and Graph
 * services are the production ones; the emulator is told who is signed in by a header.
 */
import { InjectHeaders } from '@pnp/queryable';
import { createServices } from '../../../src/composition/createServices';
import type { IServices } from '../../../src/composition/IServices';
import { browserBehavior, createSp } from '../../../src/data/sp/pnpSetup';
import { createLocalGraphClient } from '../../graphClient';
import { EMULATOR_USER_HEADER } from '../../emulator/contracts';

export interface SignInUser {
  readonly email: string;
  readonly displayName: string;
  readonly description: string;
}

export function createLocalServices(origin: string, sitePath: string, user: SignInUser, now: Date): IServices {
  const siteUrl = `${origin}${sitePath}`;
  return createServices({
    sp: createSp(siteUrl, browserBehavior(siteUrl), InjectHeaders({ [EMULATOR_USER_HEADER]: user.email })),
    graph: createLocalGraphClient(origin, user.email),
    siteUrl,
    user: { email: user.email, displayName: user.displayName },
    now: () => now,
  });
}
