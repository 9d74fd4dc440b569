/**
 * Client-side pages in Site Pages, through real PnPjs (clientside-pages): created as PnPjs creates them
 * (sitepages/pages → savepage → publish), read back with loadClientsidePage, and opened in the browser only by those
 * SharePoint lets read the page: an item or folder grant elsewhere (Limited Access on the web) is not enough.
 */
import '@pnp/sp/clientside-pages';
import { ClientsideWebpart } from '@pnp/sp/clientside-pages';
import type { IClientsidePage } from '@pnp/sp/clientside-pages';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { STAFF_GROUP } from '../../../../src/lists';
import { rawFetch, spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OAKFIELD, OWNER, STAFF } from './people';

const PAGES = '/sites/pathways/SitePages';
const PART_ID = '608d03d2-9194-46ca-a885-67a7229b7f40';
const READ = 1073741826;

let emu: RunningEmulator;
const as = (email: string) => spFor(email, { siteUrl: emu.siteUrl });

function part(title: string, properties: Record<string, unknown>): ClientsideWebpart {
  const manifest = { preconfiguredEntries: [{ title: { default: title }, description: { default: title }, properties }] };
  return ClientsideWebpart.fromComponentDef({ Id: `{${PART_ID}}`, Manifest: JSON.stringify(manifest) } as Parameters<typeof ClientsideWebpart.fromComponentDef>[0]);
}

async function makePage(name: string, publish: boolean): Promise<IClientsidePage> {
  const page = await as(OWNER.email).web.addClientsidePage(name, name);
  page.addSection().addColumn(12).addControl(part('Pupil register', { pathwaysSiteUrl: '' }));
  await page.save(publish);
  return page;
}

const open = (name: string, email: string): Promise<Response> => rawFetch(`${emu.origin}${PAGES}/${name}`, email, { headers: { Accept: 'text/html' } });
const loadAs = (email: string, name: string): Promise<IClientsidePage> => as(email).web.loadClientsidePage(`${PAGES}/${name}`);

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addToGroup(STAFF_GROUP.title, STAFF.email);
  emu.store.addUser({ ...OAKFIELD, userType: 'Guest' });
  emu.store.createGroup('Oakfield Academy staff');
  emu.store.addToGroup('Oakfield Academy staff', OAKFIELD.email);
  // What a home school's staff hold before any page is shared: Read on one pupil's folder (Limited Access on the web).
  emu.store.ensureFolder('Pathways Attendance', 'PH-0001');
  emu.store.breakInheritance({ list: 'Pathways Attendance', folder: 'PH-0001' });
  emu.store.grant({ list: 'Pathways Attendance', folder: 'PH-0001' }, 'Oakfield Academy staff', 'Read');
});
afterAll(() => emu.close());

