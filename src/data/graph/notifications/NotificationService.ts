/**
 * The one notification service: sends through Microsoft Graph (POST /me/sendMail, Mail.Send), logs every message
 * in 'Pathways Notifications' (who, what, when, outcome, attempts, de-duplication key), and can send a failed one
 * again when staff ask. A de-duplication key is sent at most once: a second request with the same key finds the log
 * entry and does nothing. The POST itself is never re-sent by a client library (`sendOnce`); this service sends it
 * again only after a 429 (Graph refused it, nothing was sent), after Retry-After, up to 3 times. A send whose answer
 * was lost (503, 504, no answer), or whose outcome was never recorded, is logged as one that may have gone and is
 * never sent again by itself.
 *
 * Many at once (notifyAll: a register save's e-mails) cost the same few round trips as one: the log read for every
 * key at once, the new entries added (with their attempt) at once, the e-mails sent in JSON batches (mailSender.ts),
 * the outcomes written at once; never a chain of requests per e-mail.
 */
import type { FailedNotification, NotificationRecord } from '../../../domain';
import { DataError } from '../../errors';
import type { INotificationLog, INotificationLogBatch, INotificationService, NotificationRequest, NotificationResult, ReadResult, Saved } from '../../ports';
import type { GraphApi, GraphPostOnce } from '../graphApi';
import { toGraphDataError } from '../graphErrors';
import { pupilDetailIn } from './messageGuard';
import { MailSender, type SendMailBody } from './mailSender';

export const MAIL_SEND = 'Mail.Send';

export interface NotificationServiceOptions {
  readonly graph: GraphApi;
  /**
   * Sends POST /me/sendMail exactly once (no client library re-sends it after a 503/504 or a dropped connection,
   * when Graph may already have sent it). Without it, `graph` is used: only for a client whose own retry is off.
   */
  readonly sendOnce?: GraphPostOnce;
  readonly log: INotificationLog;
  /** The log many entries at a time (sending). */
  readonly logBatch: INotificationLogBatch;
  readonly sender: { readonly email: string; readonly displayName: string };
  readonly serviceName: () => Promise<string>;
  readonly now: () => Date;
  /** Waits before sending a refused (429) message again; default setTimeout (tests and benchmarks pass their own). */
  readonly wait?: (ms: number) => Promise<void>;
}

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

type Settled = PromiseSettledResult<NotificationResult>;
type Rec = NotificationRecord;

/** An entry whose attempt is logged (added with it, or updated to it): the e-mail goes next. */
interface Attempt {
  readonly at: number;
  readonly entry: Saved<Rec>;
}

const fulfilled = (value: NotificationResult): Settled => ({ status: 'fulfilled', value });
const rejected = (reason: unknown): Settled => ({ status: 'rejected', reason });

export class NotificationService implements INotificationService {
  private readonly mail: MailSender;

  public constructor(private readonly options: NotificationServiceOptions) {
    this.mail = new MailSender({ graph: options.graph, ...(options.sendOnce ? { sendOnce: options.sendOnce } : {}), wait: options.wait ?? sleep });
  }

  public async notify(request: NotificationRequest): Promise<NotificationResult> {
    const [r] = await this.notifyAll([request]);
    if (r.status === 'rejected') throw r.reason;
    return r.value;
  }

  public notifyAll(requests: readonly NotificationRequest[]): Promise<Settled[]> {
    return this.notifyMany(requests, true);
  }

  public async retry(id: number): Promise<NotificationResult> {
    const entry = await this.options.log.get(id);
    if (entry.outcome === 'Sent') return { outcome: 'already-sent', record: entry };
    const results: (Settled | undefined)[] = [undefined];
    // Staff asked for it: sent again even when an earlier attempt's outcome is unknown (they looked in Sent Items).
    await this.attemptAndSend([{ at: 0, entry }], [], results, this.serviceName(), true);
    const r = results[0] ?? rejected(new Error('The notification was not sent.'));
    if (r.status === 'rejected') throw r.reason;
    return r.value;
  }

  public recent(limit?: number): Promise<ReadResult<Saved<NotificationRecord>>> {
    return this.options.log.recent(limit);
  }

  public failed(): Promise<ReadResult<Saved<FailedNotification>>> {
    return this.options.log.failed();
  }

