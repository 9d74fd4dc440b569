/**
 * Sends e-mails through Microsoft Graph, each exactly once, several in one round trip. One message: POST
 * /me/sendMail. More: JSON batching (POST /$batch, learn.microsoft.com/graph/json-batching): at most 20 requests a
 * batch, each a sendMail, chained with dependsOn so that Graph runs them one after another. Outlook takes at most
 * four requests to one mailbox at a time (learn.microsoft.com/graph/throttling-limits, Outlook service limits), and
 * Graph hands up to four of a batch's independent requests to Outlook at once (Microsoft Q&A 1660054), so a
 * parallel batch of 20 sendMails to one mailbox would be throttled; a chained batch uses one. A request that fails
 * makes every request after it in the chain fail with 424 (Failed Dependency): those were not sent, and go again
 * in the next batch at once. A request throttled inside the batch (429, with its own Retry-After:
 * learn.microsoft.com/graph/throttling, "Throttling and batching") was not sent either: it and those after it go
 * again in a new batch after the longest Retry-After, a bounded number of times. Nothing that may have been sent
 * (a 5xx answer, a batch answer that never came) is ever sent again here.
 */
import type { GraphApi, GraphPostOnce } from '../graphApi';
import { graphFailureOf } from '../graphErrors';

/** Requests in one JSON batch (Graph's limit). */
export const MAX_BATCH_REQUESTS = 20;
/** Batches in flight at once: each runs its sendMails one at a time, and Outlook takes four at once per mailbox. */
export const BATCHES_AT_ONCE = 4;
/** Times a message refused with 429 is sent again before it is given up as not sent. */
export const MAX_THROTTLED_SENDS = 3;

export interface SendMailBody {
  readonly message: unknown;
  readonly saveToSentItems: boolean;
}

/** What became of one message: sent, or the error (in Graph's shape where Graph answered) and nothing else. */
export type MailOutcome = { readonly sent: true } | { readonly sent: false; readonly error: unknown };

export interface MailSenderOptions {
  readonly graph: GraphApi;
  /** POSTs that no client library re-sends (GraphPostOnce); without it `graph`, whose own retry must be off. */
  readonly sendOnce?: GraphPostOnce;
  readonly wait: (ms: number) => Promise<void>;
}

interface InnerAnswer {
  readonly id?: unknown;
  readonly status?: unknown;
  readonly headers?: unknown;
  readonly body?: unknown;
}

/** An inner response of a batch as the error the Graph clients throw for the same answer (statusCode, code, headers). */
function innerError(status: number, headers: unknown, body: unknown): Error {
  const h = typeof headers === 'object' && headers !== null ? (headers as Record<string, unknown>) : {};
  const err = typeof body === 'object' && body !== null ? (body as { error?: { code?: unknown; message?: unknown } }).error : undefined;
  const message = typeof err?.message === 'string' && err.message !== '' ? err.message : `Microsoft Graph answered ${status}`;
  return Object.assign(new Error(message), {
    statusCode: status,
    code: typeof err?.code === 'string' ? err.code : '',
    headers: {
      get(name: string): string | null {
        const key = Object.keys(h).find((k) => k.toLowerCase() === name.toLowerCase());
        const v = key === undefined ? undefined : h[key];
        return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
      },
    },
  });
}

/** A batch answer that names no outcome for a request: it may have been carried out. */
function unanswered(): Error {
  return Object.assign(new Error('Microsoft Graph did not answer for this e-mail in its batch.'), { statusCode: 502, code: 'NoAnswer' });
}

const throttleWaitMs = (e: unknown, refused: number): number => {
  const f = graphFailureOf(e);
  const ms = f?.retryAfterSeconds !== undefined ? f.retryAfterSeconds * 1000 : Math.min(2 ** refused * 1000, 30000) * (0.5 + Math.random() / 2);
  return Math.min(ms, 60000);
};

export class MailSender {
  public constructor(private readonly options: MailSenderOptions) {}

