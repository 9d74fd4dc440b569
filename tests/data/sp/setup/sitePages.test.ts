/**
 * Setup makes the site pages with their web parts placed and published, shares the home-school page (and only it)
 * with the home schools' staff groups, writes nothing the second time, and finds and repairs a missing page; all
 * against the emulator over HTTP through PnPjs, with the strict page access of SharePoint Online.
 */
import '@pnp/sp/clientside-pages';
import '@pnp/sp/files';
import { ClientsideWebpart } from '@pnp/sp/clientside-pages';
import { HOME_SCHOOL_PAGE, LISTS, SITE_PAGES, STAFF_GROUP, pageFileName, sitePage } from '../../../../src/lists';
import { SchoolGroupService } from '../../../../src/data/sp/access/SchoolGroupService';
import { schemaFindings } from '../../../../src/data/sp/setup/health/schemaFindings';
import { SiteSetup } from '../../../../src/data/sp/setup/SiteSetup';
import type { SetupProgress } from '../../../../src/data/sp/setup/setupTypes';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { rawFetch, spFor, startTestEmulator } from '../../../support/emulator';

const TEACHER = { email: 'rowan.teacher@pathways.example.org', displayName: 'Rowan Teacher' };
const SENCO = { email: 'ash.senco@oakfield.example.sch.uk', displayName: 'Ash Senco' };
const PAGES = '/sites/pathways/SitePages';

let emu: RunningEmulator;
const setup = (): SiteSetup => new SiteSetup(spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl }));
const open = (file: string, email: string): Promise<Response> => rawFetch(`${emu.origin}${PAGES}/${file}`, email, { headers: { Accept: 'text/html' } });
const progress: SetupProgress[] = [];

beforeAll(async () => {
  emu = await startTestEmulator({ emptySite: true });
  await setup().run({ onProgress: (p) => progress.push(p) });
  emu.store.addUser({ ...TEACHER, userType: 'Member' });
  emu.store.addToGroup(STAFF_GROUP.title, TEACHER.email);
  emu.store.addUser({ ...SENCO, userType: 'Guest' });
});
afterAll(() => emu.close());

describe('site pages made by setup', () => {
  it('says so step by step, page by page', () => {
    const labels = progress.map((p) => p.label);
    expect(labels).toContain(`Creating page 1 of ${SITE_PAGES.length}: Pathways Hub`);
    expect(labels).toContain(`Creating page ${SITE_PAGES.length} of ${SITE_PAGES.length}: ${HOME_SCHOOL_PAGE.title}`);
  });

  it('makes every declared page, published, with its web parts placed, which PRU staff open and read', async () => {
    const teacher = spFor(TEACHER.email, { siteUrl: emu.siteUrl });
    for (const def of SITE_PAGES) {
      expect((await open(pageFileName(def), TEACHER.email)).status).toBe(200);
      const page = await teacher.web.loadClientsidePage(`${PAGES}/${pageFileName(def)}`);
      expect(page.title).toBe(def.title);
      const parts: string[] = [];
      page.findControl((c) => {
        if (c instanceof ClientsideWebpart) parts.push(String(c.data.webPartId));
        return false;
      });
      expect(parts).toEqual(def.webParts.map((w) => w.id));
    }
  });

  it('then writes nothing: the plan is empty', async () => {
    expect((await setup().plan()).steps).toEqual([]);
    expect(await setup().run()).toMatchObject({ stepsDone: 0, writes: 0 });
  });
});

