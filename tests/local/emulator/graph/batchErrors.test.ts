import { BatchRequestContent, BatchResponseContent, PageIterator, RetryHandlerOptions, type PageCollection } from '@microsoft/microsoft-graph-client';
import { createLocalGraphClient } from '../../../../local/graphClient';
import { PEOPLE, startHarness, type Harness } from './support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(async () => {
  h.throttle.throttleNext(0);
  await h.raw('/_emulator/graph-consent', { method: 'POST', body: JSON.stringify({ denied: [] }) });
});

describe('JSON $batch', () => {
  it('runs requests built with BatchRequestContent and answers per request', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const content = new BatchRequestContent([
      { id: '1', request: new Request(`${h.origin}/graph/v1.0/me`, { method: 'GET' }) },
      {
        id: '2',
        request: new Request(`${h.origin}/graph/v1.0/me/sendMail`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ message: { subject: 'Batch', toRecipients: [{ emailAddress: { address: PEOPLE.senco.email } }] } }),
        }),
      },
      { id: '3', request: new Request(`${h.origin}/graph/v1.0/users/nobody@pathways.example.org`, { method: 'GET' }) },
    ]);
    const body = await content.getContent();
    expect(body.requests[0].url).toBe('/graph/v1.0/me'); // what graph-client sends for a non-Graph host
    const raw = (await client.api('/$batch').post(body)) as { responses: Array<{ id: string; status: number; body?: unknown }> };
    const res = new BatchResponseContent(raw);
    const me = res.getResponseById('1');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { mail: string }).mail).toBe(PEOPLE.organiser.email);
    expect(res.getResponseById('2').status).toBe(202);
    expect(raw.responses.find((r) => r.id === '2')?.body).toBeUndefined();
    expect(res.getResponseById('3').status).toBe(404);
  });

  it('accepts relative URLs, honours dependsOn (424 after a failure) and limits a batch to 20', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const raw = (await client.api('/$batch').post({
      requests: [
        { id: 'a', method: 'GET', url: '/users?$filter=mail eq \'dana.whitlock@pathways.example.org\'&$select=id' },
        { id: 'b', method: 'GET', url: 'me/events/does-not-exist' },
        { id: 'c', method: 'GET', url: '/me', dependsOn: ['b'] },
        { id: 'd', method: 'GET', url: '/v1.0/me', dependsOn: ['a'] },
      ],
    })) as { responses: Array<{ id: string; status: number; body?: { value?: Array<{ id: string }> } }> };
    expect(raw.responses.map((r) => [r.id, r.status])).toEqual([
      ['a', 200],
      ['b', 404],
      ['c', 424],
      ['d', 200],
    ]);
    expect(raw.responses[0].body?.value?.[0].id).toBe(h.user('senco').aadId);

    const tooMany = Array.from({ length: 21 }, (_v, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    await expect(client.api('/$batch').post({ requests: tooMany })).rejects.toMatchObject({ statusCode: 400, code: 'BadRequest' });
    const throttledInner = (await client.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'GET', url: '/me', headers: { 'x-emulator-throttle': '1' } },
      ],
    })) as { responses: Array<{ id: string; status: number; headers: Record<string, string> }> };
    expect(throttledInner.responses.map((r) => r.status)).toEqual([200, 429]);
    expect(throttledInner.responses[1].headers['Retry-After']).toBe('1');
    const twenty = tooMany.slice(0, 20);
    const ok = (await client.api('/$batch').post({ requests: twenty })) as { responses: unknown[] };
    expect(ok.responses).toHaveLength(20);
  });
});

describe('JSON $batch as Graph documents it', () => {
  const sendMail = (id: string, more: Record<string, unknown> = {}) => ({
    id,
    method: 'POST',
    url: '/me/sendMail',
    headers: { 'Content-Type': 'application/json' },
    body: { message: { subject: `Batch ${id}`, toRecipients: [{ emailAddress: { address: PEOPLE.senco.email } }] } },
    ...more,
  });
  type Answer = { responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: { error?: { message?: string } } }> };

  it('Outlook runs four requests to one mailbox at once: a fifth independent sendMail is throttled, a chained one is not', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const parallel = (await client.api('/$batch').post({ requests: ['1', '2', '3', '4', '5', '6'].map((id) => sendMail(id)) })) as Answer;
    expect(parallel.responses.map((r) => r.status)).toEqual([202, 202, 202, 202, 429, 429]);
    expect(parallel.responses[4].headers['Retry-After']).toBe('1');
    expect(parallel.responses[4].body?.error?.message).toBe('Application is over its MailboxConcurrency limit.');
    const ids = Array.from({ length: 20 }, (_x, i) => String(i + 1));
    const chained = (await client.api('/$batch').post({ requests: ids.map((id, i) => sendMail(id, i > 0 ? { dependsOn: [ids[i - 1]] } : {})) })) as Answer;
    expect(chained.responses.map((r) => r.status)).toEqual(ids.map(() => 202));
    // Reads of users are not Outlook's: twenty at once are fine (the test above).
  });

  it('a request with a body and no Content-Type is refused (400), the others run', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const raw = (await client.api('/$batch').post({ requests: [sendMail('1'), { ...sendMail('2'), headers: {} }] })) as Answer;
    expect(raw.responses.map((r) => r.status)).toEqual([202, 400]);
  });
});

