/**
 * v2-pip-confidential-split on a site holding old-style data: the risk columns still on Pathways PIPs (as a site set
 * up before the split has them) with values the home school reads once PIPs are shared. The migration moves every
 * value to Pathways PIP Confidential and blanks the PIP item; stopped half-way (cancelled after the first PIP, or
 * after copying but before blanking) the next run finishes it; a value the product wrote in the new place since is
 * kept; a run with nothing left to do writes nothing. Site setup's check finds values left on PIP items, and its
 * Repair moves them.
 */
import { DEFAULT_SETTINGS, type SchoolSettings } from '../../../../src/domain';
import { listByKey } from '../../../../src/lists';
import { fieldSchemaXml } from '../../../../src/lists/fieldSchemaXml';
import { pipConfidentialSplit } from '../../../../src/data/sp/setup/migrations/pipConfidentialSplit';
import { SiteHealthCheck } from '../../../../src/data/sp/setup/health/SiteHealthCheck';
import { SpPipRepository } from '../../../../src/data/sp/pips/PipRepository';
import { rawFetch } from '../../../support/emulator';
import { pipRecord } from '../../../support/pipBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const PIPS = listByKey('pips').title;
const CONFIDENTIAL = listByKey('pipConfidential');
const OLD_COLUMNS = CONFIDENTIAL.fields.filter((f) => !['PwPupil', 'PwPip', 'PwPipKey'].includes(f.internalName));
const NOW = new Date('2026-11-20T12:00:00Z');
let fx: PathwaysFixture;
let oak: number;

const OLD_VALUES = (n: number): Record<string, unknown> => ({
  PwFurtherInfo: `Further ${n}`,
  PwRiskSafeguarding: `Safeguarding ${n}`,
  PwRiskHome: `Home ${n}`,
  PwRiskRecommendations: `Recommendations ${n}`,
});

/** The PIP repository itself (the product's service also refreshes the pupil's summary in the background, which would be counted below). */
const pipsOf = (f: PathwaysFixture): SpPipRepository => new SpPipRepository(f.admin.sp, f.emulator.siteUrl, async () => DEFAULT_SETTINGS, () => NOW);

/** A PIP as a site before the split holds it: values on the PIP item, no confidential item. */
async function oldStylePip(ref: string, n: number): Promise<number> {
  const pupil = await fx.addPupil(ref, { registration: 'Dual', homeSchoolId: oak });
  await fx.admin.services.pupilAccess.repairAccess(pupil.id);
  const pip = await pipsOf(fx).create(pipRecord(pupil.id), ref);
  const conf = fx.admin.sp.web.lists.getByTitle(CONFIDENTIAL.title).items;
  for (const { Id } of (await conf.filter(`PwPipKey eq '${pip.id}'`).select('Id')()) as { Id: number }[]) await conf.getById(Id).delete();
  await fx.admin.sp.web.lists.getByTitle(PIPS).items.getById(pip.id).update(OLD_VALUES(n));
  return pip.id;
}

const oakReads = async (id: number): Promise<Record<string, unknown>> =>
  (await (await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(PIPS)}')/items(${id})`, OAK)).json()) as Record<string, unknown>;

const run = (progress: (done: number, of: number) => void = () => undefined) => pipConfidentialSplit.run(fx.admin.sp, progress, { siteUrl: fx.emulator.siteUrl, now: () => NOW });

const healthCheck = (): SiteHealthCheck =>
  new SiteHealthCheck({ sp: fx.admin.sp, siteUrl: fx.emulator.siteUrl, pupilAccess: fx.admin.services.pupilAccess, schools: fx.admin.services.schools, now: () => NOW });

beforeAll(async () => {
  fx = await startPathwaysFixture();
  oak = (await fx.addSchool('Oakfield Academy', '990811', [OAK])).school.id;
  const current = await fx.admin.services.settings.get({ fresh: true });
  const homeSchoolSharing: SchoolSettings['homeSchoolSharing'] = { ...current.homeSchoolSharing, pips: true };
  await fx.admin.services.settings.save({ ...current, homeSchoolSharing }, 'etag' in current ? current.etag : undefined);
  // The site before the split: the risk columns are on the PIPs list too.
  const pips = fx.admin.sp.web.lists.getByTitle(PIPS);
  for (const field of OLD_COLUMNS) await pips.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, { lookupListRef: () => '' }).join(''), Options: 8 });
}, 120000);
afterAll(() => fx.close());

