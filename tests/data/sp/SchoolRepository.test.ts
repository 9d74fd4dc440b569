/**
 * SpSchoolRepository (as createServices builds it) against the emulator, through real PnPjs: a URN is recorded once (a clear message naming the
 * school that has it), schools and named staff are saved under their ETags, a changed e-mail moves group
 * membership at once, and the school's group says who is in it and who is a guest.
 */
import type { ISchoolRepository } from '../../../src/data/ports';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

let fx: PathwaysFixture;
let repo: ISchoolRepository;
const HEAD = 'head@pathways.example.org';

beforeAll(async () => {
  fx = await startPathwaysFixture();
  fx.addStaff(HEAD, 'leadership');
  // The production repository as Leadership builds it: its group service invites guests through Graph first.
  repo = fx.as(HEAD).services.schools;
});
afterAll(() => fx.close());

describe('SpSchoolRepository (emulator)', () => {
  it('records a URN once, saying which school has it', async () => {
    const first = await repo.create({ name: 'Ashdown Primary', urn: '992001', phase: 'Primary', email: 'office@ashdown.example.sch.uk', active: true });
    await expect(repo.create({ name: 'Ashdown Primary (again)', urn: '992001', phase: 'Primary', email: 'office@ashdown.example.sch.uk', active: true })).rejects.toMatchObject({
      kind: 'duplicate',
      message: 'URN 992001 is already recorded for Ashdown Primary. Each school is recorded once: edit that school instead.',
    });
    const second = await repo.create({ name: 'Brook Academy', urn: '992002', phase: 'Secondary', email: 'office@brook.example.sch.uk', active: true });
    await expect(repo.update(second.id, second.etag, { ...second, urn: '992001' })).rejects.toMatchObject({ kind: 'duplicate' });
    expect((await repo.list()).items.map((s) => s.urn).sort()).toEqual(['992001', '992002']);
    expect(first.id).not.toBe(second.id);
  });

  it('saves a school under its ETag and refuses a stale one', async () => {
    const school = await repo.create({ name: 'Cedar School', urn: '992003', phase: 'Secondary', email: 'office@cedar.example.sch.uk', active: true });
    const saved = await repo.update(school.id, school.etag, { ...school, localAuthority: 'Exampleshire', phone: '024 7600 1111' });
    expect(saved).toMatchObject({ localAuthority: 'Exampleshire', phone: '024 7600 1111' });
    await expect(repo.update(school.id, school.etag, { ...school, name: 'Cedar' })).rejects.toMatchObject({ kind: 'conflict' });
    expect((await repo.get(school.id)).name).toBe('Cedar School');
  });

  it("puts named staff in the school's group at once, flags guests, and follows a changed e-mail", async () => {
    const school = await repo.create({ name: 'Dale High', urn: '992004', phase: 'Secondary', email: 'office@dale.example.sch.uk', active: true });
    expect(await repo.staffAccess(school.id)).toEqual({ members: [] });
    // Guests of the tenant already (inviting them is tested in access/schoolStaffInvitations.test.ts).
    for (const email of ['rae@dale.example.sch.uk', 'rae.new@dale.example.sch.uk']) fx.emulator.store.addUser({ email, displayName: email, userType: 'Guest' });
    const guest = await repo.addContact({ schoolId: school.id, fullName: 'Rae Guest', role: 'SENCO', email: 'rae@dale.example.sch.uk', notify: true });
    fx.emulator.store.addUser({ email: 'sam.member@pathways.example.org', displayName: 'Sam Member', userType: 'Member' });
    await repo.addContact({ schoolId: school.id, fullName: 'Sam Member', role: 'Other', email: 'sam.member@pathways.example.org', notify: true });
    const access = await repo.staffAccess(school.id);
    expect(access.groupTitle).toBe('Pathways Hub - Dale High (URN 992004) staff');
    expect([...access.members].sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: 'rae@dale.example.sch.uk', guest: true },
      { email: 'sam.member@pathways.example.org', guest: false },
    ]);

    // As the screen does: the stored contact (the repository records the invitation on it after adding).
    const stored = (await repo.contacts(school.id)).items.find((c) => c.id === guest.id);
    if (!stored) throw new Error('contact not stored');
    const moved = await repo.updateContact(stored.id, stored.etag, { ...stored, email: 'rae.new@dale.example.sch.uk' });
    expect(moved.email).toBe('rae.new@dale.example.sch.uk');
    const after = (await repo.staffAccess(school.id)).members.map((m) => m.email).sort();
    expect(after).toEqual(['rae.new@dale.example.sch.uk', 'sam.member@pathways.example.org']);
    await expect(repo.updateContact(stored.id, stored.etag, { ...stored, fullName: 'Rae' })).rejects.toMatchObject({ kind: 'conflict' });

    await repo.removeContact(guest.id);
    expect((await repo.staffAccess(school.id)).members.map((m) => m.email)).toEqual(['sam.member@pathways.example.org']);
  });
});
