/**
 * Issue 18: a register save's e-mails cost a few round trips whatever their number, never a chain per e-mail.
 * Counted over real HTTP against the emulator: requests, and sequential waves (a request sent after another's answer
 * had arrived is a wave after it, as bench/dataRequests.ts counts them). Also: a batch partly failed (one address
 * refused in the middle of the chain) loses and doubles nothing.
 */
import type { NotificationRequest } from '../../../../src/data/ports';
import { SpNotificationLogBatch } from '../../../../src/data/sp/notifications/NotificationLogBatch';
import { startGraphFixture, type GraphFixture } from '../support/graphFixture';

let fx: GraphFixture;
beforeAll(async () => {
  fx = await startGraphFixture();
});
afterAll(() => fx.close());
beforeEach(() => fx.clearOutbox());

const request = (n: number, run: string, to = `staff${n}@oakfield.example.sch.uk`): NotificationRequest => ({
  kind: 'absent-no-reason',
  pupilId: n,
  to: [to],
  subject: `Pathways Learning Centre: an attendance update for pupil PH-${n}`,
  message: `There is an attendance update about a pupil you are named for (reference PH-${n}). Please open the record to see it.`,
  link: `https://contoso.example/sites/pathways/Lists/PwPupils/DispForm.aspx?ID=${n}`,
  dedupeKey: `${run}:${n}`,
});

interface Traffic {
  readonly requests: number;
  readonly waves: number;
  readonly paths: string[];
}

/** Counts the requests `run` makes, and their waves. */
async function counted(run: () => Promise<unknown>): Promise<Traffic> {
  const realFetch = globalThis.fetch;
  const spans: { start: number; end: number; wave: number }[] = [];
  const paths: string[] = [];
  let clock = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    // Not counted, as the bench does not: a SharePoint page takes its own digest, it never asks _api/contextinfo.
    if (new URL(url).pathname.endsWith('/_api/contextinfo')) return realFetch(input, init);
    paths.push(`${(init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()} ${new URL(url).pathname}`);
    const start = ++clock;
    const wave = 1 + Math.max(0, ...spans.filter((s) => s.end < start).map((s) => s.wave));
    const span = { start, end: Number.POSITIVE_INFINITY, wave };
    spans.push(span);
    try {
      return await realFetch(input, init);
    } finally {
      span.end = ++clock;
    }
  }) as typeof fetch;
  try {
    await run();
  } finally {
    globalThis.fetch = realFetch;
  }
  return { requests: spans.length, waves: Math.max(0, ...spans.map((s) => s.wave)), paths };
}

describe('the round trips of many notifications', () => {
  it('25 e-mails at once: the log read once, written twice, the mail in two JSON batches, in four waves', async () => {
    const { services } = fx.admin;
    await services.settings.get(); // read by the register before its e-mails (and cached)
    let settled: PromiseSettledResult<unknown>[] = [];
    const traffic = await counted(async () => {
      settled = await services.notifications.notifyAll(Array.from({ length: 25 }, (_x, n) => request(n + 1, 'many')));
    });
    expect(settled.every((r) => r.status === 'fulfilled' && (r.value as { outcome: string }).outcome === 'sent')).toBe(true);
    expect(await fx.outbox('?kind=mail')).toHaveLength(25);
    // Log read (2 SharePoint batch calls of 20 reads, at once), added (1), sent (2 Graph batches, at once), outcomes (1).
    expect(traffic.waves).toBe(4);
    expect(traffic.requests).toBe(6);
    expect(traffic.paths.filter((p) => p.endsWith('/graph/v1.0/$batch'))).toHaveLength(2);
    expect(traffic.paths.filter((p) => p.endsWith('/me/sendMail'))).toHaveLength(0);
    const logged = await new SpNotificationLogBatch(fx.admin.sp).findByKeys(Array.from({ length: 25 }, (_x, n) => `many:${n + 1}`));
    expect([...logged.values()].map((e) => [e.outcome, e.attempts])).toEqual(Array.from({ length: 25 }, () => ['Sent', 1]));

    // Asked again (the register saved again): one read, nothing sent.
    const again = await counted(() => services.notifications.notifyAll(Array.from({ length: 25 }, (_x, n) => request(n + 1, 'many'))));
    expect(again).toMatchObject({ requests: 2, waves: 1 });
    expect(await fx.outbox('?kind=mail')).toHaveLength(25);
  });

  it('one e-mail: four waves (it was seven: the log read, added, its attempt written and read back, sent, written and read back)', async () => {
    const { services } = fx.admin;
    await services.settings.get();
    const traffic = await counted(() => services.notifications.notify(request(1, 'one')));
    expect(traffic).toMatchObject({ requests: 4, waves: 4 });
    expect(traffic.paths.filter((p) => p.endsWith('/me/sendMail'))).toHaveLength(1);
  });

  it('a batch partly refused: the refused address is logged as not sent, the e-mails after it in the chain go once', async () => {
    const { services } = fx.admin;
    const asked = Array.from({ length: 6 }, (_x, n) => request(n + 1, 'partly'));
    // Graph refuses the third message's recipient (400): the batch on its way is given one it cannot resolve.
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.endsWith('/graph/v1.0/$batch') || typeof init?.body !== 'string') return realFetch(input, init);
      const batch = JSON.parse(init.body) as { requests: { body: { message: { subject: string; toRecipients: unknown } } }[] };
      for (const r of batch.requests) if (r.body.message.subject.endsWith('PH-3')) r.body.message.toRecipients = [{ emailAddress: { address: 'not an address' } }];
      return realFetch(input, { ...init, body: JSON.stringify(batch) });
    }) as typeof fetch;
    let settled: PromiseSettledResult<{ outcome: string; problem?: string }>[];
    try {
      settled = await services.notifications.notifyAll(asked);
    } finally {
      globalThis.fetch = realFetch;
    }
    const outcomes = settled.map((r) => (r.status === 'fulfilled' ? r.value.outcome : 'rejected'));
    expect(outcomes).toEqual(['sent', 'sent', 'failed', 'sent', 'sent', 'sent']);
    const mail = await fx.outbox('?kind=mail');
    expect(mail.map((m) => m.to[0]).sort()).toEqual([1, 2, 4, 5, 6].map((n) => `staff${n}@oakfield.example.sch.uk`).sort());
    const third = settled[2];
    expect(third.status === 'fulfilled' && third.value.problem).toMatch(/an e-mail address was not accepted/);
    const logged = await new SpNotificationLogBatch(fx.admin.sp).findByKeys(asked.map((r) => r.dedupeKey));
    expect(asked.map((r) => logged.get(r.dedupeKey)?.outcome)).toEqual(['Sent', 'Sent', 'Failed', 'Sent', 'Sent', 'Sent']);
    // Asked again (the next save): the five sent are not sent again; the refused one is tried again.
    await services.notifications.notifyAll(asked);
    const after = await fx.outbox('?kind=mail');
    expect(after).toHaveLength(6);
    expect(after.filter((m) => m.to[0] === 'staff3@oakfield.example.sch.uk')).toHaveLength(1);
  });
});
