/**
 * The extended pupil record against the emulator over HTTP: every enrolment field round-trips through the list's
 * columns (repeating groups as JSON in Note columns); a malformed repeating group is reported as a problem naming
 * the list, the item and the column; duplicates (reference, UPN, name and date of birth) are refused before
 * anything is written.
 */
import { SpUserAccess } from '../../../../src/data/sp/access/UserAccess';
import { pupilChangesBetween } from '../../../../src/domain';
import { listByKey } from '../../../../src/lists';
import { FULL_DETAILS, UPNS, pupilRecord } from '../../../support/pupilBuilder';
import { startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';

let fx: PathwaysFixture;
const TITLE = listByKey('pupils').title;
const CONFIDENTIAL = listByKey('pupilConfidential').title;

beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

const count = async (): Promise<number> => (await fx.admin.services.pupils.list()).items.length;

describe('SpPupilRepository: the extended record (emulator)', () => {
  it('keeps every enrolment field, the repeating groups included', async () => {
    const record = pupilRecord('PH-R1', FULL_DETAILS);
    const saved = await fx.admin.services.pupils.create(record);
    const read = await fx.admin.services.pupils.get(saved.id);
    expect(read).toEqual({ ...record, id: saved.id, etag: expect.any(String) });
    const raw = (await fx.admin.sp.web.lists.getByTitle(TITLE).items.getById(saved.id).select('PwUpn')()) as Record<string, string>;
    expect(raw.PwUpn).toBe(UPNS[0]);
    // The confidential part is stored apart, in the PRU's own list (docs/sharing.md).
    const [conf] = (await fx.admin.sp.web.lists.getByTitle(CONFIDENTIAL).items.filter(`PwPupilKey eq '${saved.id}'`).select('PwEmergencyContacts', 'PwPupilId')()) as Record<string, string>[];
    expect(JSON.parse(conf.PwEmergencyContacts)).toEqual(FULL_DETAILS.emergencyContacts);
    expect(conf.PwPupilId).toBe(saved.id);
  });

  it('reports a malformed emergency contact as a problem naming the list, the item and the column', async () => {
    const saved = await fx.admin.services.pupils.create(pupilRecord('PH-R2', { firstName: 'Robin', lastName: 'Ash' }));
    const items = fx.admin.sp.web.lists.getByTitle(CONFIDENTIAL).items;
    const [{ Id: confId }] = (await items.filter(`PwPupilKey eq '${saved.id}'`).select('Id')()) as { Id: number }[];
    await items.getById(confId).update({ PwEmergencyContacts: JSON.stringify([{ name: 'No Phone', relationship: 'Uncle' }]) });
    const result = await fx.admin.services.pupils.list();
    expect(result.items.map((p) => p.pupilRef)).not.toContain('PH-R2');
    expect(result.problems.map((p) => p.message)).toContain(
      `The record in '${CONFIDENTIAL}' (item ${confId}) has an invalid 'PwEmergencyContacts': Enter a phone number for the emergency contact`,
    );
    await items.getById(confId).update({ PwEmergencyContacts: 'not json' });
    await expect(fx.admin.services.pupils.get(saved.id)).rejects.toMatchObject({ field: 'PwEmergencyContacts', itemId: confId });
    await items.getById(confId).update({ PwEmergencyContacts: null });
  });

  it('refuses a duplicate UPN, and the same name and date of birth, writing nothing', async () => {
    await fx.admin.services.pupils.create(pupilRecord('PH-R3', { firstName: 'Casey', lastName: 'Marsh', upn: UPNS[1] }));
    const before = await count();
    await expect(fx.admin.services.pupils.create(pupilRecord('PH-R4', { upn: UPNS[1] }))).rejects.toMatchObject({
      kind: 'duplicate',
      message: expect.stringContaining(`UPN ${UPNS[1]} is already recorded for Marsh, Casey (PH-R3)`),
    });
    await expect(fx.admin.services.pupils.create(pupilRecord('PH-R5', { firstName: 'casey', lastName: 'marsh' }))).rejects.toMatchObject({
      kind: 'duplicate',
      message: expect.stringContaining('has the same name and date of birth (14/05/2013)'),
    });
    expect(await count()).toBe(before);
  });

  it('refuses an edit that would make a duplicate, but saves the record’s own details again', async () => {
    const a = await fx.admin.services.pupils.create(pupilRecord('PH-R6', { upn: UPNS[2] }));
    const b = await fx.admin.services.pupils.create(pupilRecord('PH-R7'));
    await expect(fx.admin.services.pupils.update(b.id, b.etag, { ...b, upn: UPNS[2] })).rejects.toMatchObject({ kind: 'duplicate' });
    const again = await fx.admin.services.pupils.update(a.id, a.etag, { ...a, preferredName: 'Ash' });
    expect(again.preferredName).toBe('Ash');
  });
});

describe('SpUserAccess.pupilRights: what SharePoint lets the user do on the Pupils list (emulator)', () => {
  it('lets the site owner enrol and edit, and home-school staff neither', async () => {
    const school = 'senco@rights.example.sch.uk';
    await fx.addSchool('Rights Academy', '990301', [school]);
    expect(await new SpUserAccess(fx.admin.sp).pupilRights()).toEqual({ canAdd: true, canEdit: true });
    expect(await new SpUserAccess(fx.as(school).sp).pupilRights()).toEqual({ canAdd: false, canEdit: false });
  });
});

describe('an enrolled pupil’s access, as the enrolment and edit forms save it (emulator)', () => {
  it('is visible to exactly its home school’s named staff, and moves with a home-school change saved with its history', async () => {
    const oak = 'senco@oak-enrol.example.sch.uk';
    const elm = 'senco@elm-enrol.example.sch.uk';
    const oakId = (await fx.addSchool('Oak Enrol Academy', '990311', [oak])).school.id;
    const elmId = (await fx.addSchool('Elm Enrol School', '990312', [elm])).school.id;
    // Staff of a school with no pupil shared yet have no access to the list at all (SharePoint answers 404).
    const refsOf = (email: string): Promise<string[]> =>
      fx.as(email).services.pupils.list().then(
        (r) => r.items.map((p) => p.pupilRef),
        (e: { kind?: string }) => (e.kind === 'not-found' ? [] : Promise.reject(e)),
      );

    const enrolled = await fx.admin.services.pupils.create(
      pupilRecord('PH-E1', { ...FULL_DETAILS, upn: UPNS[3], firstName: 'Ellis', lastName: 'Moor', registration: 'Dual', homeSchoolId: oakId }),
    );
    expect(await refsOf(oak)).toEqual(['PH-E1']);
    expect(await refsOf(elm)).toEqual([]);

    const after = { ...enrolled, homeSchoolId: elmId };
    const changes = pupilChangesBetween(enrolled, after, {
      effective: '2026-11-20',
      reason: 'Managed move',
      changedBy: 'admin@pathways.example.org',
      schoolName: (id) => (id === oakId ? 'Oak Enrol Academy' : 'Elm Enrol School'),
    });
    await fx.admin.services.pupilHistory.saveWithHistory(enrolled, after, changes);
    expect(await refsOf(oak)).toEqual([]);
    expect(await refsOf(elm)).toEqual(['PH-E1']);
    const history = await fx.admin.services.pupilHistory.forPupil(enrolled.id);
    expect(history.items.map((c) => [c.kind, c.from, c.to])).toEqual([['Home school', 'Oak Enrol Academy', 'Elm Enrol School']]);
    // The pupil's history is the PRU's (docs/sharing.md): the home school reads none of it.
    expect((await fx.as(elm).services.pupilHistory.forPupil(enrolled.id)).items).toEqual([]);
  });
});
