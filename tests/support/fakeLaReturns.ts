/** Part-time-timetable returns recorded as sent, in memory for component tests: each record with its file's bytes. */
import type { FiledLaReturn, ILaReturnLog, ReadResult, Saved } from '../../src/data/ports';
import { DataError } from '../../src/data/errors';
import { laReturnSentSchema, type LaReturnSent, type SentReturn } from '../../src/domain';

export class FakeLaReturns implements ILaReturnLog {
  public readonly returns: FiledLaReturn[] = [];
  public readonly contents = new Map<string, Uint8Array>();

  public constructor(sent: readonly LaReturnSent[] = []) {
    sent.forEach((s, i) => {
      const url = `/sites/pathways/PwLaReturns/${s.fileName}`;
      this.returns.push({ ...s, id: i + 1, etag: '"1"', url });
      this.contents.set(url, new Uint8Array([1]));
    });
  }

  public async list(): Promise<ReadResult<FiledLaReturn>> {
    const items = [...this.returns].sort((a, b) => (a.sentOn === b.sentOn ? b.id - a.id : a.sentOn < b.sentOn ? 1 : -1));
    return { items, problems: [] };
  }

  public async sent(): Promise<ReadResult<Saved<SentReturn>>> {
    return { items: this.returns.map((r) => ({ id: r.id, etag: r.etag, period: r.period, sentOn: r.sentOn, pipIds: r.pipIds })), problems: [] };
  }

  public async record(sent: LaReturnSent, content: Uint8Array): Promise<FiledLaReturn> {
    const valid = laReturnSentSchema.safeParse(sent);
    if (!valid.success) throw new DataError('invalid-record', `The return was not recorded: ${valid.error.issues[0].message}`);
    const url = `/sites/pathways/PwLaReturns/${sent.fileName}`;
    const i = this.returns.findIndex((r) => r.url === url);
    const filed: FiledLaReturn = { ...valid.data, id: i >= 0 ? this.returns[i].id : this.returns.length + 1, etag: '"1"', url };
    if (i >= 0) this.returns[i] = filed;
    else this.returns.push(filed);
    this.contents.set(url, content);
    return filed;
  }

  public async content(url: string): Promise<Uint8Array> {
    const c = this.contents.get(url);
    if (!c) throw new DataError('not-found', 'Could not open the return: the record was not found or you cannot see it.', 404);
    return c;
  }
}
