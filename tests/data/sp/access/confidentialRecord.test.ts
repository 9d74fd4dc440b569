/**
 * Workflow 8 (docs/sharing.md): the pupil's safeguarding, health and family contact details live in Pathways Pupil
 * Confidential, which is never shared with a home school, so a home school cannot read them by any route. Proven
 * with plain REST as the home school's named staff (the emulator's sign-in header, no PnPjs): the pupil item it
 * reads has no such column, the confidential list answers as a list that does not exist, and a lookup from it is
 * no way round. PRU staff (Office, who enrol; Staff, who only read) get the whole record through the product.
 */
import { listByKey } from '../../../../src/lists';
import { CONFIDENTIAL_PUPIL_FIELDS } from '../../../../src/data/sp/mappers/pupilConfidentialMapper';
import { rawFetch } from '../../../support/emulator';
import { FULL_DETAILS, pupilRecord } from '../../../support/pupilBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

const OAK = 'head@oakfield.example.sch.uk';
const OFFICE = 'office@pathways.example.org';
const TEACHER = 'teacher@pathways.example.org';
const PUPILS = listByKey('pupils').title;
const CONFIDENTIAL = listByKey('pupilConfidential').title;
const COLUMNS = Object.values(CONFIDENTIAL_PUPIL_FIELDS);
let fx: PathwaysFixture;
let pupilId: number;

const api = (title: string, rest: string): string => `${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(title)}')${rest}`;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(OFFICE, 'office');
  fx.addStaff(TEACHER, 'staff');
  const oak = (await fx.addSchool('Oakfield Academy', '990701', [OAK])).school.id;
  const saved = await fx.as(OFFICE).services.pupils.create(pupilRecord('PH-C1', { ...FULL_DETAILS, registration: 'Dual', homeSchoolId: oak, cp: true, cin: true, yos: true }));
  // Office cannot share (no Manage Permissions): Leadership's repair does, as the product asks.
  await fx.admin.services.pupilAccess.repairAccess(saved.id);
  pupilId = saved.id;
});
afterAll(() => fx.close());

describe('the home school’s staff, by plain REST', () => {
  it('read their pupil’s item, which holds none of the confidential columns', async () => {
    const r = await rawFetch(api(PUPILS, `/items(${pupilId})`), OAK);
    expect(r.status).toBe(200);
    const item = (await r.json()) as Record<string, unknown>;
    expect(item.PwPupilRef).toBe('PH-C1');
    expect(COLUMNS.filter((c) => c in item)).toEqual([]);
    // Asking for one by name is refused: the pupil item has no such column.
    for (const column of ['PwCp', 'PwMedical', 'PwParentPhone', 'PwEmergencyContacts']) {
      expect((await rawFetch(api(PUPILS, `/items(${pupilId})?$select=${column}`), OAK)).status).toBe(400);
    }
  });

  it('cannot find the confidential list or its items (no list they read looks it up)', async () => {
    expect((await rawFetch(api(CONFIDENTIAL, ''), OAK)).status).toBe(404);
    expect((await rawFetch(api(CONFIDENTIAL, '/items'), OAK)).status).toBe(404);
    expect((await rawFetch(api(CONFIDENTIAL, `/items?$filter=PwPupilKey eq '${pupilId}'`), OAK)).status).toBe(404);
    const lists = (await (await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists?$select=Title`, OAK)).json()) as { value: { Title: string }[] };
    expect(lists.value.map((l) => l.Title)).not.toContain(CONFIDENTIAL);
  });

  it('get the pupil through the product with no confidential part', async () => {
    const seen = await fx.as(OAK).services.pupils.get(pupilId);
    expect(seen.pupilRef).toBe('PH-C1');
    expect(seen).toMatchObject({ cp: false, cin: false, yos: false, medical: false, lac: false });
    expect([seen.parentName, seen.parentPhone, seen.emergencyContacts, seen.socialWorkerName, seen.healthCarePlanRef]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect((await fx.as(OAK).services.pupils.list()).items.map((p) => p.pupilRef)).toEqual(['PH-C1']);
  });
});

describe('PRU staff', () => {
  it.each([OFFICE, TEACHER])('%s reads the whole record, in one Pupil, from both lists', async (email) => {
    const read = await fx.as(email).services.pupils.get(pupilId);
    expect(read).toMatchObject({ cp: true, cin: true, yos: true, medical: true, lac: true, parentPhone: FULL_DETAILS.parentPhone, emergencyContacts: FULL_DETAILS.emergencyContacts });
    const listed = (await fx.as(email).services.pupils.list()).items.find((p) => p.id === pupilId);
    expect(listed).toMatchObject({ cp: true, socialWorkerName: FULL_DETAILS.socialWorkerName, healthCarePlanRef: FULL_DETAILS.healthCarePlanRef });
  });

  it('an edit changes the confidential part and keeps the rest; the home school still reads none of it', async () => {
    const office = fx.as(OFFICE).services.pupils;
    const before = await office.get(pupilId);
    const saved = await office.update(pupilId, before.etag, { ...before, cp: false, parentPhone: '07700 900009', preferredName: 'Jo' });
    expect(saved).toMatchObject({ cp: false, parentPhone: '07700 900009', preferredName: 'Jo', medical: true });
    expect(await office.get(pupilId)).toMatchObject({ cp: false, parentPhone: '07700 900009', preferredName: 'Jo', medical: true, cin: true });
    const item = (await (await rawFetch(api(PUPILS, `/items(${pupilId})`), OAK)).json()) as Record<string, unknown>;
    expect(item.PwPreferredName).toBe('Jo');
    expect(COLUMNS.filter((c) => c in item)).toEqual([]);
    expect((await rawFetch(api(CONFIDENTIAL, '/items'), OAK)).status).toBe(404);
  });
});
