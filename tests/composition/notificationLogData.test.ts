import type { ServiceConnection } from '../../src/composition/connection';
import type { GraphServiceDeps } from '../../src/composition/onDemand/graphServices';
import type { NotificationRequest } from '../../src/data/ports';

// Which on-demand modules createServices loaded, and what it handed the Graph services.
const mockLoaded: string[] = [];
const mockDeps: GraphServiceDeps[] = [];

// The reads are their own module (data-notification-log); the writes (data-notification-log-write) load at the first write.
jest.mock('../../src/data/sp/notifications/NotificationLogReads', () => {
  mockLoaded.push('notification-log');
  return {
    SpNotificationLogReads: class {
      public async recent(limit?: number): Promise<unknown> {
        return { items: [{ id: 1, limit }], problems: [] };
      }
    },
  };
});

jest.mock('../../src/composition/onDemand/graphServices', () => {
  mockLoaded.push('graph');
  return {
    createGraphServices: (deps: GraphServiceDeps) => {
      mockDeps.push(deps);
      return { notifications: { notify: async () => ({ outcome: 'sent' }), retry: async () => ({ outcome: 'sent' }) } };
    },
  };
});

import { createServices } from '../../src/composition/createServices';

const connection = {
  sp: {},
  graph: {},
  siteUrl: 'https://contoso.example/sites/pathways',
  user: { email: 'staff@example.org', displayName: 'A Member of Staff' },
} as unknown as ServiceConnection;

describe('the notifications log, its own data module', () => {
  it('is read (Today, the outbox, Reports) without loading the Graph services, which then share the same log', async () => {
    const services = createServices(connection);
    const log = await services.notifications.recent(5);
    expect(log.items).toEqual([{ id: 1, limit: 5 }]);
    expect(mockLoaded).toEqual(['notification-log']);

    const request: NotificationRequest = { kind: 'test', to: ['school@example.org'], subject: 's', message: 'm', link: 'l', dedupeKey: 'k' };
    await expect(services.notifications.notify(request)).resolves.toEqual({ outcome: 'sent' });
    expect(mockLoaded).toEqual(['notification-log', 'graph']);
    await expect(mockDeps[0].notificationLog.recent(3)).resolves.toEqual({ items: [{ id: 1, limit: 3 }], problems: [] });
    expect(mockLoaded).toEqual(['notification-log', 'graph']);
  });
});
