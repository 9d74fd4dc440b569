/**
 * Site setup's first screen, the site's status, against the emulator over HTTP through PnPjs: it says what the whole
 * plan says about where the site stands (new, unversioned, older, current, newer) and who may set up, in one round
 * trip that reads none of the lists' columns, views, grants or records (only the settings list's version item).
 */
import { SCHEMA_VERSION, listByKey } from '../../../../src/lists';
import { SetupPermissionError, SiteSetup } from '../../../../src/data/sp/setup/SiteSetup';
import { CURRENT_RELEASE } from '../../../../src/data/sp/setup/setupPlan';
import { readSiteStatus, type SiteStatus } from '../../../../src/data/sp/setup/siteStatus';
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { spFor, startTestEmulator } from '../../../support/emulator';
import { countRoundTrips } from '../../../support/roundTrips';

const TEACHER = { email: 'rowan.teacher@pathways.example.org', displayName: 'Rowan Teacher' };

/** The status, with the requests each batch held (their first lines: "GET <url> HTTP/1.1"). */
async function statusWithRequests(read: () => Promise<SiteStatus>): Promise<{ status: SiteStatus; waves: number; requests: string[] }> {
  const realFetch = globalThis.fetch;
  const requests: string[] = [];
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = decodeURIComponent(String(input instanceof Request ? input.url : input));
    if (/\/_api\/\$batch$/i.test(url) && typeof init?.body === 'string') requests.push(...[...init.body.matchAll(/^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+)/gm)].map((m) => `${m[1]} ${decodeURIComponent(m[2])}`));
    else requests.push(`${(init?.method ?? 'GET').toUpperCase()} ${url}`);
    return realFetch(input, init);
  }) as typeof fetch;
  try {
    const counted = await countRoundTrips(read);
    return { status: counted.result, waves: counted.waves, requests };
  } finally {
    globalThis.fetch = realFetch;
  }
}

describe('the site’s status (Site setup’s first screen)', () => {
  let emu: RunningEmulator;
  const owner = (): SiteSetup => new SiteSetup(spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl }), { siteUrl: emu.siteUrl });

  beforeAll(async () => {
    emu = await startTestEmulator({ emptySite: true });
  });
  afterAll(() => emu.close());

  it('on an empty site: not set up, agreeing with the plan, in one round trip of reads (after the form digest a batch needs)', async () => {
    const { status, waves, requests } = await statusWithRequests(() => readSiteStatus(spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl }), emu.siteUrl));
    expect(status).toEqual({ state: 'new', codeVersion: SCHEMA_VERSION, summary: 'Pathways Hub is not set up on this site yet.' });
    expect((await owner().plan()).state).toBe('new');
    // The form digest a batch needs (asked once a page) and then one batch of reads.
    expect(requests.filter((r) => !/\$batch$/.test(r) && !/\/_api\/contextinfo$/.test(r)).every((r) => r.startsWith('GET '))).toBe(true);
    expect(waves - (requests.some((r) => /\/_api\/contextinfo$/.test(r)) ? 1 : 0)).toBe(1);
  });

  it('on a site set up by Setup: current at this version, without reading any list’s columns, views, grants or records but the version', async () => {
    await owner().run();
    const { status, waves, requests } = await statusWithRequests(() => owner().status());
    expect(status).toEqual({ state: 'current', codeVersion: SCHEMA_VERSION, siteVersion: SCHEMA_VERSION, summary: `This site is set up with Pathways Hub version ${SCHEMA_VERSION}.` });
    expect(waves).toBe(1);
    const reads = requests.filter((r) => !/\$batch$/.test(r));
    expect(reads).toHaveLength(4);
    expect(reads.filter((r) => /\/(fields|views|roleassignments|siteGroups|roleDefinitions)\b/i.test(r))).toEqual([]);
    // The only items read: the settings list's version item.
    const settingsUrl = `${new URL(emu.siteUrl).pathname}/${listByKey('settings').url}`;
    const items = reads.filter((r) => /\/items\b/i.test(r));
    expect(items).toHaveLength(1);
    expect(items[0].toLowerCase()).toContain(`getlist('${settingsUrl.toLowerCase()}')/items`);
    expect(items[0]).toMatch(/\$filter=PwKey(\+| )eq(\+| )'schemaVersion'/);
  });

  it('says older and newer exactly as the plan does, against a later and an earlier release', async () => {
    for (const version of [SCHEMA_VERSION + 1, SCHEMA_VERSION - 1]) {
      const setup = new SiteSetup(spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl }), { siteUrl: emu.siteUrl, release: { ...CURRENT_RELEASE, version } });
      const [status, plan] = await Promise.all([setup.status(), setup.plan()]);
      expect(status.state).toBe(version > SCHEMA_VERSION ? 'older' : 'newer');
      expect([status.state, status.siteVersion, status.codeVersion]).toEqual([plan.state, plan.siteVersion, plan.codeVersion]);
      expect(status.summary).toMatch(version > SCHEMA_VERSION ? /^This site was set up with Pathways Hub version \d+; the version deployed is \d+\. Upgrade/ : /newer than the version deployed/);
    }
  });

  it('says unversioned when the lists are there but no version is recorded, as the plan does', async () => {
    const sp = spFor(DEFAULT_ADMIN.email, { siteUrl: emu.siteUrl });
    const settings = sp.web.getList(`${new URL(emu.siteUrl).pathname}/${listByKey('settings').url}`);
    const rows = await settings.items.select('Id').filter("PwKey eq 'schemaVersion'")<{ Id: number }[]>();
    expect(rows).toHaveLength(1);
    await settings.items.getById(rows[0].Id).delete();
    const [status, plan] = await Promise.all([owner().status(), owner().plan()]);
    expect([status.state, plan.state]).toEqual(['unversioned', 'unversioned']);
    expect(status.summary).toMatch(/^Pathways Hub’s lists are on this site, but it has no record of the version/);
  });

  it('tells a person who is not a site owner what they need', async () => {
    emu.store.addUser({ ...TEACHER, userType: 'Member' });
    emu.store.addToGroup('Pathways Hub Staff', TEACHER.email);
    const failure = await readSiteStatus(spFor(TEACHER.email, { siteUrl: emu.siteUrl }), emu.siteUrl).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(SetupPermissionError);
    expect((failure as SetupPermissionError).message).toMatch(/^Setting up Pathways Hub needs Full Control of this site \(a site owner\)\. You do not have Manage Lists, Manage Permissions, /);
  });
});
