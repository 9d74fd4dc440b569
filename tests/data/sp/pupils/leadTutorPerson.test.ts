/**
 * The lead tutor as a person column (PwLeadTutorPerson, schema version 3), against the emulator over real HTTP: the
 * pupil's save writes it from the address (an address naming no one leaves it empty, and the save still succeeds);
 * a home school's staff (guests) read their own pupils' tutors' names with the pupils, in the pupils' request, and
 * no one else's; the v3-lead-tutor-person migration fills it on pupils saved before it, resolving each address once,
 * leaving an unknown address empty and reporting it, and writes nothing on a second run.
 */
import { listByKey } from '../../../../src/lists';
import { MIGRATIONS } from '../../../../src/data/sp/setup/migrations';
import { rawFetch, spFor } from '../../../support/emulator';
import { pupilRecord, startPathwaysFixture, type PathwaysFixture } from '../../../support/pathwaysFixture';
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';

const OAK = 'head@oakfield.example.sch.uk';
const ELM = 'senco@elmwood.example.sch.uk';
const SAM = 'sam.tutor@pathways.example.org';
const ALEX = 'alex.lead@pathways.example.org';
const GONE = 'left.last.year@pathways.example.org';
const PUPILS = listByKey('pupils').title;
let fx: PathwaysFixture;
let oakId: number;
let elmId: number;

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(SAM, 'owners');
  fx.addStaff(ALEX);
  oakId = (await fx.addSchool('Oakfield Academy', '990101', [OAK])).school.id;
  elmId = (await fx.addSchool('Elmwood High School', '990102', [ELM])).school.id;
});
afterAll(() => fx.close());

/** The person column as stored (its id, and the address the person has), read by the site's owner. */
async function stored(id: number): Promise<{ id: number | null; email: string | null }> {
  const raw = await spFor(DEFAULT_ADMIN.email, { siteUrl: fx.emulator.siteUrl })
    .web.lists.getByTitle(PUPILS)
    .items.getById(id)
    .select('PwLeadTutorPersonId', 'PwLeadTutorPerson/EMail')
    .expand('PwLeadTutorPerson')<{ PwLeadTutorPersonId: number | null; PwLeadTutorPerson: { EMail: string } | null }>();
  return { id: raw.PwLeadTutorPersonId, email: raw.PwLeadTutorPerson?.EMail ?? null };
}

describe('the pupil’s save', () => {
  it('writes the person column from the address on enrolment and when the address changes, and leaves it empty for an address that names no one', async () => {
    const staff = fx.as(SAM).services;
    const enrolled = await staff.pupils.create({ ...pupilRecord('PH-T1'), leadTutorEmail: SAM });
    expect(enrolled.leadTutorPerson).toEqual({ name: 'sam.tutor', email: SAM });
    expect((await stored(enrolled.id)).email).toBe(SAM);

    const read = await staff.pupils.get(enrolled.id);
    expect(read.leadTutorPerson).toEqual({ name: 'sam.tutor', email: SAM });
    const moved = await staff.pupils.update(read.id, read.etag, { ...read, leadTutorEmail: ALEX });
    expect(moved.leadTutorPerson).toEqual({ name: 'alex.lead', email: ALEX });
    expect((await stored(enrolled.id)).email).toBe(ALEX);

    const again = await staff.pupils.get(enrolled.id);
    const unknown = await staff.pupils.update(again.id, again.etag, { ...again, leadTutorEmail: GONE });
    expect(unknown.leadTutorPerson).toBeUndefined();
    expect(await stored(enrolled.id)).toEqual({ id: null, email: null });
    expect((await staff.pupils.get(enrolled.id)).leadTutorEmail).toBe(GONE);
  });

  it('costs one request more to enrol with a tutor (ensureUser), and none to save a pupil whose column already names the tutor', async () => {
    const staff = fx.as(SAM).services;
    await staff.pupils.create(pupilRecord('PH-T0')); // the connection's one-off reads (digest, site) before counting
    const without = await fx.countRequests(() => staff.pupils.create(pupilRecord('PH-T2')));
    const withTutor = await fx.countRequests(() => staff.pupils.create({ ...pupilRecord('PH-T3'), leadTutorEmail: SAM }));
    expect(withTutor.requests.length).toBe(without.requests.length + 1);
    const plain = await staff.pupils.get(without.result.id);
    const tutored = await staff.pupils.get(withTutor.result.id);
    const savedPlain = await fx.countRequests(() => staff.pupils.update(plain.id, plain.etag, { ...plain, preferredName: 'Tee' }));
    const savedTutored = await fx.countRequests(() => staff.pupils.update(tutored.id, tutored.etag, { ...tutored, preferredName: 'Tee' }));
    expect(savedTutored.requests.length).toBe(savedPlain.requests.length);
    expect((await stored(tutored.id)).email).toBe(SAM);
  });
});

