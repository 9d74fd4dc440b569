/**
 * v2-pupil-confidential-split on a site holding old-style data: the confidential columns still on Pathways Pupils
 * (as a site set up before the split has them) with values the home school could read. The migration moves every
 * value to Pathways Pupil Confidential and blanks the pupil item; stopped half-way (cancelled after the first pupil,
 * or after copying but before blanking) the next run finishes it; a value the product wrote in the new place since
 * is kept; a run with nothing left to do writes nothing.
 */
import { listByKey } from '../../../../src/lists';
import { fieldSchemaXml } from '../../../../src/lists/fieldSchemaXml';
import { pupilConfidentialSplit } from '../../../../src/data/sp/setup/migrations/pupilConfidentialSplit';
import { rawFetch } from '../../../support/emulator';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const PUPILS = listByKey('pupils').title;
const CONFIDENTIAL = listByKey('pupilConfidential');
const OLD_COLUMNS = CONFIDENTIAL.fields.filter((f) => f.internalName !== 'PwPupil' && f.internalName !== 'PwPupilKey');
let fx: PathwaysFixture;
let oak: number;

const OLD_VALUES = (n: number): Record<string, unknown> => ({
  PwCp: true,
  PwMedical: true,
  PwParentName: `Parent ${n}`,
  PwParentPhone: `07700 90010${n}`,
  PwEmergencyContacts: JSON.stringify([{ name: `Contact ${n}`, relationship: 'Aunt', phone: '07700 900200' }]),
  PwSocialWorkerName: `Worker ${n}`,
});

/** A pupil as a site before the split holds them: values on the pupil item, no confidential item. */
async function oldStylePupil(ref: string, n: number): Promise<number> {
  const saved = await fx.addPupil(ref, { registration: 'Dual', homeSchoolId: oak });
  const conf = fx.admin.sp.web.lists.getByTitle(CONFIDENTIAL.title).items;
  const [{ Id }] = (await conf.filter(`PwPupilKey eq '${saved.id}'`).select('Id')()) as { Id: number }[];
  await conf.getById(Id).delete();
  await fx.admin.sp.web.lists.getByTitle(PUPILS).items.getById(saved.id).update(OLD_VALUES(n));
  return saved.id;
}

const oakReads = async (id: number): Promise<Record<string, unknown>> =>
  (await (await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(PUPILS)}')/items(${id})`, OAK)).json()) as Record<string, unknown>;

const run = (progress: (done: number, of: number) => void = () => undefined) =>
  pupilConfidentialSplit.run(fx.admin.sp, progress, { siteUrl: fx.emulator.siteUrl, now: () => new Date('2026-11-20T12:00:00Z') });

beforeAll(async () => {
  fx = await startPathwaysFixture();
  oak = (await fx.addSchool('Oakfield Academy', '990801', [OAK])).school.id;
  // The site before the split: the confidential columns are on the Pupils list too.
  const pupils = fx.admin.sp.web.lists.getByTitle(PUPILS);
  for (const field of OLD_COLUMNS) await pupils.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, { lookupListRef: () => '' }).join(''), Options: 8 });
}, 120000);
afterAll(() => fx.close());

test('moves every value to the confidential list and blanks the pupil item the home school reads; stopped after one pupil, the next run finishes', async () => {
  const a = await oldStylePupil('PH-U1', 1);
  const b = await oldStylePupil('PH-U2', 2);
  const plain = await fx.addPupil('PH-U3'); // nothing to move: left alone
  expect(await oakReads(a)).toMatchObject({ PwCp: true, PwParentPhone: '07700 900101' }); // what the split is for

  // Cancelled before the second pupil (setup's progress throws when the person cancels).
  await expect(run((done) => { if (done === 1) throw new Error('cancelled'); })).rejects.toThrow(/cancelled/);
  expect(await fx.admin.services.pupils.get(a)).toMatchObject({ cp: true, medical: true, parentName: 'Parent 1', parentPhone: '07700 900101', socialWorkerName: 'Worker 1' });
  expect(await oakReads(a)).toMatchObject({ PwCp: false, PwParentPhone: null, PwParentName: null, PwEmergencyContacts: null });
  expect(await oakReads(b)).toMatchObject({ PwCp: true, PwParentPhone: '07700 900102' }); // not reached yet, not lost

  await run();
  const moved = await fx.admin.services.pupils.get(b);
  expect(moved).toMatchObject({ cp: true, medical: true, parentName: 'Parent 2', socialWorkerName: 'Worker 2' });
  expect(moved.emergencyContacts).toEqual([{ name: 'Contact 2', relationship: 'Aunt', phone: '07700 900200' }]);
  expect(await oakReads(b)).toMatchObject({ PwCp: false, PwMedical: false, PwParentName: null, PwSocialWorkerName: null });
  expect((await fx.admin.services.pupils.get(plain.id)).cp).toBe(false);

  const { requests } = await fx.countRequests(() => run());
  expect(requests.filter((r) => !r.startsWith('GET') && !/contextinfo/i.test(r))).toEqual([]);
});

test('stopped after copying, before blanking: the next run blanks; a value written in the new place since is kept', async () => {
  const id = await oldStylePupil('PH-U4', 4);
  // The interrupted run's copy, and since then the office corrected the phone through the product (new place only).
  await fx.admin.sp.web.lists.getByTitle(CONFIDENTIAL.title).items.add({ PwPupilId: id, PwPupilKey: String(id), PwCp: true, PwParentName: 'Parent 4', PwParentPhone: '07700 900999' });
  await run();
  expect(await fx.admin.services.pupils.get(id)).toMatchObject({ cp: true, medical: true, parentName: 'Parent 4', parentPhone: '07700 900999', socialWorkerName: 'Worker 4' });
  expect(await oakReads(id)).toMatchObject({ PwCp: false, PwMedical: false, PwParentPhone: null, PwSocialWorkerName: null });
  const items = (await fx.admin.sp.web.lists.getByTitle(CONFIDENTIAL.title).items.filter(`PwPupilKey eq '${id}'`)()) as unknown[];
  expect(items).toHaveLength(1);
});

test('on a site set up after the split (no old columns) it reads the list’s columns and does nothing else', async () => {
  const fresh = await startPathwaysFixture();
  try {
    await fresh.addPupil('PH-U9', { cp: true });
    const { requests } = await fresh.countRequests(() => pupilConfidentialSplit.run(fresh.admin.sp, () => undefined, { siteUrl: fresh.emulator.siteUrl, now: () => new Date() }));
    expect(requests).toHaveLength(1);
    expect((await fresh.admin.services.pupils.list()).items[0].cp).toBe(true);
  } finally {
    await fresh.close();
  }
});
