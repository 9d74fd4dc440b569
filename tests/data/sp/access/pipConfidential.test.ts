/**
 * Workflow 8 (docs/sharing.md): a PIP's risk assessment (medical, safeguarding, home, onsite, recommendations) and its
 * further information live in Pathways PIP Confidential, never shared with a home school, so even with PIPs shared
 * (the setting on) a home school cannot read them by any route. Proven with plain REST as the home school's named
 * staff (the emulator's sign-in header, no PnPjs): the PIP item it reads has no such column, asking for one is
 * refused, and the confidential list answers as a list that does not exist. PRU staff (Office; Staff, who write
 * PIPs) get the whole PIP through the product, and the LA return takes its safeguarding arrangements from it.
 */
import { DEFAULT_SETTINGS, halfTermsOf, laPartTimeReturn, type SchoolSettings } from '../../../../src/domain';
import { listByKey } from '../../../../src/lists';
import { CONFIDENTIAL_PIP_FIELDS } from '../../../../src/data/sp/pips/pipConfidentialMapper';
import { rawFetch } from '../../../support/emulator';
import { pipRecord } from '../../../support/pipBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const OFFICE = 'office@pathways.example.org';
const TEACHER = 'teacher@pathways.example.org';
const PIPS = listByKey('pips').title;
const CONFIDENTIAL = listByKey('pipConfidential').title;
const COLUMNS = Object.values(CONFIDENTIAL_PIP_FIELDS);
const RISKS = {
  furtherInfo: 'Out of school since Easter after an incident on the bus',
  riskMedical: 'Anxiety: GP aware',
  riskSafeguarding: 'Known to the DSL; a worker visits weekly',
  riskHome: 'Parent works nights; mornings are hard',
  riskOnsite: 'Busy corridors: side entrance',
  riskRecommendations: 'Same room and staff each day',
};
let fx: PathwaysFixture;
let pupilId: number;
let pipId: number;

const api = (title: string, rest: string): string => `${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(title)}')${rest}`;

async function shareAllPips(): Promise<void> {
  const current = await fx.admin.services.settings.get({ fresh: true });
  const homeSchoolSharing: SchoolSettings['homeSchoolSharing'] = { ...current.homeSchoolSharing, pips: true, pipReviews: true };
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing }, 'etag' in current ? current.etag : undefined);
}

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(OFFICE, 'office');
  fx.addStaff(TEACHER, 'staff');
  const oak = (await fx.addSchool('Oakfield Academy', '990711', [OAK])).school.id;
  await shareAllPips();
  pupilId = (await fx.addPupil('PH-R1', { registration: 'Dual', homeSchoolId: oak })).id;
  await fx.admin.services.pupilAccess.repairAccess(pupilId);
  pipId = (await fx.as(OFFICE).services.pips.create(pipRecord(pupilId, RISKS), 'PH-R1')).id;
}, 120000);
afterAll(() => fx.close());

describe('the home school’s staff, with PIPs shared, by plain REST', () => {
  it('read the PIP item, which holds none of the risk columns; asking for one is refused', async () => {
    const r = await rawFetch(api(PIPS, `/items(${pipId})`), OAK);
    expect(r.status).toBe(200); // the PIP itself is shared (the setting is on)
    const item = (await r.json()) as Record<string, unknown>;
    expect(item.PwPupilId).toBe(pupilId);
    expect(COLUMNS.filter((c) => c in item)).toEqual([]);
    for (const column of COLUMNS) expect([column, (await rawFetch(api(PIPS, `/items(${pipId})?$select=${column}`), OAK)).status]).toEqual([column, 400]);
  });

  it('cannot find the PIP confidential list or its items', async () => {
    expect((await rawFetch(api(CONFIDENTIAL, ''), OAK)).status).toBe(404);
    expect((await rawFetch(api(CONFIDENTIAL, '/items'), OAK)).status).toBe(404);
    expect((await rawFetch(api(CONFIDENTIAL, `/items?$filter=PwPipKey eq '${pipId}'`), OAK)).status).toBe(404);
    const lists = (await (await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists?$select=Title`, OAK)).json()) as { value: { Title: string }[] };
    expect(lists.value.map((l) => l.Title)).toContain(PIPS);
    expect(lists.value.map((l) => l.Title)).not.toContain(CONFIDENTIAL);
  });

  it('get the PIP through the product with its plan and no risk detail', async () => {
    const seen = await fx.as(OAK).services.pips.get(pipId);
    expect(seen.targets).toEqual(pipRecord(pupilId).targets);
    expect(Object.keys(CONFIDENTIAL_PIP_FIELDS).filter((k) => (seen as Record<string, unknown>)[k] !== undefined)).toEqual([]);
    const listed = (await fx.as(OAK).services.pips.forPupil(pupilId)).items;
    expect(listed.map((p) => [p.id, p.riskSafeguarding])).toEqual([[pipId, undefined]]);
  });
});

describe('PRU staff', () => {
  it.each([OFFICE, TEACHER])('%s reads the whole PIP, in one Pip, from both lists', async (email) => {
    const pips = fx.as(email).services.pips;
    expect(await pips.get(pipId)).toMatchObject(RISKS);
    expect((await pips.list()).items.find((p) => p.id === pipId)).toMatchObject(RISKS);
    expect((await pips.forPupil(pupilId)).items[0]).toMatchObject(RISKS);
    expect((await pips.activeOn('2026-10-01')).items.find((p) => p.id === pipId)).toMatchObject(RISKS);
  });

  it('the LA return takes the safeguarding arrangements from the PIP’s risk assessment', async () => {
    const pips = (await fx.as(OFFICE).services.pips.list()).items;
    const pupils = (await fx.as(OFFICE).services.pupils.list()).items;
    const halfTerm = halfTermsOf(DEFAULT_SETTINGS).find((h) => h.start <= '2026-10-01' && h.end >= '2026-10-01');
    if (!halfTerm) throw new Error('No half-term holds 01/10/2026 in the default terms.');
    const settings = { ...DEFAULT_SETTINGS, laPartTimeReturn: { ...DEFAULT_SETTINGS.laPartTimeReturn, fields: ['Safeguarding arrangements' as const] } };
    expect(laPartTimeReturn(halfTerm, pips, pupils, settings).rows).toEqual([[`${RISKS.riskSafeguarding}; ${RISKS.riskHome}`]]);
  });

  it('an edit changes the risk assessment and keeps the rest; the home school still reads none of it', async () => {
    const pips = fx.as(TEACHER).services.pips;
    const before = await pips.get(pipId);
    const saved = await pips.update(pipId, before.etag, { ...before, riskSafeguarding: 'Plan reviewed with the DSL', riskMedical: undefined, exitStrategy: 'A morning more each half-term' });
    expect(saved).toMatchObject({ riskSafeguarding: 'Plan reviewed with the DSL', riskHome: RISKS.riskHome, exitStrategy: 'A morning more each half-term' });
    expect(saved.riskMedical).toBeUndefined();
    const item = (await (await rawFetch(api(PIPS, `/items(${pipId})`), OAK)).json()) as Record<string, unknown>;
    expect(item.PwExitStrategy).toBe('A morning more each half-term');
    expect(COLUMNS.filter((c) => c in item)).toEqual([]);
    const stored = (await fx.admin.sp.web.lists.getByTitle(CONFIDENTIAL).items.filter(`PwPipKey eq '${pipId}'`)()) as Record<string, unknown>[];
    expect(stored.map((s) => [s.PwPipId, s.PwPupilId, s.PwRiskSafeguarding])).toEqual([[pipId, pupilId, 'Plan reviewed with the DSL']]);
  });
});