describe('a home school’s staff (guests)', () => {
  it('read their own pupils’ tutors’ names with the pupils, in the pupils’ request, and no other pupil’s tutor', async () => {
    await fx.addPupil('PH-G1', { registration: 'Dual', homeSchoolId: oakId, leadTutorEmail: SAM });
    await fx.addPupil('PH-G2', { registration: 'Dual', homeSchoolId: elmId, leadTutorEmail: ALEX });
    await fx.addPupil('PH-G3', { registration: 'Dual', homeSchoolId: oakId, leadTutorEmail: GONE });
    const { result, requests } = await fx.countRequests(() => fx.as(OAK).services.pupils.list());
    expect(result.items.map((p) => [p.pupilRef, p.leadTutorPerson?.name])).toEqual([
      ['PH-G1', 'sam.tutor'],
      ['PH-G3', undefined],
    ]);
    // No look-up of people: neither the site's user list nor an address.
    expect(requests.filter((r) => /siteusers|ensureuser|getbyemail/i.test(r))).toEqual([]);
    // Raw REST: the expanded column of every pupil the guest can read holds only their own pupils' tutors.
    const r = await rawFetch(`${fx.emulator.siteUrl}/_api/web/lists/getbytitle('${encodeURIComponent(PUPILS)}')/items?$select=PwPupilRef,PwLeadTutorPerson/Title,PwLeadTutorPerson/EMail&$expand=PwLeadTutorPerson`, OAK);
    const body = (await r.json()) as { value: { PwPupilRef: string; PwLeadTutorPerson: { EMail: string } | null }[] };
    expect(body.value.map((p) => p.PwLeadTutorPerson?.EMail ?? null)).toEqual([SAM, null]);
  });
});

describe('v3-lead-tutor-person', () => {
  const migration = MIGRATIONS.find((m) => m.id === 'v3-lead-tutor-person');

  it('fills the column on pupils saved before it, each address resolved once; an unknown address is left empty and reported; a second run writes nothing', async () => {
    expect(migration).toBeDefined();
    const admin = spFor(DEFAULT_ADMIN.email, { siteUrl: fx.emulator.siteUrl });
    const items = admin.web.lists.getByTitle(PUPILS).items;
    // Pupils as version 2 left them: an address and no person.
    const olds = [await fx.addPupil('PH-M1', { leadTutorEmail: SAM }), await fx.addPupil('PH-M2', { leadTutorEmail: 'Sam.Tutor@pathways.example.org' }), await fx.addPupil('PH-M3', { leadTutorEmail: GONE })];
    for (const p of olds) await items.getById(p.id).update({ PwLeadTutorPersonId: null });
    expect((await stored(olds[0].id)).id).toBeNull();

    const progress: string[] = [];
    const first = await fx.countRequests(() => migration!.run(admin, (done, of, what) => void progress.push(`${done} of ${of} ${what}`), { siteUrl: fx.emulator.siteUrl, now: () => new Date() }));
    expect((await stored(olds[0].id)).email).toBe(SAM);
    expect((await stored(olds[1].id)).email).toBe(SAM);
    expect(await stored(olds[2].id)).toEqual({ id: null, email: null });
    // One batch of ensureUser calls (SAM once, GONE once; earlier pupils' GONE too), one of the writes.
    expect(first.requests.filter((r) => /\$batch/.test(r)).length).toBeLessThanOrEqual(2);
    expect(progress[progress.length - 1]).toMatch(new RegExp(`no person of the organisation has the lead tutor address ${GONE.replace(/\./g, '\\.')}: left empty for \\d+ pupils?`));

    const etags = async (): Promise<string[]> => Promise.all(olds.map(async (p) => (await fx.admin.services.pupils.get(p.id)).etag));
    const before = await etags();
    const second = await fx.countRequests(() => migration!.run(admin, () => undefined, { siteUrl: fx.emulator.siteUrl, now: () => new Date() }));
    // Only the addresses that named no one are asked again (one batch); nothing is written.
    expect(second.requests.filter((r) => /\$batch/.test(r))).toHaveLength(1);
    expect(await etags()).toEqual(before);
  });
});
