import type { FailedNotification, NotificationRecord } from '../../../domain';
import { RecordValidationError } from '../../errors';
import type { INotificationLog, ReadResult, Saved } from '../../ports';
import type { SPFI } from '../pnpSetup';
import { readAll, readOne } from '../listReader';
import { toDataError } from '../spErrors';
import { failedNotificationMapper } from './failedNotificationMapper';

/** The whole entry's schema and mapper, loaded at the first read of whole entries (not by Today's `failed`). */
const wholeEntries = async (): Promise<typeof import('./notificationMapper')['notificationMapper']> =>
  (await import(/* webpackChunkName: 'notification-records' */ './notificationMapper')).notificationMapper;

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const newestFirst = (a: { readonly id: number }, b: { readonly id: number }): number => b.id - a.id;

/** The methods that write (the rest read). */
export type NotificationLogWrite = 'add' | 'update';

/**
 * The notifications log. Queries start on an indexed column (the unique dedupe key, or the outcome), and
 * "recent" reads the newest items by id, so none meets the list view threshold however long the log grows.
 *
 * These are the reads (`data-notification-log`, what a first screen loads); the writes (NotificationLogRepository.ts, `data-notification-log-write`) extend this class,
 * loaded at the first write.
 */
export class SpNotificationLogReads implements Omit<INotificationLog, NotificationLogWrite> {
  public constructor(protected readonly sp: SPFI) {}

  public async findByKey(dedupeKey: string): Promise<Saved<NotificationRecord> | undefined> {
    const notificationMapper = await wholeEntries();
    const r = await readAll(this.sp, notificationMapper, { what: 'check the notifications log', filter: `PwDedupeKey eq ${quote(dedupeKey)}` });
    if (r.problems.length > 0) throw r.problems[0];
    return r.items[0];
  }

  public async get(id: number): Promise<Saved<NotificationRecord>> {
    return readOne(this.sp, await wholeEntries(), id, 'load the notification');
  }

  public async recent(limit = 50): Promise<ReadResult<Saved<NotificationRecord>>> {
    const notificationMapper = await wholeEntries();
    let rows: Record<string, unknown>[];
    try {
      rows = await this.sp.web.lists
        .getByTitle(notificationMapper.list.title)
        .items.select(...notificationMapper.select)
        .orderBy('Id', false)
        .top(limit)<Record<string, unknown>[]>();
    } catch (e) {
      throw toDataError(e, 'load the notifications');
    }
    const items: Saved<NotificationRecord>[] = [];
    const problems: RecordValidationError[] = [];
    for (const raw of rows) {
      try {
        items.push(notificationMapper.fromItem(raw));
      } catch (e) {
        if (e instanceof RecordValidationError) problems.push(e);
        else throw e;
      }
    }
    return { items: items.sort(newestFirst), problems };
  }

  public async unsent(): Promise<ReadResult<Saved<NotificationRecord>>> {
    const notificationMapper = await wholeEntries();
    // One indexed equality each: an 'or' is not a clause SharePoint can take from an index on a large list.
    const [failed, pending] = await Promise.all(
      (['Failed', 'Pending'] as const).map((outcome) => readAll(this.sp, notificationMapper, { what: 'load the notifications not sent', filter: `PwOutcome eq '${outcome}'` })),
    );
    return { items: [...failed.items, ...pending.items].sort(newestFirst), problems: [...failed.problems, ...pending.problems] };
  }

  public async failed(): Promise<ReadResult<Saved<FailedNotification>>> {
    const r = await readAll(this.sp, failedNotificationMapper, { what: 'load the notifications that failed', filter: `PwOutcome eq 'Failed'` });
    return { items: r.items.sort(newestFirst), problems: r.problems };
  }
}
