/** The notifications log against the SharePoint emulator: the unique key, newest first, the ones not sent. */
import { SpNotificationLogRepository } from '../../../../src/data/sp/notifications/NotificationLogRepository';
import type { NotificationRecord } from '../../../../src/domain';
import { startGraphFixture, type GraphFixture } from '../../graph/support/graphFixture';

let fx: GraphFixture;
beforeAll(async () => {
  fx = await startGraphFixture();
});
afterAll(() => fx.close());

const entry = (key: string, over: Partial<NotificationRecord> = {}): NotificationRecord => ({
  kind: 'attendance-stage',
  recipients: ['casey.lund@oakfield.example.sch.uk'],
  subject: 'An update',
  outcome: 'Pending',
  attempts: 0,
  dedupeKey: key,
  message: 'Please open the record.',
  linkUrl: 'https://contoso.example/sites/pathways/Lists/PwPupils/DispForm.aspx?ID=3',
  ...over,
});

describe('SpNotificationLogRepository (emulator)', () => {
  it('one entry per key: a second with the same key is refused as a duplicate', async () => {
    const log = new SpNotificationLogRepository(fx.admin.sp);
    const first = await log.add(entry('k:1'));
    expect(first).toMatchObject({ dedupeKey: 'k:1', recipients: ['casey.lund@oakfield.example.sch.uk'], outcome: 'Pending' });
    await expect(log.add(entry('k:1'))).rejects.toMatchObject({ kind: 'duplicate' });
    expect((await log.findByKey('k:1'))?.id).toBe(first.id);
    expect(await log.findByKey("k:'quoted'")).toBeUndefined();
  });

  it('lists the newest first and those not sent', async () => {
    const log = new SpNotificationLogRepository(fx.admin.sp);
    const sent = await log.add(entry('k:2', { outcome: 'Sent', attempts: 1, lastAttempt: '2026-11-20T10:00:00Z' }));
    const failed = await log.add(entry('k:3', { outcome: 'Failed', attempts: 2, lastAttempt: '2026-11-20T10:05:00Z', error: 'Mail.Send not approved' }));
    const recent = await log.recent(2);
    expect(recent.items.map((x) => x.id)).toEqual([failed.id, sent.id]);
    const unsent = (await log.unsent()).items.map((x) => x.id);
    expect(unsent).toContain(failed.id);
    expect(unsent).not.toContain(sent.id);
    // Today: the ones that failed, and only what it shows of each.
    const failedOnly = await log.failed();
    expect(failedOnly.problems).toEqual([]);
    expect(failedOnly.items).toEqual([{ id: failed.id, etag: expect.any(String), subject: 'An update', outcome: 'Failed', attempts: 2 }]);
  });
});
