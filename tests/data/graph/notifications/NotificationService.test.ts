/**
 * NotificationService against the emulator: sendMail lands in the Outbox, every message is logged with its
 * outcome and attempts, a key is sent once, a 403 is logged in plain words and can be sent again once approved,
 * a 429 is retried, and a message carrying pupil detail is refused before anything is sent.
 */
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { createLocalGraphClient, localGraphPostOnce } from '../../../../local/graphClient';
import { NotificationService } from '../../../../src/data/graph/notifications/NotificationService';
import { SpNotificationLogRepository } from '../../../../src/data/sp/notifications/NotificationLogRepository';
import { SpNotificationLogBatch } from '../../../../src/data/sp/notifications/NotificationLogBatch';
import type { NotificationRequest } from '../../../../src/data/ports';
import { startGraphFixture, type GraphFixture } from '../support/graphFixture';

let fx: GraphFixture;
let n = 0;
const request = (over: Partial<NotificationRequest> = {}): NotificationRequest => ({
  kind: 'attendance-stage',
  pupilId: 12,
  to: ['Casey.Lund@oakfield.example.sch.uk', 'p.sandhu@oakfield.example.sch.uk'],
  subject: 'Pathways Learning Centre: an attendance update for pupil PH-0012',
  message: 'There is an attendance update about a pupil you are named for (reference PH-0012). Please open the record to see it.',
  link: 'https://contoso.example/sites/pathways/Lists/PwPupils/DispForm.aspx?ID=12',
  dedupeKey: `test:${++n}`,
  ...over,
});

beforeAll(async () => {
  fx = await startGraphFixture();
});
afterAll(() => fx.close());
beforeEach(async () => {
  await fx.clearOutbox();
  await fx.denyConsent([]);
});