  private async notifyMany(requests: readonly NotificationRequest[], firstPass: boolean): Promise<Settled[]> {
    const results: (Settled | undefined)[] = requests.map(() => undefined);
    const asked: { at: number; request: NotificationRequest; to: string[] }[] = [];
    const firstOfKey = new Map<string, number>();
    const sameKey: { at: number; first: number }[] = [];
    requests.forEach((request, at) => {
      const detail = pupilDetailIn(`${request.subject} ${request.message}`);
      if (detail !== undefined) {
        results[at] = rejected(new DataError('invalid-record', `This message was not sent: it contains ${detail}. Messages carry a link to the record, not pupil detail.`));
        return;
      }
      const to = Array.from(new Set(request.to.map((a) => a.trim().toLowerCase()).filter((a) => a !== '')));
      if (to.length === 0) {
        results[at] = rejected(new DataError('invalid-record', 'This message was not sent: it has no recipient.'));
        return;
      }
      // A key asked for twice in one call is sent once: the second has the first's outcome.
      const first = firstOfKey.get(request.dedupeKey);
      if (first !== undefined) sameKey.push({ at, first });
      else {
        firstOfKey.set(request.dedupeKey, at);
        asked.push({ at, request, to });
      }
    });

    if (asked.length > 0) {
      // 1. The log, read once for every key (the service's name for the e-mails read meanwhile).
      const serviceName = this.serviceName();
      let found: ReadonlyMap<string, Saved<Rec>>;
      try {
        found = await this.options.logBatch.findByKeys(asked.map((a) => a.request.dedupeKey));
      } catch (e) {
        for (const a of asked) results[a.at] = rejected(e);
        found = new Map();
      }
      const toAdd: { at: number; request: NotificationRequest; record: Rec }[] = [];
      const existing: Attempt[] = [];
      const now = this.options.now().toISOString();
      for (const a of asked) {
        if (results[a.at]) continue;
        const entry = found.get(a.request.dedupeKey);
        if (entry?.outcome === 'Sent') results[a.at] = fulfilled({ outcome: 'already-sent', record: entry });
        // Logged by someone else a moment ago (this pass follows a duplicate add): theirs is being sent, left alone.
        else if (entry?.outcome === 'Pending' && !firstPass) results[a.at] = fulfilled({ outcome: 'already-sent', record: entry });
        else if (entry) existing.push({ at: a.at, entry });
        else {
          // A new entry is written with its attempt (a send began): if its outcome is never recorded, it may have
          // gone, and is never sent again by itself.
          const record: Rec = {
            ...(a.request.pupilId !== undefined ? { pupilId: a.request.pupilId } : {}),
            kind: a.request.kind,
            recipients: a.to,
            subject: a.request.subject,
            outcome: 'Pending',
            attempts: 1,
            lastAttempt: now,
            dedupeKey: a.request.dedupeKey,
            message: a.request.message,
            linkUrl: a.request.link,
            sentBy: this.options.sender.email,
          };
          toAdd.push({ at: a.at, request: a.request, record });
        }
      }
      const raced = await this.attemptAndSend(existing, toAdd, results, serviceName, false);
      if (raced.length > 0) {
        // Someone else logged the same key a moment ago: theirs is the one. Read again, as one more pass.
        const again = firstPass ? await this.notifyMany(raced.map((r) => r.request), false) : raced.map((r) => rejected(r.error));
        raced.forEach((r, n) => (results[r.at] = again[n]));
      }
    }
    for (const { at, first } of sameKey) {
      const r = results[first];
      results[at] = r?.status === 'fulfilled' && r.value.outcome === 'sent' ? fulfilled({ ...r.value, outcome: 'already-sent' }) : r ?? rejected(new Error('Not sent.'));
    }
    return results.map((r) => r ?? rejected(new Error('The notification was not sent.')));
  }

