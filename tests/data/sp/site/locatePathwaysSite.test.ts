/**
 * The web parts find the Pathways Hub site from configuration, not from the page's own site: in a Teams channel
 * tab the page's web is the team's site, in a meeting the root site. Against the emulator hosting three sites.
 */
import { InjectHeaders } from '@pnp/queryable';
import { openPathwaysSite } from '../../../../src/composition/openPathwaysSite';
import { browserBehavior, createSp } from '../../../../src/data/sp/pnpSetup';
import { locatePathwaysSite, normaliseSiteUrl, PATHWAYS_SITE_PROPERTY } from '../../../../src/data/sp/site/locatePathwaysSite';
import { EMULATOR_USER_HEADER } from '../../../../local/emulator/contracts';
import { createLocalGraphClient } from '../../../../local/graphClient';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const STAFF = 'kit.morrow@pathways.example.org';
const TEAM_ONLY = 'ash.lind@pathways.example.org';
const GUEST = 'jo.parr@oakfield.example.sch.uk';

let fx: PathwaysFixture;
let teamUrl: string;
let rootUrl: string;
const spAs = (email: string) => (siteUrl: string) => createSp(siteUrl, browserBehavior(siteUrl), InjectHeaders({ [EMULATOR_USER_HEADER]: email }));

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(STAFF);
  fx.emulator.store.addUser({ email: TEAM_ONLY, displayName: 'Ash Lind', userType: 'Member' });
  await fx.addSchool('Oakfield Academy', '100001', [GUEST]);
  teamUrl = fx.emulator.addSite({ path: '/sites/staff-team', title: 'Staff team', members: [STAFF, TEAM_ONLY] }).siteUrl;
  rootUrl = fx.emulator.addSite({ path: '/', title: 'Intranet', visitors: [STAFF, TEAM_ONLY, GUEST] }).siteUrl;
});
afterAll(() => fx.close());
afterEach(() => fx.emulator.tenantProperties.remove(PATHWAYS_SITE_PROPERTY));

it('uses the page’s own site when it holds the Pathways Hub lists', async () => {
  await expect(locatePathwaysSite({ pageWebUrl: fx.emulator.siteUrl, spAt: spAs(STAFF) })).resolves.toEqual({ found: true, siteUrl: fx.emulator.siteUrl, source: 'this site' });
});

it('says plainly that no site is configured when a Teams tab stands on a team’s site and no tenant property is set', async () => {
  const located = await locatePathwaysSite({ pageWebUrl: teamUrl, spAt: spAs(STAFF) });
  expect(located).toMatchObject({ found: false, problem: 'not-configured' });
  expect(!located.found && located.message).toContain(`tenant property ${PATHWAYS_SITE_PROPERTY}`);
});

it('finds the site from the tenant property in a channel tab (team site) and in a meeting (root site)', async () => {
  fx.emulator.tenantProperties.set(PATHWAYS_SITE_PROPERTY, `${fx.emulator.siteUrl}/`);
  for (const pageWebUrl of [teamUrl, rootUrl]) {
    await expect(locatePathwaysSite({ pageWebUrl, spAt: spAs(STAFF) })).resolves.toEqual({ found: true, siteUrl: fx.emulator.siteUrl, source: 'tenant setting' });
  }
  // A home school's named staff member reads it too (they may read the Settings list).
  await expect(locatePathwaysSite({ pageWebUrl: rootUrl, spAt: spAs(GUEST) })).resolves.toMatchObject({ found: true, siteUrl: fx.emulator.siteUrl });
});

it('prefers the web part’s own setting, and names what is wrong with it', async () => {
  fx.emulator.tenantProperties.set(PATHWAYS_SITE_PROPERTY, teamUrl);
  await expect(locatePathwaysSite({ configuredUrl: `${fx.emulator.siteUrl}/SitePages/Home.aspx`, pageWebUrl: teamUrl, spAt: spAs(STAFF) })).resolves.toEqual({
    found: true,
    siteUrl: fx.emulator.siteUrl,
    source: 'web part setting',
  });
  await expect(locatePathwaysSite({ configuredUrl: 'pathways', pageWebUrl: teamUrl, spAt: spAs(STAFF) })).resolves.toMatchObject({ found: false, problem: 'invalid-address' });
  const wrong = await locatePathwaysSite({ configuredUrl: teamUrl, pageWebUrl: rootUrl, spAt: spAs(STAFF) });
  expect(wrong).toMatchObject({ found: false, problem: 'no-lists', siteUrl: teamUrl });
  // The tenant property pointing at a site without the lists is reported, not silently used.
  await expect(locatePathwaysSite({ pageWebUrl: rootUrl, spAt: spAs(STAFF) })).resolves.toMatchObject({ found: false, problem: 'no-lists', source: 'tenant setting' });
});

it('tells a person who cannot open the Pathways Hub site so, rather than failing later', async () => {
  fx.emulator.tenantProperties.set(PATHWAYS_SITE_PROPERTY, fx.emulator.siteUrl);
  const located = await locatePathwaysSite({ pageWebUrl: teamUrl, spAt: spAs(TEAM_ONLY) });
  expect(located).toMatchObject({ found: false, problem: 'no-access', siteUrl: fx.emulator.siteUrl });
});

it('builds the services on the Pathways Hub site when the page stands on a team’s site (a Teams channel tab)', async () => {
  fx.emulator.tenantProperties.set(PATHWAYS_SITE_PROPERTY, fx.emulator.siteUrl);
  const pupil = await fx.addPupil('PH-0001');
  const opened = await openPathwaysSite({ pageWebUrl: teamUrl, spAt: spAs(DEFAULT_ADMIN.email), graph: createLocalGraphClient(fx.emulator.origin, DEFAULT_ADMIN.email), user: { email: DEFAULT_ADMIN.email, displayName: 'Admin' } });
  if (!opened.services) throw new Error(opened.location.message);
  expect(opened.services.siteUrl).toBe(fx.emulator.siteUrl);
  await expect(opened.services.meetings.forPupil(pupil.id)).resolves.toMatchObject({ items: [] });
  expect((await opened.services.pupils.list()).items.map((p) => p.pupilRef)).toEqual(['PH-0001']);
});

it('normalises site addresses', () => {
  expect(normaliseSiteUrl('https://contoso.sharepoint.com/sites/pathways/SitePages/Home.aspx')).toBe('https://contoso.sharepoint.com/sites/pathways');
  expect(normaliseSiteUrl('https://contoso.sharepoint.com/')).toBe('https://contoso.sharepoint.com');
  expect(normaliseSiteUrl('ftp://contoso/sites/x')).toBeUndefined();
  expect(normaliseSiteUrl('sites/pathways')).toBeUndefined();
});
