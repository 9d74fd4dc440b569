/** What a Graph route handler receives: the request, the signed-in user and the emulator's services. */
import type { TeamsLinkPolicy } from './events/teamsLinkPolicy';
import type { DirectoryUser, EmulatorContext, RouteRequest } from '../contracts';
import type { ConsentStore } from './consent';
import type { EventStore } from './events/eventStore';
import type { OutboxStore } from './outbox/outboxStore';

export interface TenantInfo {
  /** The tenant's initial (onmicrosoft.com) domain, used for guests' #EXT# user principal names. */
  readonly domain: string;
  /** Entra tenant id (a GUID) written into Teams join links. */
  readonly tenantId: string;
}

export interface GraphServices {
  readonly ctx: EmulatorContext;
  readonly consent: ConsentStore;
  readonly events: EventStore;
  readonly outbox: OutboxStore;
  /** When new online meetings get their Teams link. */
  readonly teamsLinks: TeamsLinkPolicy;
  tenant(): TenantInfo;
}

export interface GraphCall {
  readonly req: RouteRequest;
  readonly user: DirectoryUser;
  /** Path segments after /v1.0/, URL-decoded. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  /** Absolute URL of the resource as the client addressed it (for @odata.nextLink). */
  readonly selfUrl: URL;
  readonly services: GraphServices;
}
