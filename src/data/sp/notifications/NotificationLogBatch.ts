/**
 * The notifications log many entries at a time, for the notification service's sending (notifyAll): each in
 * SharePoint batches sent at once, so a register save's e-mails cost one round trip per step whatever their number.
 * Loaded with the Graph services, not with the log's reads (data-notification-log), which the views read first.
 */
import type { NotificationRecord } from '../../../domain';
import { ConcurrencyError } from '../../errors';
import type { INotificationLogBatch, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readEachBatched } from '../listReader';
import { toDataError } from '../spErrors';
import { MAX_PARTS_PER_CALL, runBatchedAtOnce, utf8Bytes } from '../batchRetry';
import { notificationMapper } from './notificationMapper';
import { writerOf } from '../recordWriter';

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A record's payload, or why it is not valid (RecordValidationError): that one is refused, before anything is sent. */
const payloadOf = (record: NotificationRecord): { payload: Record<string, unknown> } | { error: unknown } => {
  try {
    return { payload: writerOf(notificationMapper).toPayload(record) };
  } catch (error) {
    return { error };
  }
};

export class SpNotificationLogBatch implements INotificationLogBatch {
  public constructor(private readonly sp: SPFI) {}

  public async findByKeys(dedupeKeys: readonly string[]): Promise<ReadonlyMap<string, Saved<NotificationRecord>>> {
    // One indexed equality per key (never an 'or' of them), in batches sent at once: one round trip for many keys.
    const keys = Array.from(new Set(dedupeKeys));
    const r = await readEachBatched(this.sp, notificationMapper, keys.map((k) => `PwDedupeKey eq ${quote(k)}`), 'check the notifications log');
    if (r.problems.length > 0) throw r.problems[0];
    return new Map(r.items.map((n) => [n.dedupeKey, n]));
  }

  public async addAll(records: readonly NotificationRecord[]): Promise<PromiseSettledResult<Saved<NotificationRecord>>[]> {
    const payloads = records.map((r) => payloadOf(r));
    const valid = payloads.flatMap((p, i) => ('payload' in p ? [{ i, payload: p.payload }] : []));
    const settled = await runBatchedAtOnce(
      this.sp,
      valid.map(({ payload }) => async (batched) => notificationMapper.fromItem((await batched.web.lists.getByTitle(notificationMapper.list.title).items.add(payload)) as Record<string, unknown>)),
      { partsPerCall: MAX_PARTS_PER_CALL, bodyBytes: (n) => utf8Bytes(JSON.stringify(valid[n].payload)) },
    );
    const out: PromiseSettledResult<Saved<NotificationRecord>>[] = payloads.map((p) => ({ status: 'rejected', reason: 'error' in p ? p.error : new Error('Not sent.') }));
    settled.forEach((r, n) => (out[valid[n].i] = r.status === 'fulfilled' ? r : { status: 'rejected', reason: toDataError(r.reason, 'log the notification') }));
    return out;
  }

  public async updateAll(updates: readonly { readonly id: number; readonly etag: string; readonly record: NotificationRecord }[]): Promise<PromiseSettledResult<Saved<NotificationRecord>>[]> {
    const payloads = updates.map((u) => payloadOf(u.record));
    const valid = payloads.flatMap((p, i) => ('payload' in p ? [{ i, payload: p.payload, u: updates[i] }] : []));
    const settled = await runBatchedAtOnce(
      this.sp,
      valid.map(({ payload, u }) => async (batched) => {
        // The new ETag comes with the answer to the MERGE: the entry is what was written, under that ETag (no read-back).
        const answer = (await batched.web.lists.getByTitle(notificationMapper.list.title).items.getById(u.id).update(payload, u.etag)) as { etag?: unknown } | undefined;
        if (typeof answer?.etag !== 'string' || answer.etag === '') throw new Error('SharePoint did not answer the new version of the log entry.');
        return { ...notificationMapper.validate(u.record), id: u.id, etag: answer.etag };
      }),
      { partsPerCall: MAX_PARTS_PER_CALL, bodyBytes: (n) => utf8Bytes(JSON.stringify(valid[n].payload)) },
    );
    const out: PromiseSettledResult<Saved<NotificationRecord>>[] = payloads.map((p) => ({ status: 'rejected', reason: 'error' in p ? p.error : new Error('Not sent.') }));
    settled.forEach((r, n) => {
      const { i, u } = valid[n];
      if (r.status === 'fulfilled') out[i] = r;
      else {
        const err = toDataError(r.reason, 'log the notification');
        out[i] = { status: 'rejected', reason: err.kind === 'conflict' ? new ConcurrencyError(notificationMapper.list.title, u.id) : err };
      }
    });
    return out;
  }
}
