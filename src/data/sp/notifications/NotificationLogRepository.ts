import type { NotificationRecord } from '../../../domain';
import type { INotificationLog, Saved } from '../../ports';
import { updateItem } from '../itemUpdater';
import { toDataError } from '../spErrors';
import { notificationMapper } from './notificationMapper';
import { SpNotificationLogReads } from './NotificationLogReads';
import { writerOf } from '../recordWriter';

/** The whole repository (`data-notification-log-write`, loaded at the first write): the reads (NotificationLogReads.ts) and the writes. */
export class SpNotificationLogRepository extends SpNotificationLogReads implements INotificationLog {
  public async add(record: NotificationRecord): Promise<Saved<NotificationRecord>> {
    const payload = writerOf(notificationMapper).toPayload(record);
    try {
      const raw = await this.sp.web.lists.getByTitle(notificationMapper.list.title).items.add(payload);
      return notificationMapper.fromItem(raw as Record<string, unknown>);
    } catch (e) {
      throw toDataError(e, 'log the notification');
    }
  }

  public update(id: number, etag: string, record: NotificationRecord): Promise<Saved<NotificationRecord>> {
    return updateItem(this.sp, notificationMapper, id, etag, record, 'log the notification');
  }
}
