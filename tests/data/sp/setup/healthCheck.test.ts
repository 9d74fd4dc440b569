/**
 * "Check this site" against the emulator over HTTP (SharePoint and Graph): a site set up by Setup checks clean; each
 * kind of problem is found in plain words, and Repair puts it right where the product can.
 */
import { SiteHealthCheck } from '../../../../src/data/sp/setup/health/SiteHealthCheck';
import { GRAPH_PROBES } from '../../../../src/data/sp/setup/health/graphProbes';
import type { HealthFinding } from '../../../../src/data/sp/setup/health/healthTypes';
import { GRAPH_SCOPES_USED } from '../../../../src/data/graph/graphScopes';
import { SchoolGroupService } from '../../../../src/data/sp/access/SchoolGroupService';
import { SetupPermissionError } from '../../../../src/data/sp/setup/SiteSetup';
import { OFFICE_GROUP } from '../../../../src/lists';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { startGraphFixture, type GraphFixture } from '../../graph/support/graphFixture';
import { pupilRecord } from '../../../support/pupilBuilder';
import { countRoundTrips } from '../../../support/roundTrips';

const NOW = new Date('2026-11-20T10:00:00Z');
const SENCO = 'sam.senco@oakfield.example.sch.uk';
const HEAD = 'hal.head@oakfield.example.sch.uk';