describe('errors', () => {
  it('answers 401 InvalidAuthenticationToken without a signed-in user', async () => {
    const res = await h.raw('/graph/v1.0/me');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
    const stranger = createLocalGraphClient(h.origin, 'nobody@pathways.example.org');
    await expect(stranger.api('/me').get()).rejects.toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
  });

  it('accepts "Authorization: Bearer emulator:<email>" as the signed-in user', async () => {
    const res = await h.raw('/graph/v1.0/me', { headers: { Authorization: `Bearer emulator:${PEOPLE.senco.email}` } });
    expect(res.status).toBe(200);
  });

  it('answers 403 ErrorAccessDenied for endpoints whose permission is denied', async () => {
    const set = await h.raw('/_emulator/graph-consent', { method: 'POST', body: JSON.stringify({ denied: ['Mail.Send', 'Calendars.ReadWrite'] }) });
    expect(await set.json()).toEqual({ denied: ['Calendars.ReadWrite', 'Mail.Send'] });
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const denied = { statusCode: 403, code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' };
    await expect(client.api('/me/sendMail').post({ message: { toRecipients: [{ emailAddress: { address: PEOPLE.senco.email } }] } })).rejects.toMatchObject(denied);
    await expect(client.api('/me/events').post({})).rejects.toMatchObject(denied);
    // still allowed: reading users, reading the calendar (Calendars.Read), free/busy
    await expect(client.api('/me').get()).resolves.toMatchObject({ mail: PEOPLE.organiser.email });
    await expect(client.api('/me/events').get()).resolves.toMatchObject({ value: [] });

    await h.raw('/_emulator/graph-consent', { method: 'POST', body: JSON.stringify({ denied: ['User.ReadBasic.All', 'User.Read.All'] }) });
    await expect(client.api('/users').filter("mail eq 'x@pathways.example.org'").get()).rejects.toMatchObject({ statusCode: 403 });
    expect(await (await h.raw('/_emulator/graph-consent')).json()).toEqual({ denied: ['User.Read.All', 'User.ReadBasic.All'] });
  });

  it('answers 429 with Retry-After and the TooManyRequests error', async () => {
    h.throttle.throttleNext(1);
    const res = await h.raw('/graph/v1.0/me', { as: PEOPLE.organiser.email });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
  });

  it("graph-client's RetryHandler waits Retry-After and retries a throttled request", async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    const before = h.throttle.throttledCount;
    h.throttle.throttleNext(1);
    const started = Date.now();
    const me = (await client.api('/me').get()) as { mail: string };
    expect(me.mail).toBe(PEOPLE.organiser.email);
    expect(h.throttle.throttledCount - before).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up after maxRetries and surfaces the 429 as a GraphError', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email, { retry: new RetryHandlerOptions(0, 1) });
    h.throttle.retryAfterSeconds = 0;
    h.throttle.throttleNext(5);
    try {
      await expect(client.api('/me').get()).rejects.toMatchObject({ statusCode: 429, code: 'TooManyRequests' });
    } finally {
      h.throttle.retryAfterSeconds = 1;
    }
  });

  it('answers 400 for unknown segments and 405 for a wrong method', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
    await expect(client.api('/me/nonsense').get()).rejects.toMatchObject({ statusCode: 400, code: 'BadRequest' });
    await expect(client.api('/me/sendMail').get()).rejects.toMatchObject({ statusCode: 405 });
  });
});

describe('paging', () => {
  it('pages events 10 at a time and PageIterator follows the local @odata.nextLink', async () => {
    const client = createLocalGraphClient(h.origin, PEOPLE.colleague.email);
    for (let i = 0; i < 12; i++) {
      await client.api('/me/events').post({
        subject: `Slot ${i}`,
        start: { dateTime: `2025-09-0${1 + (i % 5)}T${String(8 + i).padStart(2, '0')}:00:00`, timeZone: 'Europe/London' },
        end: { dateTime: `2025-09-0${1 + (i % 5)}T${String(8 + i).padStart(2, '0')}:30:00`, timeZone: 'Europe/London' },
      });
    }
    const first = (await client.api('/me/events').select('subject').get()) as PageCollection;
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${h.origin}/graph/v1.0/me/events\\?`));
    const subjects: string[] = [];
    const iterator = new PageIterator(client, first, (e) => {
      subjects.push((e as { subject: string }).subject);
      return true;
    });
    await iterator.iterate();
    expect(subjects).toHaveLength(12);
    expect(new Set(subjects).size).toBe(12);
  });
});
