import { LEADERSHIP_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { rawFetch, spFor, startTestEmulator } from '../../../support/emulator';
import { STAFF } from './people';

let emu: RunningEmulator;
const post = (path: string, body: unknown) => fetch(`${emu.origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(LEADERSHIP_GROUP.title, STAFF.email);
});
afterEach(() => post('/_emulator/throttle', { rate: 0 }));
afterAll(() => emu.close());

describe('throttling on demand', () => {
  it('throttles a deterministic share of requests with 429 and Retry-After', async () => {
    expect((await post('/_emulator/throttle', { rate: 0.5, retryAfterSeconds: 2 })).status).toBe(200);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const r = await rawFetch(`${emu.siteUrl}/_api/web`, STAFF.email);
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 429, 200, 429, 200, 429]);
    expect(retryAfter).toBe('2');
  });

  it('forces a 429 for one request with x-emulator-throttle: 1', async () => {
    const r = await rawFetch(`${emu.siteUrl}/_api/web`, STAFF.email, { headers: { 'x-emulator-throttle': '1' } });
    expect(r.status).toBe(429);
    expect((await rawFetch(`${emu.siteUrl}/_api/web`, STAFF.email)).status).toBe(200);
  });

  it('lets PnPjs retry and recover (Retry-After 0)', async () => {
    await post('/_emulator/throttle', { rate: 0.5, retryAfterSeconds: 0 });
    const sp = spFor(STAFF.email, { siteUrl: emu.siteUrl });
    for (let i = 0; i < 4; i++) {
      const added = await sp.web.lists.getByTitle('Pathways Registers').items.add({ PwRegisterKey: `2026-09-0${i + 1}-AM`, PwDate: `2026-09-0${i + 1}T00:00:00Z`, PwSession: 'AM', PwTakenBy: STAFF.email, PwTakenAt: `2026-09-0${i + 1}T08:40:00Z` });
      expect(added.PwRegisterKey).toBe(`2026-09-0${i + 1}-AM`);
    }
    expect(emu.store.items('Pathways Registers')).toHaveLength(4);
  });

  it('lets PnPjs recover with a Retry-After of 1 s', async () => {
    await post('/_emulator/throttle', { rate: 1, retryAfterSeconds: 1 });
    const sp = spFor(STAFF.email, { siteUrl: emu.siteUrl });
    const started = Date.now();
    const pending = sp.web.select('Title')();
    await new Promise((r) => setTimeout(r, 300));
    await post('/_emulator/throttle', { rate: 0 });
    expect((await pending).Title).toBe('Pathways Hub');
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});

describe('admin endpoints and CORS', () => {
  it('lists the directory at /_emulator/users', async () => {
    const body = (await (await fetch(`${emu.origin}/_emulator/users`)).json()) as { value: { email: string }[] };
    expect(body.value.map((u) => u.email)).toEqual(expect.arrayContaining(['admin@pathways.example.org', STAFF.email]));
  });

  it('answers a browser preflight from another localhost port', async () => {
    const r = await fetch(`${emu.siteUrl}/_api/web`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:4321', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-emulator-user,if-match' },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
    expect(r.headers.get('access-control-allow-headers')).toMatch(/x-emulator-user/);
    expect(r.headers.get('access-control-allow-headers')).toMatch(/IF-Match/);
    const get = await rawFetch(`${emu.siteUrl}/_api/web`, STAFF.email, { headers: { Origin: 'http://localhost:4321' } });
    expect(get.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    const foreign = await rawFetch(`${emu.siteUrl}/_api/web`, STAFF.email, { headers: { Origin: 'https://evil.example.com' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('resets to an empty site with POST /_emulator/reset', async () => {
    const own = await startTestEmulator();
    try {
      own.store.addItem('Pathways Schools', { Title: 'Temp', PwUrn: '900001', PwPhase: 'Primary' });
      expect((await fetch(`${own.origin}/_emulator/reset`, { method: 'POST' })).status).toBe(200);
      expect(() => own.store.items('Pathways Schools')).toThrow(/No list titled/);
      expect(own.store.group(DEFAULT_GROUPS.owners.id).title).toBe('Pathways Hub Owners');
    } finally {
      await own.close();
    }
  });
});

describe('extra parts', () => {
  it('passes unknown /_emulator/ paths and non-SharePoint paths to the parts, unthrottled', async () => {
    const seen: string[] = [];
    const own = await startTestEmulator({
      parts: [
        {
          migrate: () => undefined,
          handle: (req) => {
            if (!/^\/(_emulator\/outbox|graph\/)/.test(req.url.pathname)) return undefined;
            seen.push(`${req.method} ${req.url.pathname} ${req.user?.email ?? '-'}`);
            return { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"ok":true}' };
          },
        },
      ],
    });
    try {
      await fetch(`${own.origin}/_emulator/throttle`, { method: 'POST', body: JSON.stringify({ rate: 1 }) });
      expect((await fetch(`${own.origin}/_emulator/outbox`)).status).toBe(200);
      expect((await rawFetch(`${own.origin}/graph/v1.0/me`, 'admin@pathways.example.org')).status).toBe(429);
      await fetch(`${own.origin}/_emulator/throttle`, { method: 'POST', body: JSON.stringify({ rate: 0 }) });
      expect((await fetch(`${own.origin}/graph/v1.0/me`, { headers: { Authorization: 'Bearer emulator:admin@pathways.example.org' } })).status).toBe(200);
      expect((await fetch(`${own.origin}/nothing-here`)).status).toBe(404);
      expect(seen).toEqual(['GET /_emulator/outbox -', 'GET /graph/v1.0/me admin@pathways.example.org']);
    } finally {
      await own.close();
    }
  });
});
