/**
 * The product's setup against an empty emulated team site, over real HTTP through PnPjs: it builds the whole site,
 * a second run writes nothing, an interrupted or dropped run is finished by the next, a user who is not an owner
 * is told what they need, a same-named list that is not ours is left alone, and SharePoint's own permissions then
 * enforce who may do what.
 */
import { LEADERSHIP_GROUP, LEADERSHIP_LEVEL, LISTS, OFFICE_GROUP, SCHEMA_VERSION, STAFF_GROUP, maskOf, type ListDefinition } from '../../../../src/lists';
import { DataError } from '../../../../src/data/errors';
import { SetupCancelledError, SetupPermissionError, SiteSetup } from '../../../../src/data/sp/setup/SiteSetup';
import { MIGRATIONS } from '../../../../src/data/sp/setup/migrations';
import type { SetupProgress } from '../../../../src/data/sp/setup/setupTypes';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';

const TEACHER = { email: 'rowan.teacher@pathways.example.org', displayName: 'Rowan Teacher' };
const OFFICER = { email: 'casey.office@pathways.example.org', displayName: 'Casey Office' };
const HEAD = { email: 'jordan.head@pathways.example.org', displayName: 'Jordan Head' };

/**
 * Counts what reaches the network while `work` runs: writes are every request but GET (and the digest), and every
 * $batch that holds a request other than GET (a batch of reads, e.g. the lists' fields and views, writes nothing).
 */
async function countWrites<T>(work: () => Promise<T>): Promise<{ result: T; writes: string[] }> {
  const realFetch = globalThis.fetch;
  const writes: string[] = [];
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = String(input instanceof Request ? input.url : input);
    const readsOnly = /\/_api\/\$batch$/i.test(url) && typeof init?.body === 'string' && !/^(POST|PUT|PATCH|MERGE|DELETE) https?:/im.test(init.body);
    if (method !== 'GET' && !readsOnly && !/\/_api\/contextinfo$/i.test(url)) writes.push(`${method} ${url}`);
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    return { result: await work(), writes };
  } finally {
    globalThis.fetch = realFetch;
  }
}

async function emptySite(): Promise<RunningEmulator> {
  return startTestEmulator({ emptySite: true });
}

const setupAs = (emu: RunningEmulator, email: string = DEFAULT_ADMIN.email): SiteSetup => new SiteSetup(spFor(email, { siteUrl: emu.siteUrl }));

