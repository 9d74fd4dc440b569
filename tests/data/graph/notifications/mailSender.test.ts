/**
 * The e-mails' JSON batches, against scripted Graph answers: what Graph did not run (424 after a failure, 429
 * throttled inside the batch) goes again, only that, after the longest Retry-After; nothing that may have been
 * sent (a 5xx answer, a batch answer that never came, an answer missing for a request) goes twice.
 */
import type { GraphApi, GraphPostOnce } from '../../../../src/data/graph/graphApi';
import { MailSender, type SendMailBody } from '../../../../src/data/graph/notifications/mailSender';

interface Sent {
  readonly path: string;
  readonly ids: string[];
  readonly dependsOn: (string | undefined)[];
}
type Answer = (requestIds: string[]) => unknown;

const mail = (n: number): SendMailBody => ({ message: { subject: `m${n}`, toRecipients: [{ emailAddress: { address: `s${n}@example.org` } }] }, saveToSentItems: true });
const graphThrows: GraphApi = {
  api: () => {
    throw new Error('e-mail goes through sendOnce');
  },
};
const graphError = (status: number, retryAfter?: string): Error =>
  Object.assign(new Error(`status ${status}`), { statusCode: status, code: '', headers: { get: (h: string) => (h.toLowerCase() === 'retry-after' ? retryAfter ?? null : null) } });

function scripted(answers: Answer[]): { sender: MailSender; sent: Sent[]; waits: number[] } {
  const sent: Sent[] = [];
  const waits: number[] = [];
  const sendOnce: GraphPostOnce = {
    async post(path, body) {
      const requests = path === '/$batch' ? (body as { requests: { id: string; dependsOn?: string[] }[] }).requests : [];
      sent.push({ path, ids: requests.map((r) => r.id), dependsOn: requests.map((r) => r.dependsOn?.[0]) });
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers scripted');
      return answer(requests.map((r) => r.id));
    },
  };
  return { sender: new MailSender({ graph: graphThrows, sendOnce, wait: async (ms) => void waits.push(ms) }), sent, waits };
}

const statuses = (byId: Record<string, number>, retryAfter?: Record<string, string>): Answer => (ids) => ({
  responses: ids.map((id) => ({ id, status: byId[id] ?? 202, headers: retryAfter?.[id] ? { 'Retry-After': retryAfter[id] } : {}, ...(byId[id] && byId[id] >= 400 ? { body: { error: { code: 'X', message: `failed ${id}` } } } : {}) })),
});

describe('e-mails in JSON batches', () => {
  it('one e-mail is one POST /me/sendMail; more go in chained batches of at most 20', async () => {
    const one = scripted([() => undefined]);
    expect(await one.sender.sendAll([mail(1)])).toEqual([{ sent: true }]);
    expect(one.sent).toEqual([{ path: '/me/sendMail', ids: [], dependsOn: [] }]);

    const many = scripted([statuses({}), statuses({})]);
    const out = await many.sender.sendAll(Array.from({ length: 25 }, (_x, n) => mail(n)));
    expect(out.every((o) => o.sent)).toBe(true);
    expect(many.sent.map((s) => s.ids.length)).toEqual([20, 5]);
    // Each request depends on the one before it: Graph runs them one at a time (Outlook's four per mailbox).
    expect(many.sent[0].dependsOn).toEqual([undefined, ...many.sent[0].ids.slice(0, 19)]);
  });

  it('a refusal in the chain: that one fails, those after it (424, not run) go again at once, once', async () => {
    const s = scripted([statuses({ '3': 400, '4': 424, '5': 424 }), statuses({})]);
    const out = await s.sender.sendAll([1, 2, 3, 4, 5].map(mail));
    expect(out.map((o) => o.sent)).toEqual([true, true, false, true, true]);
    expect(s.sent.map((x) => x.ids)).toEqual([['1', '2', '3', '4', '5'], ['4', '5']]);
    expect(s.waits).toEqual([]);
  });

  it('throttled inside the batch (429): it and those after it go again after the longest Retry-After, a bounded number of times', async () => {
    const s = scripted([statuses({ '2': 429, '3': 424 }, { '2': '7' }), statuses({ '2': 429, '3': 424 }, { '2': '2' }), statuses({})]);
    const out = await s.sender.sendAll([1, 2, 3].map(mail));
    expect(out.map((o) => o.sent)).toEqual([true, true, true]);
    expect(s.sent.map((x) => x.ids)).toEqual([['1', '2', '3'], ['2', '3'], ['2', '3']]);
    expect(s.waits).toEqual([7000, 2000]);

    const always = scripted(Array.from({ length: 4 }, () => statuses({ '1': 429, '2': 424 }, { '1': '1' })));
    const given = await always.sender.sendAll([1, 2].map(mail));
    expect(given.map((o) => o.sent)).toEqual([false, false]);
    expect(always.sent).toHaveLength(4); // the first and three more
  });

  it('what may have been sent is never sent again: a 5xx inside, a missing answer, a batch whose answer was lost', async () => {
    const inside = scripted([(ids) => ({ responses: ids.filter((id) => id !== '2').map((id) => ({ id, status: id === '3' ? 503 : 202, headers: {} })) })]);
    const out = await inside.sender.sendAll([1, 2, 3].map(mail));
    expect(out.map((o) => o.sent)).toEqual([true, false, false]);
    expect(inside.sent).toHaveLength(1);

    const lost = scripted([
      () => {
        throw graphError(504);
      },
    ]);
    expect((await lost.sender.sendAll([1, 2].map(mail))).map((o) => o.sent)).toEqual([false, false]);
    expect(lost.sent).toHaveLength(1);
  });

  it('a whole batch refused with 429 ran nothing: it goes again after its Retry-After', async () => {
    const s = scripted([
      () => {
        throw graphError(429, '3');
      },
      statuses({}),
    ]);
    expect((await s.sender.sendAll([1, 2].map(mail))).map((o) => o.sent)).toEqual([true, true]);
    expect(s.waits).toEqual([3000]);
  });
});