  /**
   * Logs the attempts (existing entries updated, new ones added: one round trip), sends what may be sent (one),
   * records the outcomes (one). Results go into `results`; new entries refused as duplicates are returned.
   */
  private async attemptAndSend(
    existing: readonly Attempt[],
    toAdd: readonly { at: number; request: NotificationRequest; record: Rec }[],
    results: (Settled | undefined)[],
    serviceNamed: Promise<{ ok: true; name: string } | { ok: false; error: unknown }>,
    staffAsked: boolean,
  ): Promise<{ at: number; request: NotificationRequest; error: unknown }[]> {
    const log = this.options.logBatch;
    if (existing.length + toAdd.length === 0) return [];
    // The e-mails' words before anything is logged: without them nothing is written or sent.
    const named = await serviceNamed;
    if (!named.ok) {
      for (const x of [...existing, ...toAdd]) results[x.at] = rejected(named.error);
      return [];
    }
    const serviceName = named.name;
    const now = this.options.now().toISOString();
    const finals: { at: number; entry: Saved<Rec>; next: Rec; problem: string }[] = [];
    const attempts: { at: number; entry: Saved<Rec> }[] = [];
    for (const { at, entry } of existing) {
      if (entry.outcome === 'Pending' && entry.attempts > 0 && !staffAsked) {
        // A send began and its outcome was never recorded (the page closed, the connection went): it may have gone.
        // It is never sent again by itself; staff look in Sent Items and send it again from the log if it is not there.
        const problem = mayHaveGone(entry.recipients);
        finals.push({ at, entry, next: outcomeOf(entry, 'Failed', now, problem), problem });
      } else if (entry.message === undefined || entry.linkUrl === undefined) {
        const problem = 'The message text was not kept, so it cannot be sent again: send a new one.';
        finals.push({ at, entry, next: outcomeOf(entry, 'Failed', now, problem), problem });
      } else attempts.push({ at, entry });
    }
    // The attempts logged before anything is sent: a send whose outcome is never recorded is known to have begun.
    const [updated, added] = await Promise.all([
      existing.length > 0
        ? log.updateAll([
            ...finals.map((f) => ({ id: f.entry.id, etag: f.entry.etag, record: f.next })),
            ...attempts.map((a) => ({ id: a.entry.id, etag: a.entry.etag, record: { ...withoutIds(a.entry), attempts: a.entry.attempts + 1, lastAttempt: now } })),
          ])
        : Promise.resolve([]),
      toAdd.length > 0 ? log.addAll(toAdd.map((t) => t.record)) : Promise.resolve([]),
    ]);
    finals.forEach((f, n) => {
      const u = updated[n];
      results[f.at] = u.status === 'fulfilled' ? fulfilled({ outcome: 'failed', record: u.value, problem: f.problem }) : rejected(u.reason);
    });
    const ready: Attempt[] = [];
    attempts.forEach((a, n) => {
      const u = updated[finals.length + n];
      if (u.status === 'fulfilled') ready.push({ at: a.at, entry: u.value });
      else results[a.at] = rejected(u.reason);
    });
    const raced: { at: number; request: NotificationRequest; error: unknown }[] = [];
    toAdd.forEach((t, n) => {
      const r = added[n];
      if (r.status === 'fulfilled') ready.push({ at: t.at, entry: r.value });
      else if (r.reason instanceof DataError && r.reason.kind === 'duplicate') raced.push({ at: t.at, request: t.request, error: r.reason });
      else results[t.at] = rejected(r.reason);
    });
    if (ready.length === 0) return raced;
    // Sent once. Nothing here or below sends again after a 503, a 504 or a dropped connection: Graph may have sent
    // the message (Graph offers no de-duplication key for sendMail), so the log says it may have gone and staff,
    // having looked in Sent Items, choose to send it again. A 429 was refused before anything was sent.
    const bodies: SendMailBody[] = ready.map(({ entry }) => ({
      message: {
        subject: entry.subject,
        body: { contentType: 'HTML', content: notificationBodyHtml(entry.message ?? '', entry.linkUrl ?? '', serviceName) },
        toRecipients: entry.recipients.map((address) => ({ emailAddress: { address } })),
      },
      saveToSentItems: true,
    }));
    const outcomes = await this.mail.sendAll(bodies);
    const after = this.options.now().toISOString();
    const recorded = ready.map((r, n) => {
      const o = outcomes[n];
      if (o.sent) return { r, next: outcomeOf(r.entry, 'Sent', after), problem: undefined };
      const err = toGraphDataError(o.error, 'send the e-mail', MAIL_SEND);
      const problem = outcomeUnknown(err) ? mayHaveGone(r.entry.recipients) : err.message;
      return { r, next: outcomeOf(r.entry, 'Failed', after, problem), problem };
    });
    const written = await log.updateAll(recorded.map(({ r, next }) => ({ id: r.entry.id, etag: r.entry.etag, record: next })));
    recorded.forEach(({ r, problem }, n) => {
      const w = written[n];
      if (w.status === 'rejected') results[r.at] = rejected(w.reason);
      else results[r.at] = fulfilled(problem === undefined ? { outcome: 'sent', record: w.value } : { outcome: 'failed', record: w.value, problem });
    });
    return raced;
  }

  /** The service's name, read once for a call's e-mails (settled, so that an unused failure is not unhandled). */
  private serviceName(): Promise<{ ok: true; name: string } | { ok: false; error: unknown }> {
    return this.options.serviceName().then(
      (name) => ({ ok: true as const, name }),
      (error: unknown) => ({ ok: false as const, error }),
    );
  }
}

/** The entry with its outcome: attempts as logged (at least one), the time, and the error only when it failed. */
function outcomeOf(entry: Saved<Rec>, outcome: 'Sent' | 'Failed', at: string, error?: string): Rec {
  const { id, etag, ...rest } = entry;
  void id;
  void etag;
  return { ...rest, outcome, attempts: Math.max(1, entry.attempts), lastAttempt: at, ...(outcome === 'Failed' ? { error } : { error: undefined }) };
}
