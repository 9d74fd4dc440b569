import { STAFF_GROUP } from '../../../../src/lists';
/**
 * Conformance: the emulator hosts more than one site collection, as a tenant does (a Teams team's site, the root
 * site), each with its own lists, groups and permissions and one tenant directory; tenant properties are read from
 * any site with GetStorageEntity. Driven through real PnPjs.
 */
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { rawFetch, spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OWNER, STAFF } from './people';

const SETTINGS = 'Pathways Settings';
const TEAM = '/sites/year-9-team';
const OUTSIDER = { email: 'robin.vale@pathways.example.org', displayName: 'Robin Vale' } as const;

let emu: RunningEmulator;
let teamUrl: string;

beforeAll(async () => {
  emu = await startTestEmulator();
  emu.store.addUser({ ...STAFF, userType: 'Member' });
  emu.store.addUser({ ...OUTSIDER, userType: 'Member' });
  emu.store.addToGroup(DEFAULT_GROUPS.members.id, STAFF.email);
  emu.store.addToGroup(STAFF_GROUP.title, STAFF.email); // the Pathways lists' own grants (setup)
  teamUrl = emu.addSite({ path: TEAM, title: 'Year 9 team', members: [STAFF.email, OUTSIDER.email] }).siteUrl;
  emu.addSite({ path: '/', title: 'Communication site', visitors: [STAFF.email, OUTSIDER.email] });
});
afterAll(() => emu.close());

it('keeps the default site where it was', async () => {
  expect(emu.siteUrl).toBe(`${emu.origin}/sites/pathways`);
  const web = await spFor(OWNER.email, { siteUrl: emu.siteUrl }).web.select('Title', 'Url')();
  expect(web).toMatchObject({ Title: 'Pathways Hub', Url: emu.siteUrl });
});

it('answers a team site and the root site at their own addresses, each with its own lists', async () => {
  const team = await spFor(STAFF.email, { siteUrl: teamUrl }).web.select('Title', 'Url')();
  expect(team).toMatchObject({ Title: 'Year 9 team', Url: `${emu.origin}${TEAM}` });
  const root = await spFor(STAFF.email, { siteUrl: emu.origin }).web.select('Title', 'Url')();
  expect(root).toMatchObject({ Title: 'Communication site', Url: emu.origin });
  // A new site is an empty team site (only its Site Pages): the Pathways lists live on the Pathways site only.
  expect((await spFor(STAFF.email, { siteUrl: teamUrl }).web.lists()).map((l) => l.Title)).toEqual(['Site Pages']);
  const missing = await spFor(STAFF.email, { siteUrl: teamUrl }).web.lists.getByTitle(SETTINGS)().then(() => undefined, spErrorOf);
  expect(missing?.status).toBe(404);
  await expect(spFor(STAFF.email, { siteUrl: emu.siteUrl }).web.lists.getByTitle(SETTINGS).select('Title')()).resolves.toMatchObject({ Title: SETTINGS });
});

it('gives each site its own groups and permissions over one directory', async () => {
  const teamGroups = (await spFor(OWNER.email, { siteUrl: teamUrl }).web.siteGroups()).map((g) => g.Title);
  expect(teamGroups).toEqual(expect.arrayContaining(['Year 9 team Owners', 'Year 9 team Members', 'Year 9 team Visitors']));
  const created = await spFor(OWNER.email, { siteUrl: teamUrl }).web.siteGroups.add({ Title: 'Team helpers' });
  const pathwaysGroups = (await spFor(OWNER.email, { siteUrl: emu.siteUrl }).web.siteGroups()).map((g) => g.Title);
  expect(pathwaysGroups).not.toContain('Team helpers');
  // Tenant-wide principal ids: a group never shares its id with a person of the directory.
  expect(emu.context.directory.findBySpId(created.Id)).toBeUndefined();
  // Same person, same directory entry; but a member of the team site has no access to the Pathways site.
  const me = await spFor(OUTSIDER.email, { siteUrl: teamUrl }).web.currentUser();
  expect(me.Email).toBe(OUTSIDER.email);
  const denied = await spFor(OUTSIDER.email, { siteUrl: emu.siteUrl }).web.lists.getByTitle(SETTINGS)().then(() => undefined, spErrorOf);
  expect(denied?.status).toBe(403);
});

it('reads tenant properties from any site: the value, or odata.null when the key is not set', async () => {
  emu.tenantProperties.set('PathwaysHubSiteUrl', emu.siteUrl, 'The Pathways Hub site');
  for (const url of [teamUrl, emu.origin, emu.siteUrl]) {
    const prop = await spFor(STAFF.email, { siteUrl: url }).web.getStorageEntity('PathwaysHubSiteUrl');
    expect(prop).toMatchObject({ Value: emu.siteUrl, Description: 'The Pathways Hub site', Comment: '' });
  }
  const none = await spFor(STAFF.email, { siteUrl: teamUrl }).web.getStorageEntity('NoSuchKey');
  expect(none).toEqual({ 'odata.null': true });
});

it('still refuses anonymous calls on every site', async () => {
  expect((await rawFetch(`${teamUrl}/_api/web`, undefined)).status).toBe(401);
  expect((await rawFetch(`${emu.origin}/_api/web`, undefined)).status).toBe(401);
});

it('starts a further site again from nothing after a reset of the tenant', async () => {
  emu.reset();
  const again = emu.addSite({ path: TEAM, title: 'Year 9 team' });
  expect((await spFor(OWNER.email, { siteUrl: again.siteUrl }).web.lists()).map((l) => l.Title)).toEqual(['Site Pages']);
  await expect(spFor(OWNER.email, { siteUrl: again.siteUrl }).web.siteGroups()).resolves.not.toContainEqual(expect.objectContaining({ Title: 'Team helpers' }));
  const prop = await spFor(OWNER.email, { siteUrl: again.siteUrl }).web.getStorageEntity('PathwaysHubSiteUrl');
  expect(prop).toEqual({ 'odata.null': true });
});