describe('site setup on an empty site', () => {
  let emu: RunningEmulator;
  const progress: SetupProgress[] = [];

  beforeAll(async () => {
    emu = await emptySite();
    await setupAs(emu).run({ onProgress: (p) => progress.push(p) });
    for (const [who, group] of [
      [TEACHER, STAFF_GROUP],
      [OFFICER, OFFICE_GROUP],
      [HEAD, LEADERSHIP_GROUP],
    ] as const) {
      emu.store.addUser({ ...who, userType: 'Member' });
      emu.store.addToGroup(group.title, who.email);
    }
  });
  afterAll(() => emu.close());

  it('says what it is doing, step by step, list by list', () => {
    expect(progress[0]).toEqual({ step: 1, of: progress.length, label: `Creating the permission level ${LEADERSHIP_LEVEL.name}` });
    expect(progress.map((p) => p.label)).toContain(`Creating list 14 of ${LISTS.length}: Pathways PIP Reviews`);
    expect(progress.map((p) => p.step)).toEqual(progress.map((_p, i) => i + 1));
  });

  it('creates every declared list at its address, with its columns, indexes, unique columns, views and formatting', async () => {
    const sp = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
    const lists = await sp.web.lists.expand('RootFolder')<{ Title: string; BaseTemplate: number; RootFolder: { ServerRelativeUrl: string } }[]>();
    expect(lists.map((l) => [l.Title, l.RootFolder.ServerRelativeUrl, l.BaseTemplate]).sort()).toEqual(
      [...LISTS.map((l) => [l.title, `/sites/pathways/${l.url}`, l.template === 'documentLibrary' ? 101 : 100]), ['Site Pages', '/sites/pathways/SitePages', 119]].sort(),
    );
    const pupils = sp.web.lists.getByTitle('Pathways Pupils');
    const ref = await pupils.fields.getByInternalNameOrTitle('PwPupilRef')<{ Title: string; Indexed: boolean; EnforceUniqueValues: boolean; MaxLength: number; Required: boolean }>();
    expect(ref).toMatchObject({ Title: 'Pupil reference', Indexed: true, EnforceUniqueValues: true, MaxLength: 20, Required: true });
    const stage = await pupils.fields.getByInternalNameOrTitle('PwAttendanceStage')<{ CustomFormatter: string }>();
    expect(JSON.parse(stage.CustomFormatter)).toMatchObject({ elmType: 'div' });
    const title = await pupils.fields.getByInternalNameOrTitle('Title')<{ Title: string; Required: boolean }>();
    expect(title).toMatchObject({ Title: 'Display name', Required: true });
    const views = await pupils.views.expand('ViewFields')<{ Title: string; ViewFields: { Items: string[] } }[]>();
    const homeView = views.find((v) => v.Title === 'Home school view');
    expect(homeView?.ViewFields.Items).toEqual(LISTS.find((l) => l.key === 'pupils')?.views?.[0].fields);
    const phase = await sp.web.lists.getByTitle('Pathways Schools').fields.getByInternalNameOrTitle('PwPhase')<{ Choices: string[] }>();
    expect(phase.Choices).toContain('Secondary');
  });

  it('creates the groups owned by the site owners, the Leadership level, and records the schema version', async () => {
    const sp = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
    const groups = await sp.web.siteGroups<{ Title: string; OwnerTitle: string }[]>();
    for (const g of [LEADERSHIP_GROUP, OFFICE_GROUP, STAFF_GROUP]) {
      expect(groups.find((x) => x.Title === g.title)?.OwnerTitle).toBe('Pathways Hub Owners');
    }
    const level = await sp.web.roleDefinitions.getByName(LEADERSHIP_LEVEL.name)<{ BasePermissions: { High: string; Low: string } }>();
    expect(level.BasePermissions).toEqual(maskOf(LEADERSHIP_LEVEL.permissions));
    const version = await sp.web.lists.getByTitle('Pathways Settings').items.filter("PwKey eq 'schemaVersion'")<{ PwValue: string }[]>();
    expect(JSON.parse(version[0].PwValue)).toEqual({ version: SCHEMA_VERSION, migrations: MIGRATIONS.map((m) => m.id) });
  });

  it('sets the site to English (United Kingdom), London time and the 24-hour clock (a new site is en-US, Pacific)', async () => {
    const sp = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
    expect(progress.map((p) => p.label)).toContain('Setting the site’s regional settings: English (United Kingdom), London time, 24-hour clock');
    expect(await sp.web.regionalSettings.select('LocaleId', 'Time24')()).toMatchObject({ LocaleId: 2057, Time24: true });
    expect(await sp.web.regionalSettings.timeZone.select('Id', 'Description')()).toMatchObject({ Id: 2, Description: '(UTC) Dublin, Edinburgh, Lisbon, London' });
  });

  it('then has nothing left to do: a second run makes no write request', async () => {
    const { result, writes } = await countWrites(() => setupAs(emu).run());
    expect(writes).toEqual([]);
    expect(result).toEqual({ stepsDone: 0, writes: 0, findings: [] });
    expect((await setupAs(emu).plan()).steps).toEqual([]);
  });

  it('puts back regional settings an owner changed, with one write (the site script action) and nothing else', async () => {
    emu.store.setRegionalSettings({ localeId: 1033, timeZoneId: 13 });
    const plan = await setupAs(emu).plan();
    expect(plan.steps.map((s) => s.actions)).toEqual([[{ kind: 'setRegionalSettings' }]]);
    const { writes } = await countWrites(() => setupAs(emu).run());
    expect(writes).toEqual([`POST ${emu.siteUrl}/_api/Microsoft.Sharepoint.Utilities.WebTemplateExtensions.SiteScriptUtility.executeSiteScriptAction`]);
    expect(emu.store.regionalSettings()).toEqual({ localeId: 2057, timeZoneId: 2, time24: true });
    expect((await setupAs(emu).plan()).steps).toEqual([]);
  });

  it('lets SharePoint enforce the roles: a teacher cannot change settings or pupils by raw REST', async () => {
    const teacher = spFor(TEACHER.email, { siteUrl: emu.siteUrl });
    const settings = await teacher.web.lists.getByTitle('Pathways Settings').items.add({ Title: 'x', PwKey: 'sneaky', PwValue: '{}' }).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(settings?.status).toBe(403);
    const pupil = await teacher.web.lists.getByTitle('Pathways Pupils').items.add({ Title: 'x' }).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(pupil?.status).toBe(403);
    // …but keeps the records they keep.
    await expect(teacher.web.lists.getByTitle('Pathways Registers').items.add({ PwRegisterKey: '2026-09-07|AM', PwDate: '2026-09-07T00:00:00Z', PwSession: 'AM', PwTakenBy: TEACHER.email, PwTakenAt: '2026-09-07T08:50:00Z' })).resolves.toBeTruthy();
  });

  it('lets the office add a pupil but not manage permissions; only Leadership may', async () => {
    const office = spFor(OFFICER.email, { siteUrl: emu.siteUrl });
    const added = await office.web.lists.getByTitle('Pathways Pupils').items.add({ Title: 'A Pupil', PwPupilRef: 'PH-9001' });
    const secure = await office.web.lists.getByTitle('Pathways Pupils').items.getById(added.Id as number).breakRoleInheritance(true).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(secure?.status).toBe(403);
    const group = await office.web.siteGroups.add({ Title: 'Office-made group' }).then(() => undefined, (e: unknown) => spErrorOf(e));
    expect(group?.status).toBe(403);
    const head = spFor(HEAD.email, { siteUrl: emu.siteUrl });
    await head.web.lists.getByTitle('Pathways Pupils').items.getById(added.Id as number).breakRoleInheritance(true);
    await expect(head.web.siteGroups.add({ Title: 'Pathways Hub - Test school (URN 100999) staff' })).resolves.toBeTruthy();
    await expect(head.web.lists.getByTitle('Pathways Settings').items.add({ Title: 'ok', PwKey: 'headsNote', PwValue: '{}' })).resolves.toBeTruthy();
  });
});

