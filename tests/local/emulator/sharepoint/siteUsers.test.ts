/**
 * The site's user list (User Information List) through PnPjs: `web/siteUsers` holds the people the site has met —
 * ensured, put in a group, granted access directly, or who created an item — never the whole
 * directory; a person of the tenant the site has not met is "User cannot be found." (404) by e-mail, id or login
 * name, and can be granted nothing until ensured. siteUsers/removeById takes a person out of the list.
 */
import type { RunningEmulator } from '../../../../local/emulator/server';
import { DEFAULT_GROUPS } from '../../../../local/emulator/store';
import { spErrorOf, spFor, startTestEmulator } from '../../../support/emulator';
import { OWNER } from './people';

let emu: RunningEmulator;
const as = (email: string) => spFor(email, { siteUrl: emu.siteUrl });

const person = (name: string) => ({ email: `${name}@pathways.example.org`, displayName: `${name[0].toUpperCase()}${name.slice(1)} Tester` });
const ENSURED = person('ensured');
const GROUPED = person('grouped');
const GRANTED = person('granted');
const VISITOR = person('visitor');
const AUTHOR = person('author');
const STRANGER = person('stranger');
const NOT_FOUND = { status: 404, message: 'User cannot be found.' };

const emailsOfSiteUsers = async (): Promise<string[]> => (await as(OWNER.email).web.siteUsers.select('Email')<{ Email: string }[]>()).map((u) => u.Email);

beforeAll(async () => {
  emu = await startTestEmulator();
  for (const p of [ENSURED, GROUPED, GRANTED, VISITOR, AUTHOR, STRANGER]) emu.store.addUser({ ...p, userType: 'Member' });
  emu.store.addToGroup(DEFAULT_GROUPS.visitors.id, VISITOR.email);
});
afterAll(() => emu.close());

describe('web/siteUsers: only the people the site has met', () => {
  it('does not hold a tenant user the site has not met: siteUsers leaves them out, getByEmail/getById/login answer 404', async () => {
    const owner = as(OWNER.email);
    expect(await emailsOfSiteUsers()).not.toContain(STRANGER.email);
    const stranger = emu.store.user(STRANGER.email);
    for (const ask of [
      () => owner.web.siteUsers.getByEmail(STRANGER.email)(),
      () => owner.web.siteUsers.getById(stranger.spId)(),
      () => owner.web.siteUsers.getByLoginName(stranger.loginName)(),
      () => owner.web.getUserById(stranger.spId)(),
    ]) {
      expect(await ask().then(() => undefined, (x: unknown) => spErrorOf(x))).toMatchObject(NOT_FOUND);
    }
  });

  it('adds a person by ensureUser, by a site group, by a direct grant and when they create an item', async () => {
    const owner = as(OWNER.email);
    const before = await emailsOfSiteUsers();
    expect(before).toEqual(expect.not.arrayContaining([ENSURED.email, GROUPED.email, GRANTED.email, AUTHOR.email]));
    const ensured = await owner.web.ensureUser(ENSURED.email);
    await owner.web.siteGroups.getById(DEFAULT_GROUPS.members.id).users.add(`i:0#.f|membership|${GROUPED.email}`);
    // A direct grant needs the person in the list first: refused before, done after ensureUser.
    const list = owner.web.lists.getByTitle('Pathways Settings');
    await list.breakRoleInheritance(true);
    const granted = emu.store.user(GRANTED.email);
    const refused = await list.roleAssignments.add(granted.spId, 1073741826).then(() => undefined, (x: unknown) => spErrorOf(x));
    expect(refused).toMatchObject({ status: 400, message: `Can not find the principal with id: ${granted.spId}.` });
    await owner.web.ensureUser(GRANTED.email);
    await owner.web.siteUsers.getById(granted.spId)(); // now found
    emu.store.addItem('Pathways Settings', { Title: 'by the author' }, { author: AUTHOR.email });
    expect(await emailsOfSiteUsers()).toEqual(expect.arrayContaining([ENSURED.email, GROUPED.email, GRANTED.email, AUTHOR.email]));
    expect((await owner.web.siteUsers.getByEmail(ENSURED.email)()).Id).toBe(ensured.Id);
    expect(await emailsOfSiteUsers()).not.toContain(STRANGER.email);
  });

  it('keeps a person whose access is taken away (only removeById takes them out)', async () => {
    expect(await emailsOfSiteUsers()).toContain(VISITOR.email); // put in the Visitors group
    emu.store.removeFromGroup(DEFAULT_GROUPS.visitors.id, VISITOR.email);
    expect(await emailsOfSiteUsers()).toContain(VISITOR.email);
  });

  it('takes a person out with siteUsers/removeById; a second time is 404', async () => {
    const owner = as(OWNER.email);
    const ensured = emu.store.user(ENSURED.email);
    await owner.web.siteUsers.removeById(ensured.spId);
    expect(await emailsOfSiteUsers()).not.toContain(ENSURED.email);
    expect(await owner.web.siteUsers.getByEmail(ENSURED.email)().then(() => undefined, (x: unknown) => spErrorOf(x))).toMatchObject(NOT_FOUND);
    expect(await owner.web.siteUsers.removeById(ensured.spId).then(() => undefined, (x: unknown) => spErrorOf(x))).toMatchObject(NOT_FOUND);
  });

  it('answers $filter and $select on the collection (people only, Email and Title)', async () => {
    const users = await as(OWNER.email).web.siteUsers.select('Email', 'Title').filter(`Email eq '${GROUPED.email}'`)<Record<string, unknown>[]>();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ Email: GROUPED.email, Title: GROUPED.displayName });
    expect(users[0]).not.toHaveProperty('LoginName');
    expect((await as(OWNER.email).web.siteUsers.filter('PrincipalType eq 8')()).length).toBe(0);
  });
});