describe('the notification service', () => {
  it('sends the short message and link, and logs who, what, when and the outcome', async () => {
    const { services } = fx.admin;
    const r = await services.notifications.notify(request());
    expect(r.outcome).toBe('sent');
    const [mail] = await fx.outbox('?kind=mail');
    expect(mail.to).toEqual(['casey.lund@oakfield.example.sch.uk', 'p.sandhu@oakfield.example.sch.uk']);
    expect(mail.from).toBe(DEFAULT_ADMIN.email);
    expect(mail.subject).toBe('Pathways Learning Centre: an attendance update for pupil PH-0012');
    expect(mail.body).toContain('<a href="https://contoso.example/sites/pathways/Lists/PwPupils/DispForm.aspx?ID=12">Open the record in Pathways Hub</a>');
    expect(mail.body).toContain('There is an attendance update about a pupil you are named for (reference PH-0012).');

    const logged = await new SpNotificationLogRepository(fx.admin.sp).findByKey(r.record.dedupeKey);
    expect(logged).toMatchObject({
      kind: 'attendance-stage',
      pupilId: 12,
      recipients: ['casey.lund@oakfield.example.sch.uk', 'p.sandhu@oakfield.example.sch.uk'],
      outcome: 'Sent',
      attempts: 1,
      sentBy: DEFAULT_ADMIN.email,
    });
    expect(logged?.lastAttempt).toEqual(expect.any(String));
    expect(logged?.error).toBeUndefined();
  });

  it('sends a key once: the second request finds it in the log', async () => {
    const { services } = fx.admin;
    const once = request();
    await services.notifications.notify(once);
    const again = await services.notifications.notify(once);
    expect(again.outcome).toBe('already-sent');
    expect(await fx.outbox('?kind=mail')).toHaveLength(1);
  });

  it('a refused send is logged in plain words, shown among the recent ones, and sent again once approved', async () => {
    const { services } = fx.admin;
    await fx.denyConsent(['Mail.Send']);
    const r = await services.notifications.notify(request());
    expect(r.outcome).toBe('failed');
    expect(r.problem).toBe(
      'Could not send the e-mail: the administrator has not approved the "Mail.Send" permission for Pathways Hub. Ask them to approve it in the SharePoint admin centre (Advanced, API access).',
    );
    expect(r.record).toMatchObject({ outcome: 'Failed', attempts: 1, error: r.problem });
    expect(await fx.outbox()).toEqual([]);
    const recent = await services.notifications.recent();
    expect(recent.items[0]).toMatchObject({ id: r.record.id, outcome: 'Failed' });
    expect((await new SpNotificationLogRepository(fx.admin.sp).unsent()).items.map((x) => x.id)).toContain(r.record.id);

    await fx.denyConsent([]);
    const retried = await services.notifications.retry(r.record.id);
    expect(retried.outcome).toBe('sent');
    expect(retried.record).toMatchObject({ outcome: 'Sent', attempts: 2 });
    expect(retried.record.error).toBeUndefined();
    expect(await fx.outbox('?kind=mail')).toHaveLength(1);
  });

  it('a send refused with 429 (nothing sent) is sent again after Retry-After, a bounded number of times; beyond that it is logged and staff send it again', async () => {
    const waits: number[] = [];
    const serviceFor = (throttleFirst: number): NotificationService => {
      const c = fx.connect(DEFAULT_ADMIN.email, { throttleFirst });
      return new NotificationService({
        graph: c.graph,
        log: new SpNotificationLogRepository(c.sp),
        logBatch: new SpNotificationLogBatch(c.sp),
        sender: { email: DEFAULT_ADMIN.email, displayName: 'Admin' },
        serviceName: async () => 'Pathways Learning Centre',
        now: () => new Date('2026-11-20T10:00:00Z'),
        wait: async (ms) => void waits.push(ms),
      });
    };
    const once = await serviceFor(1).notify(request({ dedupeKey: `throttled-once:${n}` }));
    expect(once.record).toMatchObject({ outcome: 'Sent', attempts: 1 });
    expect(waits).toEqual([1000]); // the emulator's Retry-After: 1
    expect(await fx.outbox('?kind=mail')).toHaveLength(1);

    await fx.clearOutbox();
    const service = serviceFor(4);
    const r = await service.notify(request({ dedupeKey: `throttled:${n}` }));
    expect(r.outcome).toBe('failed');
    expect(r.problem).toMatch(/Microsoft 365 is busy/);
    expect(r.record).toMatchObject({ outcome: 'Failed', attempts: 1 });
    expect(await fx.outbox('?kind=mail')).toHaveLength(0);
    const again = await service.retry(r.record.id);
    expect(again.record).toMatchObject({ outcome: 'Sent', attempts: 2 });
    expect(await fx.outbox('?kind=mail')).toHaveLength(1);
  });

  it('an e-mail whose answer is lost (504 after Graph sent it) goes once, and the log says it may have been sent', async () => {
    const email = DEFAULT_ADMIN.email;
    const service = new NotificationService({
      // graph-client with its own RetryHandler on, as MSGraphClientV3 runs it: e-mail must not go through it.
      graph: createLocalGraphClient(fx.emulator.origin, email),
      sendOnce: localGraphPostOnce(fx.emulator.origin, email),
      log: new SpNotificationLogRepository(fx.admin.sp),
      logBatch: new SpNotificationLogBatch(fx.admin.sp),
      sender: { email, displayName: 'Admin' },
      serviceName: async () => 'Pathways Learning Centre',
      now: () => new Date('2026-11-20T10:00:00Z'),
    });
    fx.emulator.lostAnswers.inject({ path: '/me/sendMail', count: 1 });
    const r = await service.notify(request({ dedupeKey: `lost:${n}` }));
    expect(fx.emulator.lostAnswers.pending).toBe(0);
    expect(await fx.outbox('?kind=mail')).toHaveLength(1);
    expect(r.outcome).toBe('failed');
    expect(r.problem).toMatch(/^Microsoft 365 did not confirm this e-mail to casey\.lund@oakfield\.example\.sch\.uk, p\.sandhu@oakfield\.example\.sch\.uk, so it may have been sent\. Look in Sent Items/);
    expect(r.problem).not.toMatch(/504|Gateway|timed out/i);
    expect(r.record).toMatchObject({ outcome: 'Failed', attempts: 1, error: r.problem });
    // The same key asked for again (another save) is not sent by itself either: it is in the log for staff to decide.
    expect(await fx.outbox('?kind=mail')).toHaveLength(1);
  });

  it('the production services send e-mail through sendOnce', async () => {
    fx.emulator.lostAnswers.inject({ path: '/me/sendMail', count: 1, mode: 'drop' });
    const r = await fx.admin.services.notifications.notify(request());
    expect(await fx.outbox('?kind=mail')).toHaveLength(1);
    expect(r).toMatchObject({ outcome: 'failed', problem: expect.stringMatching(/may have been sent/) });
  });

  it('a send whose outcome was never recorded (the connection went after the mail left) is not sent again by itself', async () => {
    const { services } = fx.admin;
    const once = request({ dedupeKey: `killed:${n}` });
    const realFetch = globalThis.fetch;
    let cut = false;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (cut) throw new TypeError('fetch failed');
      const res = await realFetch(input, init);
      if (String(input instanceof Request ? input.url : input).endsWith('/me/sendMail')) cut = true;
      return res;
    }) as typeof fetch;
    try {
      await expect(services.notifications.notify(once)).rejects.toBeDefined();
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(await fx.outbox('?kind=mail')).toHaveLength(1);
    // The same event again (another save of the register), once the connection is back: not sent a second time.
    const again = await services.notifications.notify(once);
    expect(await fx.outbox('?kind=mail')).toHaveLength(1);
    expect(again).toMatchObject({ outcome: 'failed', problem: expect.stringMatching(/may have been sent\. Look in Sent Items/) });
    expect(again.record).toMatchObject({ outcome: 'Failed', attempts: 1 });
  });

  it('a key logged by someone else between the read and the add is theirs: not sent, their entry left alone', async () => {
    const log = new SpNotificationLogRepository(fx.admin.sp);
    const batch = new SpNotificationLogBatch(fx.admin.sp);
    const once = request({ dedupeKey: `raced:${n}` });
    const theirs = await log.add({ kind: once.kind, pupilId: 12, recipients: [...once.to], subject: once.subject, outcome: 'Pending', attempts: 1, dedupeKey: once.dedupeKey, message: once.message, linkUrl: once.link });
    let reads = 0;
    const service = new NotificationService({
      graph: fx.admin.graph,
      sendOnce: localGraphPostOnce(fx.emulator.origin, DEFAULT_ADMIN.email),
      log,
      // The first read misses theirs (it was not there yet), as when two saves run at once.
      logBatch: { findByKeys: (keys) => (reads++ === 0 ? Promise.resolve(new Map()) : batch.findByKeys(keys)), addAll: (r) => batch.addAll(r), updateAll: (u) => batch.updateAll(u) },
      sender: { email: DEFAULT_ADMIN.email, displayName: 'Admin' },
      serviceName: async () => 'Pathways Learning Centre',
      now: () => new Date('2026-11-20T10:00:00Z'),
    });
    const r = await service.notify(once);
    expect(r.outcome).toBe('already-sent');
    expect(reads).toBe(2);
    expect(await fx.outbox('?kind=mail')).toEqual([]);
    expect(await log.get(theirs.id)).toMatchObject({ outcome: 'Pending', attempts: 1, etag: theirs.etag });
  });

  it('refuses pupil detail before anything is sent or logged', async () => {
    const { services } = fx.admin;
    const key = `detail:${n}`;
    await expect(services.notifications.notify(request({ dedupeKey: key, message: 'Attendance fell to 78% this week.' }))).rejects.toThrow(
      'it contains a percentage',
    );
    await expect(services.notifications.notify(request({ dedupeKey: key, subject: 'Medical appointment' }))).rejects.toThrow('health information');
    await expect(services.notifications.notify(request({ dedupeKey: key, to: [' '] }))).rejects.toThrow('no recipient');
    expect(await fx.outbox()).toEqual([]);
    expect(await new SpNotificationLogRepository(fx.admin.sp).findByKey(key)).toBeUndefined();
  });
});