describe('Check this site', () => {
  let fx: GraphFixture;
  let check: SiteHealthCheck;
  let pupilId: number;
  let schoolId: number;
  const findings = async (): Promise<readonly HealthFinding[]> => (await check.check()).findings;

  beforeAll(async () => {
    fx = await startGraphFixture();
    const { services, sp, graph } = fx.connect(DEFAULT_ADMIN.email, { now: () => NOW });
    const school = await services.schools.create({ name: 'Oakfield Academy', urn: '100001', phase: 'Secondary', email: 'office@oakfield.example.sch.uk', active: true });
    schoolId = school.id;
    const contacts = [];
    for (const email of [SENCO, HEAD]) {
      fx.emulator.store.addUser({ email, displayName: email.split('@')[0], userType: 'Guest' });
      contacts.push(await services.schools.addContact({ schoolId, fullName: email.split('@')[0], role: 'SENCO', email, notify: true }));
    }
    const groups = new SchoolGroupService(sp);
    await groups.syncMembers(await groups.ensureGroup(await services.schools.get(schoolId)), contacts);
    pupilId = (await services.pupils.create(pupilRecord('PH-0001', { homeSchoolId: schoolId }))).id;
    check = new SiteHealthCheck({ sp, siteUrl: fx.emulator.siteUrl, graph, pupilAccess: services.pupilAccess, schools: services.schools, now: () => NOW });
  });
  afterAll(() => fx.close());

  it('finds nothing wrong on a site set up by Setup, with a school, its group and a shared pupil', async () => {
    const report = await check.check();
    expect(report.summary).toMatch(/^This site is set up with Pathways Hub version \d+, and matches it\.$/);
    expect(report.findings).toEqual([]);
  });

  it('checks an up-to-date site in two round trips, each of its reads of the site one batch', async () => {
    const counted = await countRoundTrips(() => check.check());
    expect(counted.result.findings).toEqual([]);
    // 1: who may set up, the web, its levels, groups, grants, lists and pages (one batch), and the schools and their
    // named staff. 2: the lists' fields, views, grants and empty unique columns, the regional settings, the version,
    // the schools' groups and the pages' grants (one batch, its calls at once), with the checks: the pupils and the
    // rule, the school groups' members, the records' lookups (a batch) and the Graph probes. It was 6 (45 at first);
    // one more when a busy machine answers a request of the first before the batch is sent.
    if (counted.waves > 3) throw new Error(`${counted.waves} round trips:\n${counted.log.join('\n')}`);
    expect(counted.waves).toBeGreaterThanOrEqual(2);
  });

  it('has a harmless test for every Graph permission the code uses', () => {
    expect(Object.keys(GRAPH_PROBES).sort()).toEqual(GRAPH_SCOPES_USED.map((s) => s.scope).sort());
  });

  it('says which Graph permission is not approved, and who approves it; the test sends nothing', async () => {
    await fx.clearOutbox();
    await fx.denyConsent(['Mail.Send']);
    try {
      const graph = (await findings()).filter((f) => f.area === 'graph');
      expect(graph).toEqual([
        expect.objectContaining({ severity: 'problem', message: expect.stringContaining('has not approved the Microsoft Graph permission Mail.Send'), how: expect.stringContaining('API access') }),
      ]);
      expect(graph[0].repair).toBeUndefined();
    } finally {
      await fx.denyConsent([]);
    }
    expect(await fx.outbox()).toEqual([]);
  });

  it('finds a missing index, and Repair (setup) restores it', async () => {
    const { sp } = fx.connect(DEFAULT_ADMIN.email);
    await sp.web.lists.getByTitle('Pathways Pupils').fields.getByInternalNameOrTitle('PwEnrolmentDate').update({ Indexed: false }, 'SP.Field');
    await sp.web.lists.getByTitle('Pathways Pupils').views.getByTitle('Home school view').update({ RowLimit: 7 });
    const found = (await findings()).filter((f) => f.area === 'lists');
    expect(found.map((f) => f.message)).toEqual(['In “Pathways Pupils”, Enrolment date is not indexed and the view “Home school view” is missing or different.']);
    expect(found.every((f) => f.repair?.kind === 'setup')).toBe(true);
    await check.repair(found[0]);
    expect((await findings()).filter((f) => f.area === 'lists')).toEqual([]);
  });

  it('finds an item made by hand with no value in a unique column, and Repair (setup) gives it its own', async () => {
    const { sp } = fx.connect(DEFAULT_ADMIN.email);
    // As SharePoint's own new-item form would make it: no client key (one such item per list, under the strict rule).
    const byHand = await sp.web.lists.getByTitle('Pathways School Contacts').items.add({ Title: 'Added by hand', PwSchoolId: schoolId, PwRole: 'SENCO' });
    const found = (await findings()).filter((f) => f.area === 'lists');
    expect(found.map((f) => f.message)).toEqual([
      'In “Pathways School Contacts”, Client key must hold a different value on every item and folder, and some may have none (made before the column existed, or by hand in SharePoint); Upgrade gives each its own value.',
    ]);
    expect(found[0].repair?.kind).toBe('setup');
    await check.repair(found[0]);
    expect((await findings()).filter((f) => f.area === 'lists')).toEqual([]);
    const after = await sp.web.lists.getByTitle('Pathways School Contacts').items.getById(Number(byHand.Id)).select('Title', 'PwClientKey')<{ Title: string; PwClientKey: string }>();
    expect(after).toMatchObject({ Title: 'Added by hand', PwClientKey: `legacy:${String(byHand.Id)}` });
    await sp.web.lists.getByTitle('Pathways School Contacts').items.getById(Number(byHand.Id)).delete();
  });

  it('finds a pupil whose records are not shared as the rule says, and Repair shares them', async () => {
    fx.emulator.store.updateItem('Pathways Pupils', pupilId, { PwSharedWithGroupId: null });
    const found = (await findings()).filter((f) => f.area === 'pupil-access');
    expect(found).toEqual([expect.objectContaining({ id: `pupil-${pupilId}`, message: expect.stringContaining('not yet shared with Oakfield Academy'), repair: { kind: 'pupil-access', pupilId } })]);
    expect(await check.repair(found[0])).toBe('The pupil’s records are now shared as the rule says.');
    expect((await findings()).filter((f) => f.area === 'pupil-access')).toEqual([]);
  });

  it('finds a school group whose members differ from the named staff, and Repair makes them equal', async () => {
    const groupId = (await fx.admin.services.schools.get(schoolId)).staffGroupId ?? 0;
    fx.emulator.store.removeFromGroup(groupId, HEAD);
    fx.emulator.store.addUser({ email: 'stranger@elsewhere.example.org', displayName: 'Stranger', userType: 'Guest' });
    fx.emulator.store.addToGroup(groupId, 'stranger@elsewhere.example.org');
    const found = (await findings()).filter((f) => f.area === 'school-groups');
    expect(found).toHaveLength(1);
    expect(found[0].message).toBe(
      `The staff group of Oakfield Academy differs from its named staff: ${HEAD} is a named contact but is not in it; stranger@elsewhere.example.org is in it but not among the named staff, and can see the school’s pupils.`,
    );
    await check.repair(found[0]);
    expect((await findings()).filter((f) => f.area === 'school-groups')).toEqual([]);
  });

  it('reports regional settings that are not en-GB, London and 24-hour, and Repair (setup) sets them', async () => {
    // A site owner changed them back in Site settings (as SharePoint's default is).
    fx.emulator.store.setRegionalSettings({ localeId: 1033, timeZoneId: 13 });
    const [regional] = (await findings()).filter((f) => f.area === 'regional');
    expect(regional).toMatchObject({ severity: 'warning', repair: { kind: 'setup' }, how: expect.stringContaining('Regional settings: locale English (United Kingdom)') });
    expect(regional.message).toContain('the locale is 1033, not English (United Kingdom) (2057); the time zone is “(UTC-08:00) Pacific Time (US and Canada)”, not London; the clock is 12-hour');
    expect(await check.repair(regional)).toBe('Setup made 1 change.');
    expect((await findings()).filter((f) => f.area === 'regional')).toEqual([]);
    const { sp } = fx.connect(DEFAULT_ADMIN.email);
    expect(await sp.web.regionalSettings.select('LocaleId', 'Time24')()).toMatchObject({ LocaleId: 2057, Time24: true });
    expect(await sp.web.regionalSettings.timeZone.select('Id')()).toMatchObject({ Id: 2 });
  });

  it('refuses a person who is not a site owner, naming what they need', async () => {
    fx.emulator.store.addUser({ email: 'olly.office@pathways.example.org', displayName: 'Olly Office', userType: 'Member' });
    fx.emulator.store.addToGroup(OFFICE_GROUP.title, 'olly.office@pathways.example.org');
    const { sp, services, graph } = fx.connect('olly.office@pathways.example.org');
    const theirs = new SiteHealthCheck({ sp, siteUrl: fx.emulator.siteUrl, graph, pupilAccess: services.pupilAccess, schools: services.schools });
    await expect(theirs.check()).rejects.toBeInstanceOf(SetupPermissionError);
  });
});

describe('Check this site: large lists', () => {
  it('warns of a list close to the threshold whose declared index is missing', async () => {
    const fx = await startGraphFixture();
    try {
      const { sp, services, graph } = fx.connect(DEFAULT_ADMIN.email);
      await sp.web.lists.getByTitle('Pathways Registers').fields.getByInternalNameOrTitle('PwDate').update({ Indexed: false }, 'SP.Field');
      fx.emulator.store.bulkInsert('Pathways Registers', Array.from({ length: 9 }, (_v, i) => ({ Title: `r${i}`, PwRegisterKey: `2026-09-0${i + 1}|AM`, PwSession: 'AM' })));
      const check = new SiteHealthCheck({ sp, siteUrl: fx.emulator.siteUrl, graph, pupilAccess: services.pupilAccess, schools: services.schools, threshold: 10 });
      const found = (await check.check()).findings.filter((f) => f.area === 'threshold');
      expect(found).toEqual([
        expect.objectContaining({ id: 'threshold-registers', repair: { kind: 'setup' }, message: expect.stringMatching(/^“Pathways Registers” holds 9 items, close to SharePoint’s list view threshold of 10, and Date is not indexed/) }),
      ]);
    } finally {
      await fx.close();
    }
  });
});
