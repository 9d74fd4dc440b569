/**
 * The one notification service: sends through Microsoft Graph (POST /me/sendMail, Mail.Send), logs every message
 * in 'Pathways Notifications' (who, what, when, outcome, attempts, de-duplication key), and can send a failed one
 * again when staff ask. A de-duplication key is sent at most once: a second request with the same key finds the log
 * entry and does nothing. The POST itself is never re-sent by a client library (`sendOnce`); this service sends it
 * again only after a 429 (Graph refused it, nothing was sent), after Retry-After, up to 3 times. A send whose answer
 * was lost (503, 504, no answer), or whose outcome was never recorded, is logged as one that may have gone and is
 * never sent again by itself.
 */
import type { NotificationRecord } from '../../../domain';
import { DataError } from '../../errors';
import type { INotificationLog, INotificationService, NotificationRequest, NotificationResult, ReadResult, Saved } from '../../ports';
import type { GraphApi, GraphPostOnce } from '../graphApi';
import { graphFailureOf, toGraphDataError } from '../graphErrors';
import { pupilDetailIn } from './messageGuard';

export const MAIL_SEND = 'Mail.Send';

export interface NotificationServiceOptions {
  readonly graph: GraphApi;
  /**
   * Sends POST /me/sendMail exactly once (no client library re-sends it after a 503/504 or a dropped connection,
   * when Graph may already have sent it). Without it, `graph` is used: only for a client whose own retry is off.
   */
  readonly sendOnce?: GraphPostOnce;
  readonly log: INotificationLog;
  readonly sender: { readonly email: string; readonly displayName: string };
  readonly serviceName: () => Promise<string>;
  readonly now: () => Date;
  /** Waits before sending a refused (429) message again; default setTimeout (tests and benchmarks pass their own). */
  readonly wait?: (ms: number) => Promise<void>;
}

/** Times a message refused with 429 is sent again before it is logged as not sent. */
const MAX_THROTTLED_SENDS = 3;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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

const withoutIds = ({ id, etag, ...rest }: Saved<NotificationRecord>): NotificationRecord => (id === undefined && etag === undefined ? rest : rest);

const mayHaveGone = (recipients: readonly string[]): string =>
  `Microsoft 365 did not confirm this e-mail to ${recipients.join(', ')}, so it may have been sent. ` +
  'Look in Sent Items in Outlook before sending it again: Pathways Hub will not send it again by itself.';

/** A failure after which Graph may have acted: no answer at all, a gateway timeout, or a server error. */
function outcomeUnknown(err: DataError): boolean {
  return err.kind === 'network' || (err.status !== undefined && err.status >= 500);
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
    if (entry.outcome === 'Pending' && entry.attempts > 0) {
      // A send began and its outcome was never recorded (the page closed, the connection went): it may have gone.
      // It is never sent again by itself; staff look in Sent Items and send it again from the log if it is not there.
      const problem = mayHaveGone(entry.recipients);
      return { outcome: 'failed', record: await this.record(entry, 'Failed', 0, problem), problem };
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
    // Sent once. Nothing here or below tries again after a 503, a 504 or a dropped connection: Graph may have sent
    // the message (Graph offers no de-duplication key for sendMail), so the log says it may have gone and staff,
    // having looked in Sent Items, choose to send it again. A 429 was refused before anything was sent.
    // The attempt is logged before the POST, so a send whose outcome is never recorded is known to have begun.
    const attempt = await this.options.log.update(entry.id, entry.etag, { ...withoutIds(entry), attempts: entry.attempts + 1, lastAttempt: this.options.now().toISOString() });
    const post = (): Promise<unknown> => (this.options.sendOnce ? this.options.sendOnce.post('/me/sendMail', body) : graph.api('/me/sendMail').post(body));
    try {
      // A 429 is Graph refusing before doing anything: that alone is sent again, after Retry-After (or a capped
      // exponential wait with jitter), a bounded number of times. Nothing else is.
      for (let refused = 0; ; refused++) {
        try {
          await post();
          break;
        } catch (e) {
          const f = graphFailureOf(e);
          if (f?.status !== 429 || refused >= MAX_THROTTLED_SENDS) throw e;
          const wait = f.retryAfterSeconds !== undefined ? f.retryAfterSeconds * 1000 : Math.min(2 ** refused * 1000, 30000) * (0.5 + Math.random() / 2);
          await (this.options.wait ?? sleep)(Math.min(wait, 60000));
        }
      }
      const sent = await this.record(attempt, 'Sent', 0);
      return { outcome: 'sent', record: sent };
    } catch (e) {
      const err = toGraphDataError(e, 'send the e-mail', MAIL_SEND);
      const problem = outcomeUnknown(err) ? mayHaveGone(entry.recipients) : err.message;
      const failed = await this.record(attempt, 'Failed', 0, problem);
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