test('moves every value to the confidential list and blanks the PIP item the home school reads; stopped after one PIP, the next run finishes', async () => {
  const a = await oldStylePip('PH-V1', 1);
  const b = await oldStylePip('PH-V2', 2);
  expect(await oakReads(a)).toMatchObject({ PwRiskSafeguarding: 'Safeguarding 1', PwFurtherInfo: 'Further 1' }); // what the split is for

  // Site setup's check finds them.
  const found = (await healthCheck().check()).findings.filter((f) => f.area === 'confidential');
  expect(found.map((f) => [f.id, f.severity, f.repair])).toEqual([['leftover-pipConfidential', 'problem', { kind: 'migration', id: 'v2-pip-confidential-split' }]]);
  expect(found[0].message).toMatch(/^2 items of “Pathways PIPs” still hold values that belong in “Pathways PIP Confidential” \(Further information, Safeguarding concerns, Home environment risks, Overall recommendations\): a home school/);

  // Cancelled before the second PIP (setup's progress throws when the person cancels).
  await expect(run((done) => { if (done === 1) throw new Error('cancelled'); })).rejects.toThrow(/cancelled/);
  expect(await fx.admin.services.pips.get(a)).toMatchObject({ furtherInfo: 'Further 1', riskSafeguarding: 'Safeguarding 1', riskHome: 'Home 1', riskRecommendations: 'Recommendations 1' });
  expect(await oakReads(a)).toMatchObject({ PwRiskSafeguarding: null, PwFurtherInfo: null, PwRiskHome: null, PwRiskRecommendations: null });
  expect(await oakReads(b)).toMatchObject({ PwRiskSafeguarding: 'Safeguarding 2' }); // not reached yet, not lost
  expect((await healthCheck().check()).findings.find((f) => f.area === 'confidential')?.message).toMatch(/^1 item of “Pathways PIPs” still holds/);

  await run();
  expect(await fx.admin.services.pips.get(b)).toMatchObject({ furtherInfo: 'Further 2', riskSafeguarding: 'Safeguarding 2', riskHome: 'Home 2' });
  expect(await oakReads(b)).toMatchObject({ PwRiskSafeguarding: null, PwFurtherInfo: null, PwRiskHome: null });
  expect((await fx.as(OAK).services.pips.get(b)).riskSafeguarding).toBeUndefined();

  const { requests } = await fx.countRequests(() => run());
  expect(requests.filter((r) => !r.startsWith('GET') && !/contextinfo/i.test(r))).toEqual([]);
});

test('stopped after copying, before blanking: the next run blanks; a value written in the new place since is kept', async () => {
  const id = await oldStylePip('PH-V4', 4);
  const pupilId = (await fx.admin.services.pips.get(id)).pupilId;
  // The interrupted run's copy, and since then staff corrected the safeguarding through the product (new place only).
  await fx.admin.sp.web.lists.getByTitle(CONFIDENTIAL.title).items.add({ PwPipId: id, PwPupilId: pupilId, PwPipKey: String(id), PwFurtherInfo: 'Further 4', PwRiskSafeguarding: 'Reviewed with the DSL' });
  await run();
  expect(await fx.admin.services.pips.get(id)).toMatchObject({ furtherInfo: 'Further 4', riskSafeguarding: 'Reviewed with the DSL', riskHome: 'Home 4', riskRecommendations: 'Recommendations 4' });
  expect(await oakReads(id)).toMatchObject({ PwRiskSafeguarding: null, PwRiskHome: null, PwFurtherInfo: null });
  expect((await fx.admin.sp.web.lists.getByTitle(CONFIDENTIAL.title).items.filter(`PwPipKey eq '${id}'`)()) as unknown[]).toHaveLength(1);
});

test('a value written on the PIP item after the upgrade (SharePoint’s own form) is found by the check and moved by its Repair', async () => {
  const id = await oldStylePip('PH-V5', 5);
  const check = healthCheck();
  const finding = (await check.check()).findings.find((f) => f.id === 'leftover-pipConfidential');
  if (!finding) throw new Error('The check did not find the values left on the PIP.');
  expect(await check.repair(finding)).toMatch(/done/);
  expect(await fx.admin.services.pips.get(id)).toMatchObject({ riskSafeguarding: 'Safeguarding 5', furtherInfo: 'Further 5' });
  expect(await oakReads(id)).toMatchObject({ PwRiskSafeguarding: null });
  expect((await check.check()).findings.filter((f) => f.area === 'confidential')).toEqual([]);
});

test('on a site set up after the split (no old columns) it reads the list’s columns and does nothing else; the check finds nothing', async () => {
  const fresh = await startPathwaysFixture();
  try {
    const pupil = await fresh.addPupil('PH-V9');
    await pipsOf(fresh).create(pipRecord(pupil.id, { riskSafeguarding: 'Known to the DSL' }), 'PH-V9');
    const { requests } = await fresh.countRequests(() => pipConfidentialSplit.run(fresh.admin.sp, () => undefined, { siteUrl: fresh.emulator.siteUrl, now: () => NOW }));
    expect(requests).toHaveLength(1);
    expect((await fresh.admin.services.pips.list()).items[0].riskSafeguarding).toBe('Known to the DSL');
    const check = new SiteHealthCheck({ sp: fresh.admin.sp, siteUrl: fresh.emulator.siteUrl, pupilAccess: fresh.admin.services.pupilAccess, schools: fresh.admin.services.schools, now: () => NOW });
    expect((await check.check()).findings.filter((f) => f.area === 'confidential')).toEqual([]);
  } finally {
    await fresh.close();
  }
});
