import { LEADERSHIP_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { rawFetch, spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { STAFF } from './people';

const SCHOOLS = 'Pathways Schools';

let emu: RunningEmulator;
const sp = () => spFor(STAFF.email, { siteUrl: emu.siteUrl });

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(LEADERSHIP_GROUP.title, STAFF.email);
  emu.store.addItem(SCHOOLS, { Title: 'Oakfield Academy', PwUrn: '100001', PwPhase: 'Secondary' });
});
afterAll(() => emu.close());

/** A raw `$batch` body of school adds (no changeset), one part per row, as a client other than PnPjs may send it. */
const schoolAdds = (boundary: string, rows: readonly Record<string, string>[]): string =>
  [
    ...rows.map((row) =>
      [
        `--${boundary}`,
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        `POST ${emu.siteUrl}/_api/web/lists/getByTitle('${SCHOOLS}')/items HTTP/1.1`,
        'Content-Type: application/json;charset=utf-8',
        '',
        JSON.stringify({ PwPhase: 'Primary', ...row }),
        '',
      ].join('\r\n'),
    ),
    `--${boundary}--`,
    '',
  ].join('\r\n');

describe('$batch', () => {
  it('runs reads and writes in order; a failing write (unique violation) does not roll back the others', async () => {
    const [batched, execute] = sp().batched();
    const list = batched.web.lists.getByTitle(SCHOOLS);
    const results: Record<string, unknown> = {};
    list.items.add({ Title: 'Briarwood', PwUrn: '100002', PwPhase: 'Primary' }).then((r) => (results.first = r), (e: unknown) => (results.first = e));
    list.items.add({ Title: 'Oakfield again', PwUrn: '100001', PwPhase: 'Secondary' }).then((r) => (results.dup = r), (e: unknown) => (results.dup = e));
    list.items.add({ Title: 'Cedar Vale', PwUrn: '100003', PwPhase: 'Special' }).then((r) => (results.third = r), (e: unknown) => (results.third = e));
    list.items.getById(1).update({ PwPhone: '01234 000111' }).then((r) => (results.update = r), (e: unknown) => (results.update = e));
    list.items.select('Id', 'PwUrn').orderBy('PwUrn')().then((r) => (results.read = r), (e: unknown) => (results.read = e));
    await execute();
    expect(results.first).toMatchObject({ Title: 'Briarwood', Id: 2 });
    expect(await spErrorOf(results.dup)).toMatchObject({ status: 400, code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException' });
    expect(results.third).toMatchObject({ Title: 'Cedar Vale' });
    expect(results.update).toEqual({ etag: expect.stringMatching(/,2"$/) });
    expect((results.read as { PwUrn: string }[]).map((r) => r.PwUrn)).toEqual(['100001', '100002', '100003']);
    const all = await sp().web.lists.getByTitle(SCHOOLS).items.select('Title', 'PwPhone')();
    expect(all.map((r) => r.Title)).toEqual(['Oakfield Academy', 'Briarwood', 'Cedar Vale']);
    expect(all[0].PwPhone).toBe('01234 000111');
  });

  it('handles more than 20 requests in one POST (PnPjs splits them; a raw client may not)', async () => {
    const [batched, execute] = sp().batched({ maxRequests: 50 });
    const adds = Array.from({ length: 30 }, (_, i) => batched.web.lists.getByTitle(SCHOOLS).items.add({ Title: `School ${i}`, PwUrn: `3${String(i).padStart(5, '0')}`, PwPhase: 'Primary' }));
    await execute();
    expect((await Promise.all(adds)).map((a) => a.Title)).toHaveLength(30);
  });

  it('refuses a $batch of more than 100 operations whole, running none of them (SharePoint allows 100)', async () => {
    const parts = (n: number): string => schoolAdds('batch_lim', Array.from({ length: n }, (_x, i) => ({ Title: `Limit ${n}-${i}`, PwUrn: `7${String(n).padStart(3, '0')}${String(i).padStart(3, '0')}` })));
    const send = (n: number) => rawFetch(`${emu.siteUrl}/_api/$batch`, STAFF.email, { method: 'POST', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_lim' }, body: parts(n) });
    const made = async (n: number) => (await sp().web.lists.getByTitle(SCHOOLS).items.select('Title').top(5000)()).filter((r) => String(r.Title).startsWith(`Limit ${n}-`)).length;
    const over = await send(101);
    expect(over.status).toBe(400);
    expect(await over.text()).toContain('at most 100');
    expect(await made(101)).toBe(0);
    expect((await send(100)).status).toBe(200);
    expect(await made(100)).toBe(100);
  });

  it('stops reading a $batch body past 1 MiB with 400; the parts read before the limit ran, none after (pnp/pnpcore#777)', async () => {
    const note = 'x'.repeat(20000); // 40 parts of ~20 KB: ~800 KB, under; 60: ~1.2 MB, over
    const body = (tag: string, n: number): string =>
      schoolAdds('batch_big', Array.from({ length: n }, (_x, i) => ({ Title: `${tag}-${i}`, PwUrn: `8${tag === 'Under' ? 1 : 2}${String(i).padStart(4, '0')}`, PwAddress: note })));
    const send = (tag: string, n: number) => rawFetch(`${emu.siteUrl}/_api/$batch`, STAFF.email, { method: 'POST', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_big' }, body: body(tag, n) });
    const made = async (tag: string) => (await sp().web.lists.getByTitle(SCHOOLS).items.select('Title').top(5000)()).filter((r) => String(r.Title).startsWith(`${tag}-`)).map((r) => String(r.Title));
    const over = await send('Over', 60);
    expect(over.status).toBe(400);
    expect(await over.text()).toContain('a maximum of 1048576 bytes is allowed');
    const ran = await made('Over');
    expect(ran.length).toBeGreaterThan(40);
    expect(ran.length).toBeLessThan(60);
    expect(ran).toEqual(Array.from({ length: ran.length }, (_x, i) => `Over-${i}`)); // in order, those before the limit
    expect((await send('Under', 40)).status).toBe(200);
    expect(await made('Under')).toHaveLength(40);
  });

  it('answers in the shape PnPjs parses: flat batchresponse parts, status lines with reason phrases, closing boundary + newline', async () => {
    const body = [
      '--batch_abc',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${emu.siteUrl}/_api/web/lists/getByTitle('${SCHOOLS}')/items(1)?$select=Title HTTP/1.1`,
      'Accept: application/json',
      '',
      '--batch_abc',
      'Content-Type: multipart/mixed; boundary="changeset_xyz"',
      '',
      '--changeset_xyz',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `MERGE ${emu.siteUrl}/_api/web/lists/getByTitle('${SCHOOLS}')/items(1) HTTP/1.1`,
      'Content-Type: application/json;charset=utf-8',
      'IF-Match: "stale,1"',
      '',
      '{"PwPhone":"x"}',
      '',
      '--changeset_xyz--',
      '',
      '--batch_abc--',
      '',
    ].join('\r\n');
    const r = await rawFetch(`${emu.siteUrl}/_api/$batch`, STAFF.email, { method: 'POST', headers: { 'Content-Type': 'multipart/mixed; boundary=batch_abc' }, body });
    expect(r.status).toBe(200);
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(r.headers.get('content-type') ?? '')?.[1];
    const text = await r.text();
    expect(text.endsWith(`--${boundary}--\n`)).toBe(true);
    expect(text).not.toContain('changesetresponse');
    expect(text).toContain('HTTP/1.1 200 OK');
    expect(text).toContain('HTTP/1.1 412 Precondition Failed');
  });
});
