import { OFFICE_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { rawFetch, spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { STAFF } from './people';

const SCHOOLS = 'Pathways Schools';
const CONTACTS = 'Pathways School Contacts';
const NOTIFICATIONS = 'Pathways Notifications';

let emu: RunningEmulator;
const sp = () => spFor(STAFF.email, { siteUrl: emu.siteUrl });
const ids = (rows: Record<string, unknown>[]) => rows.map((r) => r.Id);

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(OFFICE_GROUP.title, STAFF.email);
  const s = emu.store;
  s.addItem(SCHOOLS, { Title: 'Oakfield Academy', PwUrn: '100001', PwPhase: 'Secondary', PwActive: true, PwStaffGroupId: 12 }); // 1
  s.addItem(SCHOOLS, { Title: 'Briarwood Primary', PwUrn: '100002', PwPhase: 'Primary', PwActive: false, PwStaffGroupId: 7 }); // 2
  s.addItem(SCHOOLS, { Title: "St Anne's", PwUrn: '100003', PwPhase: 'Secondary', PwActive: true }); // 3
  s.addItem(SCHOOLS, { Title: 'Oak Lane Special', PwUrn: '100004', PwPhase: 'Special', PwActive: true, PwStaffGroupId: 30 }); // 4
  s.addItem(CONTACTS, { Title: 'Robin Vale', PwSchoolId: 1, PwRole: 'SENCO', PwEmail: 'robin.vale@oakfield.example.sch.uk', PwClientKey: 'contact-1' });
  s.addItem(CONTACTS, { Title: 'Jo Birch', PwSchoolId: 2, PwRole: 'Headteacher', PwEmail: 'jo.birch@briarwood.example.sch.uk', PwClientKey: 'contact-2' });
  s.addItem(CONTACTS, { Title: 'Kit Moss', PwSchoolId: 1, PwRole: 'Headteacher', PwEmail: 'kit.moss@oakfield.example.sch.uk', PwClientKey: 'contact-3' });
  const days = ['2026-09-01T08:30:00Z', '2026-09-02T08:30:00Z', '2026-09-03T08:30:00Z'];
  days.forEach((d, i) => s.addItem(NOTIFICATIONS, { PwKind: 'Absence', PwRecipients: 'x', PwSubject: `Day ${i + 1}`, PwOutcome: 'Sent', PwLastAttempt: d, PwAttempts: i + 1, PwDedupeKey: `day-${i + 1}` }));
});
afterAll(() => emu.close());

describe('$filter forms', () => {
  const schools = (filter: string) => sp().web.lists.getByTitle(SCHOOLS).items.select('Id').filter(filter)().then(ids);

  it('compares text case-insensitively with eq / ne / gt / lt', async () => {
    expect(await schools("Title eq 'oakfield academy'")).toEqual([1]);
    expect(await schools("PwPhase ne 'Secondary'")).toEqual([2, 4]);
    expect(await schools("PwUrn gt '100002'")).toEqual([3, 4]);
    expect(await schools("PwUrn le '100002'")).toEqual([1, 2]);
    expect(await schools("Title eq 'St Anne''s'")).toEqual([3]);
  });

  it('compares numbers and handles null', async () => {
    expect(await schools('PwStaffGroupId ge 12')).toEqual([1, 4]);
    expect(await schools('PwStaffGroupId lt 12')).toEqual([2]);
    expect(await schools('PwStaffGroupId eq null')).toEqual([3]);
    expect(await schools('PwStaffGroupId ne null')).toEqual([1, 2, 4]);
  });

  it('accepts booleans as 1/0 and true/false', async () => {
    expect(await schools('PwActive eq 1')).toEqual([1, 3, 4]);
    expect(await schools('PwActive eq 0')).toEqual([2]);
    expect(await schools('PwActive eq false')).toEqual([2]);
  });

  it('combines and/or with precedence and parentheses, and supports not', async () => {
    expect(await schools("PwPhase eq 'Primary' or PwPhase eq 'Special' and PwActive eq 0")).toEqual([2]);
    expect(await schools("(PwPhase eq 'Primary' or PwPhase eq 'Special') and PwActive eq 1")).toEqual([4]);
    expect(await schools("not (PwPhase eq 'Secondary')")).toEqual([2, 4]);
  });

  it('supports startswith and substringof', async () => {
    expect(await schools("startswith(Title,'Oak')")).toEqual([1, 4]);
    expect(await schools("substringof('wood',Title)")).toEqual([2]);
  });

  it('filters on lookups by id, by projected Id and by projected Title', async () => {
    const contacts = (f: string) => sp().web.lists.getByTitle(CONTACTS).items.select('Title').filter(f)().then((r) => r.map((x) => x.Title));
    expect(await contacts('PwSchoolId eq 1')).toEqual(['Robin Vale', 'Kit Moss']);
    expect(await contacts('PwSchool/Id eq 2')).toEqual(['Jo Birch']);
    expect(await contacts("PwSchool/Title eq 'Oakfield Academy' and PwRole eq 'Headteacher'")).toEqual(['Kit Moss']);
  });

  it('compares dates given as datetime literals and as quoted ISO strings', async () => {
    const n = (f: string) => sp().web.lists.getByTitle(NOTIFICATIONS).items.select('PwSubject').filter(f)().then((r) => r.map((x) => x.PwSubject));
    expect(await n("PwLastAttempt ge datetime'2026-09-02T00:00:00Z'")).toEqual(['Day 2', 'Day 3']);
    expect(await n("PwLastAttempt lt '2026-09-02T00:00:00Z'")).toEqual(['Day 1']);
    expect(await n("Created ge datetime'2000-01-01T00:00:00Z' and PwAttempts eq 3")).toEqual(['Day 3']);
  });

  it('answers SharePoint errors for unknown columns, bad syntax and Note columns', async () => {
    const err = (f: string) => sp().web.lists.getByTitle(SCHOOLS).items.filter(f)().then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(await err("Nope eq 'x'")).toMatchObject({ status: 400, message: "Column 'Nope' does not exist. It may have been deleted by another user." });
    expect(await err("Title eq")).toMatchObject({ status: 400, message: 'The expression "Title eq" is not valid.' });
    expect(await err("PwAddress eq 'x'")).toMatchObject({ message: "The field 'PwAddress' of type 'Note' cannot be used in the query filter expression." });
  });

  it('decodes form-encoded query strings (+ for space) and routes names case-insensitively', async () => {
    const r = await rawFetch(`${emu.siteUrl}/_api/Web/Lists/GetByTitle('${SCHOOLS}')/Items?$select=Id&$filter=Title+eq+'Briarwood+Primary'`, STAFF.email);
    expect(((await r.json()) as { value: { Id: number }[] }).value).toEqual([expect.objectContaining({ Id: 2 })]);
    const lower = await rawFetch(`${emu.siteUrl}/_api/web/lists/getbytitle('${SCHOOLS}')/items(3)?$select=Title`, STAFF.email);
    expect(((await lower.json()) as { Title: string }).Title).toBe("St Anne's");
  });
});