describe('the home-school page', () => {
  let groupId: number;

  beforeAll(async () => {
    // A school added after setup, through the product: its group is made and recorded on the school.
    const admin = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
    const school = emu.store.addItem('Pathways Schools', { Title: 'Oakfield Academy', PwUrn: '100001', PwPhase: 'Secondary' });
    groupId = await new SchoolGroupService(admin).ensureGroup({ id: school.id, name: 'Oakfield Academy', urn: '100001' } as Parameters<SchoolGroupService['ensureGroup']>[0]);
    emu.store.addToGroup(groupId, SENCO.email);
    // What a home school holds besides: Read on its pupils' folders (Limited Access on the web).
    emu.store.ensureFolder('Pathways Attendance', 'PH-0001');
    emu.store.grant({ list: 'Pathways Attendance', folder: 'PH-0001' }, groupId, 'Read');
  });

  it('is the one page home-school staff open; every other page is refused (Limited Access opens no page)', async () => {
    expect((await open(pageFileName(HOME_SCHOOL_PAGE), SENCO.email)).status).toBe(200);
    for (const def of SITE_PAGES.filter((p) => p.key !== HOME_SCHOOL_PAGE.key)) {
      expect({ page: def.name, status: (await open(pageFileName(def), SENCO.email)).status }).toEqual({ page: def.name, status: 403 });
    }
    const listed = (await (await rawFetch(`${emu.siteUrl}/_api/sitepages/pages`, SENCO.email)).json()) as { value: { FileName: string }[] };
    expect(listed.value.map((p) => p.FileName)).toEqual([pageFileName(HOME_SCHOOL_PAGE)]);
    const page = await spFor(SENCO.email, { siteUrl: emu.siteUrl }).web.loadClientsidePage(`${PAGES}/${pageFileName(HOME_SCHOOL_PAGE)}`);
    expect(page.title).toBe(HOME_SCHOOL_PAGE.title);
  });

  it('keeps the PRU groups on it (copied from the site) and the school group with Read; setup then has nothing to do', async () => {
    const admin = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
    const item = await admin.web.getFileByServerRelativePath(`${PAGES}/${pageFileName(HOME_SCHOOL_PAGE)}`).getItem<{ Id: number }>('Id');
    const grants = await item.roleAssignments.expand('Member', 'RoleDefinitionBindings')<{ Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[]>();
    const byTitle = new Map(grants.map((g) => [g.Member.Title, g.RoleDefinitionBindings.map((r) => r.Name)]));
    expect(byTitle.get(STAFF_GROUP.title)).toEqual(['Read']);
    expect(byTitle.get('Pathways Hub - Oakfield Academy (URN 100001) staff')).toEqual(['Read']);
    expect((await setup().plan()).steps).toEqual([]);
  });

  it('a school group that lost its Read on the page is found and given it again by setup (and nothing else)', async () => {
    const admin = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
    const item = await admin.web.getFileByServerRelativePath(`${PAGES}/${pageFileName(HOME_SCHOOL_PAGE)}`).getItem<{ Id: number }>('Id');
    await item.roleAssignments.remove(groupId, 1073741826);
    expect((await open(pageFileName(HOME_SCHOOL_PAGE), SENCO.email)).status).toBe(403);
    const plan = await setup().plan();
    expect(plan.steps).toEqual([{ label: `Updating page 1 of 1: ${HOME_SCHOOL_PAGE.title}`, actions: [{ kind: 'grantPageRead', page: 'homeSchool', principalId: groupId }] }]);
    expect(schemaFindings(plan, LISTS)).toEqual([
      expect.objectContaining({ area: 'pages', severity: 'problem', message: expect.stringContaining('1 home school staff group cannot open it'), repair: { kind: 'setup' } }),
    ]);
    expect(await setup().run()).toMatchObject({ writes: 1 });
    expect((await open(pageFileName(HOME_SCHOOL_PAGE), SENCO.email)).status).toBe(200);
  });
});

describe('a missing page', () => {
  it('is found by the check, in plain words with Repair, and made again by setup', async () => {
    const attendance = sitePage('attendance');
    await spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl }).web.getFileByServerRelativePath(`${PAGES}/${pageFileName(attendance)}`).delete();
    expect((await open(pageFileName(attendance), TEACHER.email)).status).toBe(404);
    const plan = await setup().plan();
    expect(plan.steps.map((s) => s.label)).toEqual([`Creating page 1 of 1: ${attendance.title}`]);
    expect(schemaFindings(plan, LISTS)).toEqual([
      { id: 'page-attendance', area: 'pages', severity: 'problem', message: `The page “Attendance” (SitePages/Attendance.aspx) is missing.`, repair: { kind: 'setup' } },
    ]);
    await setup().run();
    expect((await open(pageFileName(attendance), TEACHER.email)).status).toBe(200);
    expect((await setup().plan()).steps).toEqual([]);
  });
});

describe('a page that differs', () => {
  const post = (path: string, body?: unknown): Promise<Response> =>
    rawFetch(`${emu.siteUrl}/_api/sitepages/${path}`, DEFAULT_ADMIN.email, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  it('whose web parts were taken off gets them placed again (nothing else removed), published', async () => {
    const admin = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
    const def = sitePage('administration');
    const item = await admin.web.getFileByServerRelativePath(`${PAGES}/${pageFileName(def)}`).getItem<{ Id: number }>('Id');
    expect((await post(`pages(${item.Id})/checkoutpage`)).status).toBe(200);
    expect((await post(`pages(${item.Id})/savepage`, { CanvasContent1: '[]' })).status).toBe(200);
    expect((await post(`pages(${item.Id})/publish`)).status).toBe(200);
    const plan = await setup().plan();
    expect(plan.steps).toEqual([{ label: `Updating page 1 of 1: ${def.title}`, actions: [{ kind: 'addPageWebParts', page: 'administration', webPartIds: def.webParts.map((w) => w.id) }] }]);
    expect(schemaFindings(plan, LISTS)[0]?.message).toContain('the web parts Administration, Import records and Site setup are not on it');
    await setup().run();
    const page = await spFor(TEACHER.email, { siteUrl: emu.siteUrl }).web.loadClientsidePage(`${PAGES}/${pageFileName(def)}`);
    const parts: string[] = [];
    page.findControl((c) => {
      if (c instanceof ClientsideWebpart) parts.push(String(c.data.webPartId));
      return false;
    });
    expect(parts).toEqual(def.webParts.map((w) => w.id));
    expect((await setup().plan()).steps).toEqual([]);
  });

  it('left unpublished by a run that stopped (readers cannot open it) is published, its web parts placed', async () => {
    const admin = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
    const def = sitePage('learningLogs');
    await admin.web.getFileByServerRelativePath(`${PAGES}/${pageFileName(def)}`).delete();
    // What a run stopped after addClientsidePage leaves: the page named, saved as a draft, never published.
    const stopped = await admin.web.addClientsidePage(def.name, def.title);
    const id = (await admin.web.getFileByServerRelativePath(`${PAGES}/${pageFileName(def)}`).getItem<{ Id: number }>('Id')).Id;
    expect((await post(`pages(${id})/savepageasdraft`, { Title: def.title })).status).toBe(200);
    expect(stopped.title).toBe(def.title);
    expect((await open(pageFileName(def), TEACHER.email)).status).toBe(403);
    const plan = await setup().plan();
    expect(plan.steps[0]?.actions.map((a) => a.kind)).toEqual(['publishPage', 'addPageWebParts']);
    expect(schemaFindings(plan, LISTS)[0]?.message).toContain('it has never been published');
    await setup().run();
    expect((await open(pageFileName(def), TEACHER.email)).status).toBe(200);
    expect((await setup().plan()).steps).toEqual([]);
  });
});