describe('site setup: faults and bad input', () => {
  it('is cancellable, and the next run finishes the job', async () => {
    const emu = await emptySite();
    try {
      const controller = new AbortController();
      const first = await setupAs(emu)
        .run({ signal: controller.signal, onProgress: (p) => p.step === 8 && controller.abort() })
        .then(() => undefined, (e: unknown) => e);
      expect(first).toBeInstanceOf(SetupCancelledError);
      const made = await spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl }).web.lists();
      expect(made.length).toBeGreaterThan(0);
      expect(made.length).toBeLessThan(LISTS.length);
      const second = await setupAs(emu).run();
      expect(second.writes).toBeGreaterThan(0);
      expect((await setupAs(emu).plan()).steps).toEqual([]);
    } finally {
      await emu.close();
    }
  });

  it('survives a connection lost half-way (beyond PnPjs’s retries): the error says to run again, and running again completes', async () => {
    const emu = await emptySite();
    const realFetch = globalThis.fetch;
    let writes = 0;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      // From the 120th write on, the network is gone (PnPjs retries a lost request a few times, then gives up).
      if ((init?.method ?? 'GET') !== 'GET' && ++writes >= 120) return Promise.reject(new TypeError('fetch failed: connection reset'));
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const failed = await setupAs(emu).run().then(() => undefined, (e: unknown) => e);
      expect(failed).toBeInstanceOf(DataError);
      expect((failed as DataError).message).toMatch(/run setup again to finish/);
    } finally {
      globalThis.fetch = realFetch;
    }
    try {
      await setupAs(emu).run();
      expect((await setupAs(emu).plan()).steps).toEqual([]);
    } finally {
      await emu.close();
    }
  });

  it('survives throttling (429 with Retry-After) through the same PnPjs retry as the product', async () => {
    const emu = await emptySite();
    try {
      await fetch(`${emu.origin}/_emulator/throttle`, { method: 'POST', body: JSON.stringify({ rate: 0.25, retryAfterSeconds: 0 }) });
      const result = await setupAs(emu).run();
      await fetch(`${emu.origin}/_emulator/throttle`, { method: 'POST', body: JSON.stringify({ rate: 0 }) });
      expect(result.findings).toEqual([]);
      expect((await setupAs(emu).plan()).steps).toEqual([]);
    } finally {
      await emu.close();
    }
  });

  it('says so when SharePoint answers the regional settings action with a failure (e.g. a Teams channel site, where it is blocked)', async () => {
    const emu = await emptySite();
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (/SiteScriptUtility\.executeSiteScriptAction$/i.test(String(input instanceof Request ? input.url : input))) {
        const failure = { value: [{ Title: 'Set regional settings', Outcome: 1, OutcomeText: 'This action is blocked for channel sites.', Target: null }] };
        return Promise.resolve(new Response(JSON.stringify(failure), { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata' } }));
      }
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const failed = await setupAs(emu).run().then(() => undefined, (e: unknown) => e);
      expect(failed).toBeInstanceOf(DataError);
      expect((failed as DataError).message).toBe(
        'SharePoint did not set the site’s regional settings: This action is blocked for channel sites. A site owner can set them in Site settings, Regional settings. What was done so far is kept; run setup again to finish.',
      );
    } finally {
      globalThis.fetch = realFetch;
      await emu.close();
    }
  });

  it('tells a person who is not a site owner what they need, and changes nothing', async () => {
    const emu = await emptySite();
    try {
      emu.store.addUser({ ...TEACHER, userType: 'Member' });
      emu.store.addToGroup('Pathways Hub Members', TEACHER.email);
      const { result, writes } = await countWrites(() => setupAs(emu, TEACHER.email).run().then(() => undefined, (e: unknown) => e));
      expect(result).toBeInstanceOf(SetupPermissionError);
      expect((result as SetupPermissionError).message).toBe(
        'Setting up Pathways Hub needs Full Control of this site (a site owner). You do not have Manage Permissions, Create Groups, Enumerate Permissions, Manage Web Site. ' +
          'Ask a site owner, or your SharePoint administrator, to run setup, or to add you to the site’s Owners group.',
      );
      expect(writes).toEqual([]);
    } finally {
      await emu.close();
    }
  });

  it('leaves a same-named list that is not Pathways Hub’s alone, and says so', async () => {
    const emu = await emptySite();
    try {
      const owner = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
      await owner.web.lists.add('Pathways Targets', 'Someone else’s list', 100);
      await owner.web.lists.getByTitle('Pathways Targets').items.add({ Title: 'Their own item' });
      const result = await setupAs(emu).run();
      const targets: ListDefinition | undefined = LISTS.find((l) => l.key === 'targets');
      expect(result.findings).toEqual([
        expect.objectContaining({ severity: 'problem', list: 'targets', repairable: false, message: expect.stringContaining('A list called “Pathways Targets” already exists at /sites/pathways/Lists/PathwaysTargets') }),
      ]);
      const theirs = owner.web.lists.getByTitle('Pathways Targets');
      expect((await theirs.fields()).map((f) => f.InternalName)).not.toContain('PwOutcome');
      expect((await theirs.items()).map((i) => i.Title)).toEqual(['Their own item']);
      expect((await theirs.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>()).HasUniqueRoleAssignments).toBe(false);
      const others = await owner.web.lists.expand('RootFolder')<{ RootFolder: { ServerRelativeUrl: string } }[]>();
      expect(others.map((l) => l.RootFolder.ServerRelativeUrl)).not.toContain(`/sites/pathways/${targets?.url ?? ''}`);
      expect(others).toHaveLength(LISTS.length + 1); // and the site's own Site Pages
    } finally {
      await emu.close();
    }
  });
});