  /** Sends every message, each at most once; the outcomes in order. Never throws. */
  public async sendAll(bodies: readonly SendMailBody[]): Promise<MailOutcome[]> {
    if (bodies.length === 0) return [];
    if (bodies.length === 1) return [await this.sendOne(bodies[0])];
    const outcomes: MailOutcome[] = new Array<MailOutcome>(bodies.length);
    const chunks: number[][] = [];
    for (let i = 0; i < bodies.length; i += MAX_BATCH_REQUESTS) chunks.push(bodies.slice(i, i + MAX_BATCH_REQUESTS).map((_b, n) => i + n));
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < chunks.length) {
        const chunk = chunks[next++];
        const got = await this.sendBatch(chunk.map((i) => bodies[i]));
        got.forEach((o, n) => (outcomes[chunk[n]] = o));
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCHES_AT_ONCE, chunks.length) }, worker));
    return outcomes;
  }

  private post(path: string, body: unknown): Promise<unknown> {
    return this.options.sendOnce ? this.options.sendOnce.post(path, body) : this.options.graph.api(path).post(body);
  }

  /** One message: POST /me/sendMail, sent again only after a 429 (Graph refused it, nothing was sent). */
  private async sendOne(body: SendMailBody): Promise<MailOutcome> {
    for (let refused = 0; ; refused++) {
      try {
        await this.post('/me/sendMail', body);
        return { sent: true };
      } catch (e) {
        if (graphFailureOf(e)?.status !== 429 || refused >= MAX_THROTTLED_SENDS) return { sent: false, error: e };
        await this.options.wait(throttleWaitMs(e, refused));
      }
    }
  }

  /** Up to 20 messages in one chained batch, and again (only) those Graph did not run. */
  private async sendBatch(bodies: readonly SendMailBody[]): Promise<MailOutcome[]> {
    const outcomes: (MailOutcome | undefined)[] = bodies.map(() => undefined);
    let pending = bodies.map((_b, i) => i);
    for (let refused = 0; pending.length > 0; ) {
      const requests = pending.map((i, n) => ({
        id: String(i + 1),
        method: 'POST',
        url: '/me/sendMail',
        headers: { 'Content-Type': 'application/json' },
        body: bodies[i],
        ...(n > 0 ? { dependsOn: [String(pending[n - 1] + 1)] } : {}),
      }));
      let answer: unknown;
      try {
        answer = await this.post('/$batch', { requests });
      } catch (e) {
        // The batch itself was refused with 429: nothing in it ran. Anything else: it may have run, or not.
        if (graphFailureOf(e)?.status === 429 && refused < MAX_THROTTLED_SENDS) {
          await this.options.wait(throttleWaitMs(e, refused++));
          continue;
        }
        for (const i of pending) outcomes[i] = { sent: false, error: e };
        break;
      }
      const list = typeof answer === 'object' && answer !== null ? (answer as { responses?: unknown }).responses : undefined;
      const byId = new Map<string, InnerAnswer>();
      if (Array.isArray(list)) for (const r of list as InnerAnswer[]) if (typeof r === 'object' && r !== null) byId.set(String(r.id), r);
      const notRun: number[] = [];
      let throttled: Error | undefined;
      for (const i of pending) {
        const r = byId.get(String(i + 1));
        const status = typeof r?.status === 'number' ? r.status : undefined;
        if (status === undefined) outcomes[i] = { sent: false, error: unanswered() };
        else if (status >= 200 && status < 300) outcomes[i] = { sent: true };
        else if (status === 424) notRun.push(i);
        else if (status === 429) {
          notRun.push(i);
          const e = innerError(status, r?.headers, r?.body);
          const ms = graphFailureOf(e)?.retryAfterSeconds;
          const longest = graphFailureOf(throttled)?.retryAfterSeconds;
          if (!throttled || (ms !== undefined && (longest === undefined || ms > longest))) throttled = e;
        } else outcomes[i] = { sent: false, error: innerError(status, r?.headers, r?.body) };
      }
      // Not run (424 after a failure, or throttled): sent again; a chain in which nothing was settled and nothing
      // throttled would only repeat itself, so it stops there.
      const progressed = notRun.length < pending.length;
      if (notRun.length === 0) break;
      if (throttled) {
        if (refused >= MAX_THROTTLED_SENDS) {
          for (const i of notRun) outcomes[i] = { sent: false, error: throttled };
          break;
        }
        await this.options.wait(throttleWaitMs(throttled, refused++));
      } else if (!progressed) {
        for (const i of notRun) outcomes[i] = { sent: false, error: innerError(424, {}, { error: { code: 'FailedDependency', message: 'Microsoft Graph did not run this e-mail.' } }) };
        break;
      }
      pending = notRun;
    }
    return outcomes.map((o) => o ?? { sent: false, error: unanswered() });
  }
}
