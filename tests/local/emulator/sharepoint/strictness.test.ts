/**
 * Where SharePoint refuses, through real PnPjs (local/emulator/README.md names each source): a user with only Read
 * cannot change anything (403, access denied, also inside a $batch); someone without access to the site gets no form
 * digest from `_api/contextinfo` (403, "Attempted to perform an unauthorized operation."); a write without a valid,
 * unexpired form digest is refused (403, "The security validation for this page is invalid…"), while PnPjs, which
 * adds one to every write as SPFx's SPHttpClient does, is never refused for it.
 */
import { OFFICE_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { EMULATOR_USER_HEADER } from '../../../../local/emulator/contracts';
import { formDigest, spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { FORM_DIGEST_TIMEOUT_SECONDS, issueFormDigest } from '../../../../local/emulator/sharepoint/formDigest';
import { OWNER, STAFF } from './people';

const LIST = 'Strictness Checks';
const ACCESS_DENIED = { status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: 'Access denied. You do not have permission to perform this action or access this resource.' };
const READER = { email: 'rowan.vale@pathways.example.org', displayName: 'Rowan Vale' };
const OUTSIDER = { email: 'kit.moss@elmpark.example.sch.uk', displayName: 'Kit Moss' };

let emu: RunningEmulator;
const as = (email: string) => spFor(email, { siteUrl: emu.siteUrl });
const refusal = (p: Promise<unknown>) => p.then(() => undefined, (x: unknown) => spErrorOf(x));
let itemId: number;

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(OFFICE_GROUP.title, STAFF.email);
  emu.store.addUser({ ...READER, userType: 'Member' });
  emu.store.addToGroup(DEFAULT_GROUPS.visitors.title, READER.email);
  emu.store.addUser({ ...OUTSIDER, userType: 'Guest' });
  // A list that inherits the site's permissions: the visitors group reads it.
  await as(OWNER.email).web.lists.add(LIST, '', 100);
  itemId = (await as(OWNER.email).web.lists.getByTitle(LIST).items.add({ Title: 'strictness' })).Id as number;
});
afterAll(() => emu.close());

describe('a user with only Read (the site visitors group)', () => {
  it('reads the item', async () => {
    expect((await as(READER.email).web.lists.getByTitle(LIST).items.getById(itemId).select('Title')()).Title).toBe('strictness');
  });

  it('is refused a MERGE of the item, directly and inside a $batch, and nothing changes', async () => {
    expect(await refusal(as(READER.email).web.lists.getByTitle(LIST).items.getById(itemId).update({ Title: 'changed' }))).toEqual(ACCESS_DENIED);
    const [batched, execute] = as(READER.email).batched();
    const inBatch = refusal(batched.web.lists.getByTitle(LIST).items.getById(itemId).update({ Title: 'changed in a batch' }));
    await execute();
    expect(await inBatch).toEqual(ACCESS_DENIED);
    expect(await refusal(as(READER.email).web.lists.getByTitle(LIST).items.getById(itemId).validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'x' }]))).toMatchObject({ status: 403 });
    expect((await as(OWNER.email).web.lists.getByTitle(LIST).items.getById(itemId).select('Title')()).Title).toBe('strictness');
  });

  it('is refused adding or deleting items, and a MERGE of the list, a field or a view', async () => {
    const list = as(READER.email).web.lists.getByTitle(LIST);
    expect(await refusal(list.items.add({ Title: 'new' }))).toEqual(ACCESS_DENIED);
    expect(await refusal(list.items.getById(itemId).delete())).toEqual(ACCESS_DENIED);
    expect((await refusal(list.update({ Description: 'x' })))?.status).toBe(403);
    expect((await refusal(list.fields.getByInternalNameOrTitle('Title').update({ Description: 'x' })))?.status).toBe(403);
    expect((await refusal(list.defaultView.update({ RowLimit: 5 })))?.status).toBe(403);
  });
});

describe('_api/contextinfo', () => {
  it('gives a form digest to someone with access to the site', async () => {
    const info = await (await fetch(`${emu.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json', ...userHeader(READER.email) } })).json() as { FormDigestValue?: string };
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
  });

  it('refuses someone without access to the site (403), so they cannot write at all', async () => {
    const res = await fetch(`${emu.siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json;odata=nometadata', ...userHeader(OUTSIDER.email) } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Attempted to perform an unauthorized operation.' } } });
    expect((await refusal(as(OUTSIDER.email).web.lists.getByTitle(LIST).items.add({ Title: 'x' })))?.status).toBe(403);
  });
});

function userHeader(email: string): Record<string, string> {
  return { [EMULATOR_USER_HEADER]: email };
}

describe('the form digest (X-RequestDigest) on writes', () => {
  const SECURITY_VALIDATION = "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.";
  const items = () => `${emu.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(LIST)}')/items`;
  const add = (digest?: string) =>
    fetch(items(), {
      method: 'POST',
      headers: { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', ...userHeader(OWNER.email), ...(digest === undefined ? {} : { 'X-RequestDigest': digest }) },
      body: JSON.stringify({ Title: 'digest check' }),
    });
  const errorOf = async (res: Response) => ({ status: res.status, ...((await res.json()) as { 'odata.error': { code: string } })['odata.error'] });
  const count = async () => (await as(OWNER.email).web.lists.getByTitle(LIST).items.filter("Title eq 'digest check'")()).length;

  it('is required: none, a made-up one or one from another site is refused (403) and nothing is written', async () => {
    for (const digest of [undefined, '', '0xABC,Fri, 04 Dec 2026 10:00:00 -0000', issueFormDigest('https://elsewhere.example.org/sites/other')]) {
      expect(await errorOf(await add(digest))).toEqual({ status: 403, code: '-2130575251, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: SECURITY_VALIDATION } });
    }
    expect(await count()).toBe(0);
  });

  it('expires after FormDigestTimeoutSeconds', async () => {
    const old = issueFormDigest(emu.siteUrl, new Date(Date.now() - (FORM_DIGEST_TIMEOUT_SECONDS + 60) * 1000));
    expect(await errorOf(await add(old))).toMatchObject({ status: 403, code: '-2130575252, Microsoft.SharePoint.SPException' });
  });

  it('from contextinfo is accepted, also on the outer POST of a $batch; reads need none', async () => {
    expect((await add(await formDigest(`${emu.siteUrl}/_api`, OWNER.email))).status).toBe(201);
    expect((await fetch(items(), { headers: { Accept: 'application/json', ...userHeader(OWNER.email) } })).status).toBe(200);
    const [batched, execute] = as(OWNER.email).batched();
    const added = batched.web.lists.getByTitle(LIST).items.add({ Title: 'digest check' });
    await execute();
    await added;
    expect(await count()).toBe(2);
  });
});
