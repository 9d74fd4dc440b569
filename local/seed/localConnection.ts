/** A Node-side connection to the emulator as one user: the production services, signed in by header. */
import { InjectHeaders } from '@pnp/queryable';
import { createServices } from '../../src/composition/createServices';
import type { IServices } from '../../src/composition/IServices';
import { browserBehavior, createSp, type SPFI } from '../../src/data/sp/pnpSetup';
import { EMULATOR_USER_HEADER } from '../emulator/contracts';
import { createLocalGraphClient, localGraphPostOnce } from '../graphClient';

export interface LocalConnection {
  readonly sp: SPFI;
  readonly services: IServices;
  readonly siteUrl: string;
}

export function connectAs(origin: string, sitePath: string, email: string, displayName = email, now?: Date): LocalConnection {
  const siteUrl = `${origin}${sitePath}`;
  const sp = createSp(siteUrl, browserBehavior(siteUrl), InjectHeaders({ [EMULATOR_USER_HEADER]: email }));
  const services = createServices({
    sp,
    graph: createLocalGraphClient(origin, email),
    sendOnce: localGraphPostOnce(origin, email),
    siteUrl,
    user: { email, displayName },
    ...(now ? { now: () => now } : {}),
  });
  return { sp, services, siteUrl };
}
