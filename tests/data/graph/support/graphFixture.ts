/**
 * A private emulator with its SharePoint and Graph parts, and the production services signed in as a member of
 * staff over HTTP, for the Graph services' tests: Outlook events, sendMail, getSchedule, the Outbox and the
 * consent switch, as in local mode.
 */
import { InjectHeaders } from '@pnp/queryable';
import { RetryHandlerOptions } from '@microsoft/microsoft-graph-client';
import { createServices } from '../../../../src/composition/createServices';
import type { IServices } from '../../../../src/composition/IServices';
import type { GraphApi, GraphRequestLike } from '../../../../src/data/graph/graphApi';
import { browserBehavior, createSp, type SPFI } from '../../../../src/data/sp/pnpSetup';
import type { Pupil } from '../../../../src/domain';
import type { Saved } from '../../../../src/data/ports';
import { EMULATOR_USER_HEADER, type EmulatorPart } from '../../../../local/emulator/contracts';
import { createGraphPart } from '../../../../local/emulator/graph';
import type { OutboxRecord } from '../../../../local/emulator/graph/outbox/outboxTypes';
import { setUpSiteDatabase } from '../../../support/setUpSiteDatabase';
import { startEmulator, type RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { FORCE_THROTTLE_HEADER } from '../../../../local/emulator/throttle';
import { createLocalGraphClient, localGraphPostOnce } from '../../../../local/graphClient';
import { installFetchGlobals, SITE_PATH } from '../../../support/emulator';

installFetchGlobals();

export interface Connection {
  readonly sp: SPFI;
  readonly graph: GraphApi;
  readonly services: IServices;
}

export interface GraphFixture {
  readonly emulator: RunningEmulator;
  readonly admin: Connection;
  /**
   * The services as `email`. `throttleFirst` makes that many of its Graph calls answer 429 (Retry-After 1 s); the
   * graph-client's own retry is off, so the services' retry is what is tested.
   */
  connect(email: string, options?: { throttleFirst?: number; now?: () => Date }): Connection;
  addPupil(pupil: Pupil): Promise<Saved<Pupil>>;
  outbox(query?: string): Promise<OutboxRecord[]>;
  clearOutbox(): Promise<void>;
  denyConsent(permissions: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** Wraps a Graph client so the first `n` requests carry the emulator's force-throttle header. */
function throttling(client: GraphApi, n: number): GraphApi {
  let left = n;
  return {
    api(path: string): GraphRequestLike {
      const r = client.api(path);
      if (left > 0) {
        left--;
        r.header(FORCE_THROTTLE_HEADER, '1');
      }
      return r;
    },
  };
}

export async function startGraphFixture(): Promise<GraphFixture> {
  // The Graph part needs the running emulator's context, so it is bound once the server has started.
  const bound: { part?: EmulatorPart } = {};
  const graphPart: EmulatorPart = { migrate: (db) => bound.part?.migrate(db), handle: (req) => bound.part?.handle(req) };
  const emulator = await startEmulator({ port: 0, dbFile: ':memory:', reset: true, parts: [graphPart], initialDatabase: await setUpSiteDatabase() });
  bound.part = createGraphPart(emulator.context, { applyThrottle: false });
  bound.part.migrate(emulator.context.db);
  const siteUrl = `${emulator.origin}${SITE_PATH}`;

  const connect = (email: string, options: { throttleFirst?: number; now?: () => Date } = {}): Connection => {
    const sp = createSp(siteUrl, browserBehavior(siteUrl), InjectHeaders({ [EMULATOR_USER_HEADER]: email }));
    const client = createLocalGraphClient(emulator.origin, email, { retry: new RetryHandlerOptions(0, 0) });
    const g = throttling(client, options.throttleFirst ?? 0);
    const user = emulator.context.directory.findByEmail(email);
    const services = createServices({ sp, graph: g, sendOnce: localGraphPostOnce(emulator.origin, email), siteUrl, user: { email, displayName: user?.displayName ?? email }, ...(options.now ? { now: options.now } : {}) });
    return { sp, graph: g, services };
  };
  const admin = connect(DEFAULT_ADMIN.email);
  const adminJson = async (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${emulator.origin}${path}`, init);

  return {
    emulator,
    admin,
    connect,
    addPupil: (pupil) => admin.services.pupils.create(pupil),
    async outbox(query = '') {
      const r = await adminJson(`/_emulator/outbox${query}`);
      return (await r.json()) as OutboxRecord[];
    },
    async clearOutbox() {
      await adminJson('/_emulator/outbox', { method: 'DELETE' });
    },
    async denyConsent(permissions) {
      await adminJson('/_emulator/graph-consent', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ denied: permissions }) });
    },
    close: () => emulator.close(),
  };
}