describe('client-side pages (Site Pages)', () => {
  it('a new team site has Site Pages with its published Home.aspx', async () => {
    const lib = await as(OWNER.email).web.lists.getByTitle('Site Pages').select('BaseTemplate', 'Title')<{ BaseTemplate: number }>();
    expect(lib.BaseTemplate).toBe(119);
    // Code that wants only generic lists filters them as SharePoint does ($filter on the lists' own properties).
    const generic = await as(OWNER.email).web.lists.select('Title').filter('Hidden eq false and BaseTemplate eq 100')<{ Title: string }[]>();
    expect(generic.map((l) => l.Title)).not.toContain('Site Pages');
    expect(generic.map((l) => l.Title)).toContain('Pathways Pupils');
    const home = await loadAs(OWNER.email, 'Home.aspx');
    expect(home.title).toBe('Home');
  });

  it('addClientsidePage names the file from the title, places the web part, publishes; loadClientsidePage reads it back', async () => {
    await makePage('Register check', true);
    const page = await loadAs(STAFF.email, 'Register-check.aspx');
    expect(page.title).toBe('Register check');
    const control = page.findControl<ClientsideWebpart>((c) => c instanceof ClientsideWebpart);
    expect(control).toBeDefined();
    expect(control?.data.webPartId).toBe(PART_ID);
    expect(control?.getProperties()).toEqual({ pathwaysSiteUrl: '' });
    const info = await as(STAFF.email).web.getFileByServerRelativePath(`${PAGES}/Register-check.aspx`).listItemAllFields.select('Id', 'Title')<{ Id: number; Title: string }>();
    expect(info.Title).toBe('Register check');
    // A second page with the same title gets a file name of its own.
    await makePage('Register check', true);
    expect((await loadAs(OWNER.email, 'Register-check(1).aspx')).title).toBe('Register check');
  });

  it('a page saved but never published is not visible to readers (Read on the site): 404 and 403', async () => {
    await makePage('Draft only', false);
    expect((await loadAs(OWNER.email, 'Draft-only.aspx')).title).toBe('Draft only');
    const refused = await loadAs(STAFF.email, 'Draft-only.aspx').then(
      () => undefined,
      (e: unknown) => spErrorOf(e),
    );
    expect(refused?.status).toBe(404);
    expect((await open('Draft-only.aspx', STAFF.email)).status).toBe(403);
    expect((await open('Draft-only.aspx', OWNER.email)).status).toBe(200);
  });

  it('a page checked out and never checked in is seen only by whoever has it checked out', async () => {
    await as(OWNER.email).web.addClientsidePage('Checked out', 'Checked out');
    const mine = (await (await rawFetch(`${emu.siteUrl}/_api/sitepages/pages`, OWNER.email)).json()) as { value: { FileName: string; IsPageCheckedOutToCurrentUser: boolean; Version: string }[] };
    expect(mine.value.find((p) => p.FileName === 'Checked-out.aspx')).toMatchObject({ IsPageCheckedOutToCurrentUser: true, Version: '0.1' });
    expect((await open('Checked-out.aspx', STAFF.email)).status).toBe(403);
    const theirs = (await (await rawFetch(`${emu.siteUrl}/_api/sitepages/pages`, STAFF.email)).json()) as { value: { FileName: string }[] };
    expect(theirs.value.map((p) => p.FileName)).not.toContain('Checked-out.aspx');
  });

  it('savepage needs the page checked out; publish checks it in as the next major version', async () => {
    const id = (await as(OWNER.email).web.getFileByServerRelativePath(`${PAGES}/Register-check.aspx`).listItemAllFields.select('Id')<{ Id: number }>()).Id;
    const save = await rawFetch(`${emu.siteUrl}/_api/sitepages/pages(${id})/savepage`, OWNER.email, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'Changed' }),
    });
    expect(save.status).toBe(400);
    const pageJson = (await (await rawFetch(`${emu.siteUrl}/_api/sitepages/pages(${id})`, STAFF.email)).json()) as { Version: string; IsPageCheckedOutToCurrentUser: boolean };
    expect(pageJson).toMatchObject({ Version: '1.0', IsPageCheckedOutToCurrentUser: false });
  });

  it('an item or folder grant elsewhere (Limited Access) does not open a page; Read on that page item does, and only that page', async () => {
    await makePage('Shared page', true);
    expect((await open('Shared-page.aspx', OAKFIELD.email)).status).toBe(403);
    const refused = await loadAs(OAKFIELD.email, 'Shared-page.aspx').then(
      () => undefined,
      (e: unknown) => spErrorOf(e),
    );
    expect(refused?.status).toBeGreaterThanOrEqual(403);
    // Share exactly that page: unique permissions on its item, Read for the school's group.
    const owner = as(OWNER.email);
    const item = await owner.web.getFileByServerRelativePath(`${PAGES}/Shared-page.aspx`).getItem<{ Id: number }>('Id');
    await item.breakRoleInheritance(true, false);
    const group = await owner.web.siteGroups.getByName('Oakfield Academy staff').select('Id')<{ Id: number }>();
    await item.roleAssignments.add(group.Id, READ);
    expect((await open('Shared-page.aspx', OAKFIELD.email)).status).toBe(200);
    const page = await loadAs(OAKFIELD.email, 'Shared-page.aspx');
    expect(page.findControl<ClientsideWebpart>((c) => c instanceof ClientsideWebpart)?.data.webPartId).toBe(PART_ID);
    expect((await open('Register-check.aspx', OAKFIELD.email)).status).toBe(403);
    const listed = (await (await rawFetch(`${emu.siteUrl}/_api/sitepages/pages`, OAKFIELD.email)).json()) as { value: { FileName: string }[] };
    expect(listed.value.map((p) => p.FileName)).toEqual(['Shared-page.aspx']);
  });

  it('someone with no access to the site gets 403 on a page; an unknown page is 404', async () => {
    emu.store.addUser({ email: 'nobody@pathways.example.org', displayName: 'No Access', userType: 'Member' });
    expect((await open('Home.aspx', 'nobody@pathways.example.org')).status).toBe(403);
    expect((await open('No-such-page.aspx', OWNER.email)).status).toBe(404);
  });
});
