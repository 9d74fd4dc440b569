/**
 * The one notification service: sends through Microsoft Graph (POST /me/sendMail, Mail.Send), logs every message
 * in 'Pathways Notifications' (who, what, when, outcome, attempts, de-duplication key), retries a throttled send
 * after Retry-After, and can send a failed one again. A de-duplication key is sent at most once: a second request
 * with the same key finds the log entry and does nothing.
 */
import type { NotificationRecord } from '../../../domain';
import { DataError } from '../../errors';
import type { INotificationLog, INotificationService, NotificationRequest, NotificationResult, ReadResult, Saved } from '../../ports';
import type { GraphApi } from '../graphApi';
import { toGraphDataError } from '../graphErrors';
import { pupilDetailIn } from './messageGuard';

export const MAIL_SEND = 'Mail.Send';

export interface NotificationServiceOptions {
  readonly graph: GraphApi;
  readonly log: INotificationLog;
  readonly sender: { readonly email: string; readonly displayName: string };
  readonly serviceName: () => Promise<string>;
  readonly now: () => Date;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The e-mail body: the message, the link, and who sent it. */
export function notificationBodyHtml(message: string, link: string, serviceName: string): string {
  return [
    `<p>${escapeHtml(message)}</p>`,
    `<p><a href="${escapeHtml(link)}">Open the record in Pathways Hub</a></p>`,
    `<p>Sent by ${escapeHtml(serviceName)} through Pathways Hub. The detail is in the record, for the people allowed to read it; ` +
      'please do not reply with information about the pupil.</p>',
  ].join('\n');
}

export class NotificationService implements INotificationService {
  public constructor(private readonly options: NotificationServiceOptions) {}

  public async notify(request: NotificationRequest): Promise<NotificationResult> {
    const detail = pupilDetailIn(`${request.subject} ${request.message}`);
    if (detail !== undefined)
      throw new DataError('invalid-record', `This message was not sent: it contains ${detail}. Messages carry a link to the record, not pupil detail.`);
    const to = Array.from(new Set(request.to.map((a) => a.trim().toLowerCase()).filter((a) => a !== '')));
    if (to.length === 0) throw new DataError('invalid-record', 'This message was not sent: it has no recipient.');

    const { log } = this.options;
    let entry = await log.findByKey(request.dedupeKey);
    if (entry?.outcome === 'Sent') return { outcome: 'already-sent', record: entry };
    if (!entry) {
      const pending: NotificationRecord = {
        ...(request.pupilId !== undefined ? { pupilId: request.pupilId } : {}),
        kind: request.kind,
        recipients: to,
        subject: request.subject,
        outcome: 'Pending',
        attempts: 0,
        dedupeKey: request.dedupeKey,
        message: request.message,
        linkUrl: request.link,
        sentBy: this.options.sender.email,
      };
      try {
        entry = await log.add(pending);
      } catch (e) {
        // Someone else logged the same key a moment ago: theirs is the one.
        if (!(e instanceof DataError && e.kind === 'duplicate')) throw e;
        const theirs = await log.findByKey(request.dedupeKey);
        if (!theirs) throw e;
        if (theirs.outcome === 'Sent' || theirs.outcome === 'Pending') return { outcome: 'already-sent', record: theirs };
        entry = theirs;
      }
    }
    return this.send(entry);
  }

  public async retry(id: number): Promise<NotificationResult> {
    const entry = await this.options.log.get(id);
    if (entry.outcome === 'Sent') return { outcome: 'already-sent', record: entry };
    return this.send(entry);
  }

  public recent(limit?: number): Promise<ReadResult<Saved<NotificationRecord>>> {
    return this.options.log.recent(limit);
  }

  /** Sends a logged message and records the outcome; a failure is logged, never thrown. */
  private async send(entry: Saved<NotificationRecord>): Promise<NotificationResult> {
    const { graph } = this.options;
    if (entry.message === undefined || entry.linkUrl === undefined) {
      const failed = await this.record(entry, 'Failed', 0, 'The message text was not kept, so it cannot be sent again: send a new one.');
      return { outcome: 'failed', record: failed, problem: failed.error };
    }
    const body = {
      message: {
        subject: entry.subject,
        body: { contentType: 'HTML', content: notificationBodyHtml(entry.message, entry.linkUrl, await this.options.serviceName()) },
        toRecipients: entry.recipients.map((address) => ({ emailAddress: { address } })),
      },
      saveToSentItems: true,
    };
    // Sent once. Nothing here tries again: a 503 or 504 after POST /me/sendMail may mean the message went, so a
    // failure is logged and staff choose to send it again (the Graph client's own retry handles throttling).
    try {
      await graph.api('/me/sendMail').post(body);
      const sent = await this.record(entry, 'Sent', 1);
      return { outcome: 'sent', record: sent };
    } catch (e) {
      const problem = toGraphDataError(e, 'send the e-mail', MAIL_SEND).message;
      const failed = await this.record(entry, 'Failed', 1, problem);
      return { outcome: 'failed', record: failed, problem };
    }
  }

  private record(entry: Saved<NotificationRecord>, outcome: 'Sent' | 'Failed', attempts: number, error?: string): Promise<Saved<NotificationRecord>> {
    const { id, etag, ...rest } = entry;
    const next: NotificationRecord = {
      ...rest,
      outcome,
      attempts: Math.max(1, entry.attempts + attempts),
      lastAttempt: this.options.now().toISOString(),
      ...(outcome === 'Failed' ? { error } : { error: undefined }),
    };
    return this.options.log.update(id, etag, next);
  }
}
