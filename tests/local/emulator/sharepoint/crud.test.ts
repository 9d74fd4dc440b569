import { LEADERSHIP_GROUP } from '../../../../src/lists';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { rawFetch, spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OWNER, STAFF } from './people';

const SCHOOLS = 'Pathways Schools';
const CONTACTS = 'Pathways School Contacts';
const PUPILS = 'Pathways Pupils';

let emu: RunningEmulator;
const sp = () => spFor(STAFF.email, { siteUrl: emu.siteUrl });

const pupil = (ref: string, extra: Record<string, unknown> = {}) => ({
  Title: `Pupil ${ref}`,
  PwPupilRef: ref,
  PwFirstName: 'Alex',
  PwLastName: ref,
  PwDateOfBirth: '2012-03-04T00:00:00Z',
  PwYearGroup: '9',
  PwEnrolmentDate: '2026-09-01T00:00:00Z',
  PwRegistration: 'Dual',
  PwSupportTier: 'Universal',
  PwSenProvision: 'K',
  ...extra,
});

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(LEADERSHIP_GROUP.title, STAFF.email);
});
afterAll(() => emu.close());

describe('items CRUD through PnPjs', () => {
  it('adds, reads, updates and deletes an item', async () => {
    const added = await sp().web.lists.getByTitle(SCHOOLS).items.add({ Title: 'Oakfield Academy', PwUrn: '100001', PwPhase: 'Secondary' });
    expect(added).toMatchObject({ Id: expect.any(Number), ID: expect.any(Number), Title: 'Oakfield Academy', PwActive: true, FileSystemObjectType: 0 });
    expect(added['odata.etag']).toMatch(/^"[0-9a-f-]{36},1"$/);
    const id = added.Id as number;
    const item = await sp().web.lists.getByTitle(SCHOOLS).items.getById(id).select('Id', 'Title', 'PwUrn', 'AuthorId', 'Created')();
    expect(item).toMatchObject({ Id: id, Title: 'Oakfield Academy', PwUrn: '100001' });
    expect(item.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(item.PwPhase).toBeUndefined();
    const updated = await sp().web.lists.getByTitle(SCHOOLS).items.getById(id).update({ PwPhase: 'All-through' });
    expect(updated.etag).toMatch(/,2"$/);
    const after = await sp().web.lists.getByTitle(SCHOOLS).items.getById(id)();
    expect(after.PwPhase).toBe('All-through');
    expect(after['odata.etag']).toBe(updated.etag);
    await sp().web.lists.getByTitle(SCHOOLS).items.getById(id).delete();
    const err = await sp().web.lists.getByTitle(SCHOOLS).items.getById(id)().then(() => undefined, (e: unknown) => e);
    expect(await spErrorOf(err)).toEqual({ status: 404, code: '-2146232832, Microsoft.SharePoint.SPException', message: 'Item does not exist. It may have been deleted by another user.' });
  });

  it('refuses a stale ETag with 412, and lets IF-Match "*" win', async () => {
    const added = await sp().web.lists.getByTitle(SCHOOLS).items.add({ Title: 'Briarwood', PwUrn: '100002', PwPhase: 'Primary' });
    const stale = added['odata.etag'] as string;
    const item = sp().web.lists.getByTitle(SCHOOLS).items.getById(added.Id as number);
    await item.update({ PwPhone: '01234 567890' }, stale);
    const err = await item.update({ PwPhone: '09876 543210' }, stale).then(() => undefined, (e: unknown) => e);
    const e = await spErrorOf(err);
    expect(e.status).toBe(412);
    expect(e.code).toBe('-2130575305, Microsoft.SharePoint.SPException');
    expect(e.message).toMatch(/^The version of the item you are trying to update has changed/);
    await item.update({ PwPhone: '09876 543210' }, '*');
    expect((await item.select('PwPhone')()).PwPhone).toBe('09876 543210');
  });

  it('expands lookups and people; unexpanded lookups arrive as <Name>Id', async () => {
    const school = await sp().web.lists.getByTitle(SCHOOLS).items.add({ Title: 'Elm Park', PwUrn: '100003', PwPhase: 'Secondary' });
    const c1 = await sp().web.lists.getByTitle(CONTACTS).items.add({ Title: 'Robin Vale', PwSchoolId: school.Id, PwRole: 'SENCO', PwEmail: 'robin.vale@elmpark.example.sch.uk', PwClientKey: 'c-1' });
    const c2 = await sp().web.lists.getByTitle(CONTACTS).items.add({ Title: 'Jo Birch', PwSchoolId: school.Id, PwRole: 'Headteacher', PwEmail: 'jo.birch@elmpark.example.sch.uk', PwClientKey: 'c-2' });
    const p = await sp().web.lists.getByTitle(PUPILS).items.add(pupil('EP001', { PwHomeSchoolId: school.Id, PwNamedContactsId: [c1.Id, c2.Id] }));
    const plain = await sp().web.lists.getByTitle(PUPILS).items.getById(p.Id as number).select('PwHomeSchoolId', 'PwNamedContactsId')();
    expect(plain).toMatchObject({ PwHomeSchoolId: school.Id, PwNamedContactsId: [c1.Id, c2.Id] });
    const expanded = await sp()
      .web.lists.getByTitle(PUPILS)
      .items.getById(p.Id as number)
      .select('Id', 'PwHomeSchool/Id', 'PwHomeSchool/Title', 'PwHomeSchool/PwUrn', 'PwNamedContacts/Title', 'Author/Title', 'Author/EMail')
      .expand('PwHomeSchool', 'PwNamedContacts', 'Author')();
    expect(expanded.PwHomeSchool).toEqual({ Id: school.Id, Title: 'Elm Park', PwUrn: '100003' });
    expect(expanded.PwNamedContacts).toEqual([{ Title: 'Robin Vale' }, { Title: 'Jo Birch' }]);
    expect(expanded.Author).toEqual({ Title: STAFF.displayName, EMail: STAFF.email });
    const err = await sp().web.lists.getByTitle(PUPILS).items.select('PwHomeSchool/Title')().then(() => undefined, (e: unknown) => e);
    expect((await spErrorOf(err)).message).toMatch(/\$expand query string must contains PwHomeSchool/);
  });

  it('validates values like SharePoint: choices, unknown properties, lookups sent by name; required is not enforced on REST add', async () => {
    const list = sp().web.lists.getByTitle(SCHOOLS);
    const badChoice = await list.items.add({ Title: 'X', PwUrn: '199999', PwPhase: 'Nursery' }).then(() => undefined, (e: unknown) => e);
    expect((await spErrorOf(badChoice)).status).toBe(400);
    const unknown = await list.items.add({ Title: 'X', PwNope: 1 }).then(() => undefined, (e: unknown) => e);
    expect((await spErrorOf(unknown)).message).toBe("The property 'PwNope' does not exist on type 'SP.Data.PwSchoolsListItem'. Make sure to only use property names that are defined by the type.");
    const byName = await sp().web.lists.getByTitle(CONTACTS).items.add({ Title: 'X', PwSchool: 1 }).then(() => undefined, (e: unknown) => e);
    expect((await spErrorOf(byName)).message).toMatch(/navigation property/);
    // Real SharePoint stores a REST add with a required column empty (only forms and validate-update enforce it).
    const noUrn = await list.items.add({ Title: 'No URN yet' });
    expect(noUrn.PwUrn).toBeNull();
  });

  it('refuses a duplicate on a unique column (add and update)', async () => {
    const list = sp().web.lists.getByTitle(SCHOOLS);
    await list.items.add({ Title: 'Ash Grove', PwUrn: '200001', PwPhase: 'Primary' });
    const dup = await list.items.add({ Title: 'Ash Grove again', PwUrn: '200001', PwPhase: 'Primary' }).then(() => undefined, (e: unknown) => e);
    expect(await spErrorOf(dup)).toEqual({ status: 400, code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', message: 'This value already exists in the list' });
    const other = await list.items.add({ Title: 'Birch Lane', PwUrn: '200002', PwPhase: 'Primary' });
    const upd = await list.items.getById(other.Id as number).update({ PwUrn: '200001' }).then(() => undefined, (e: unknown) => e);
    expect((await spErrorOf(upd)).code).toMatch(/SPDuplicateValuesFoundException/);
  });

  it('answers 401 without a known user, and 404 for an unknown list', async () => {
    const anon = await rawFetch(`${emu.siteUrl}/_api/web/lists/getByTitle('${SCHOOLS}')/items`, undefined);
    expect(anon.status).toBe(401);
    const stranger = await rawFetch(`${emu.siteUrl}/_api/web`, 'nobody@pathways.example.org');
    expect(stranger.status).toBe(401);
    const bearer = await fetch(`${emu.siteUrl}/_api/web`, { headers: { Authorization: `Bearer emulator:${OWNER.email}`, Accept: 'application/json' } });
    expect(bearer.status).toBe(200);
    const err = await sp().web.lists.getByTitle('No Such List')().then(() => undefined, (e: unknown) => e);
    expect(await spErrorOf(err)).toEqual({ status: 404, code: '-1, System.ArgumentException', message: `List 'No Such List' does not exist at site with URL '${emu.siteUrl}'.` });
  });

  it('serves web, currentUser, contextinfo (flat and verbose), list with RootFolder, and fields', async () => {
    const web = await sp().web();
    expect(web).toMatchObject({ ServerRelativeUrl: '/sites/pathways', Url: emu.siteUrl, Language: 1033 });
    expect(await sp().web.currentUser()).toMatchObject({ Email: STAFF.email, LoginName: `i:0#.f|membership|${STAFF.email}`, PrincipalType: 1 });
    const flat = (await (await rawFetch(`${emu.siteUrl}/_api/contextinfo`, STAFF.email, { method: 'POST' })).json()) as Record<string, unknown>;
    expect(flat).toMatchObject({ FormDigestTimeoutSeconds: 1800, FormDigestValue: expect.stringMatching(/^0x[0-9A-F]+,/) });
    const verbose = await rawFetch(`${emu.siteUrl}/_api/contextinfo`, STAFF.email, { method: 'POST', headers: { Accept: 'application/json;odata=verbose' } });
    expect(((await verbose.json()) as { d: { GetContextWebInformation: { FormDigestValue: string } } }).d.GetContextWebInformation.FormDigestValue).toMatch(/^0x/);
    const list = await sp().web.lists.getByTitle(PUPILS).select('Id', 'Title', 'ItemCount', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(list.RootFolder.ServerRelativeUrl).toBe('/sites/pathways/Lists/PwPupils');
    // Only the folder's properties named in $select (as SharePoint answers $select of an expanded field).
    expect(Object.keys(list.RootFolder as object).filter((k) => !k.startsWith('odata.') && !k.startsWith('__'))).toEqual(['ServerRelativeUrl']);
    const fields = await sp().web.lists.getByTitle(PUPILS).fields();
    const ref = fields.find((f) => f.InternalName === 'PwPupilRef');
    expect(ref).toMatchObject({ Indexed: true, EnforceUniqueValues: true, Required: true, TypeAsString: 'Text' });
  });
});