describe('$orderby, $top and paging', () => {
  it('orders by several keys asc/desc', async () => {
    const rows = await sp().web.lists.getByTitle(SCHOOLS).items.select('Id').orderBy('PwPhase', true).orderBy('Title', false)();
    expect(ids(rows)).toEqual([2, 3, 1, 4]);
  });

  it('pages with an absolute odata.nextLink carrying every parameter', async () => {
    const r = await rawFetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${SCHOOLS}')/items?$select=Id&$filter=PwActive+eq+1&$top=2`, STAFF.email);
    const body = (await r.json()) as { value: unknown[]; 'odata.nextLink': string };
    expect(body.value).toHaveLength(2);
    const next = new URL(body['odata.nextLink']);
    expect(next.origin).toBe(emu.origin);
    expect(next.searchParams.get('$filter')).toBe('PwActive eq 1');
    expect(next.searchParams.get('$select')).toBe('Id');
    expect(next.searchParams.get('$top')).toBe('2');
    expect(next.searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=3');
    const page2 = (await (await rawFetch(body['odata.nextLink'], STAFF.email)).json()) as Record<string, unknown>;
    expect(page2['odata.nextLink']).toBeUndefined();
    expect(page2.value).toEqual([expect.objectContaining({ Id: 4 })]);
  });

  it('iterates pages with PnPjs async iteration (ID order and a custom order)', async () => {
    const pages: number[][] = [];
    for await (const page of sp().web.lists.getByTitle(SCHOOLS).items.select('Id').top(3)) pages.push(ids(page as Record<string, unknown>[]) as number[]);
    expect(pages).toEqual([[1, 2, 3], [4]]);
    const ordered: number[] = [];
    for await (const page of sp().web.lists.getByTitle(SCHOOLS).items.select('Id').orderBy('Title', false).top(1)) ordered.push(...(ids(page as Record<string, unknown>[]) as number[]));
    expect(ordered).toEqual([3, 1, 4, 2]);
  });

  it('answers verbose collections with d.results and __next', async () => {
    const r = await rawFetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${SCHOOLS}')/items?$select=Id&$top=3`, STAFF.email, { headers: { Accept: 'application/json;odata=verbose' } });
    const body = (await r.json()) as { d: { results: { __metadata: { etag: string } }[]; __next: string } };
    expect(body.d.results).toHaveLength(3);
    expect(body.d.results[0].__metadata.etag).toMatch(/,1"$/);
    expect(body.d.__next).toContain('p_ID%3D3');
  });
});
