/**
 * A home school's named staff who are not yet guests of the tenant are invited through Graph before SharePoint is
 * asked for them (SharePoint Online's ensureUser never creates a guest). Without User.Invite.All the contact is kept
 * and marked 'Not yet invited' with the reason, and can be retried; a person is invited once.
 */
import { startGraphFixture, type GraphFixture } from '../../graph/support/graphFixture';

const NEW_HEAD = 'jo.marsh@hollybank.example.sch.uk';
const NEW_SENCO = 'ari.pell@hollybank.example.sch.uk';
const KNOWN_GUEST = 'lee.hart@briarwood.example.sch.uk';

let fx: GraphFixture;
beforeAll(async () => {
  fx = await startGraphFixture();
});
afterAll(() => fx.close());

const schools = () => fx.admin.services.schools;
async function newSchool(name: string, urn: string): Promise<number> {
  return (await schools().create({ name, urn, phase: 'Secondary', email: `office@${urn}.example.sch.uk`, active: true })).id;
}
async function groupMembers(schoolId: number): Promise<string[]> {
  const school = await schools().get(schoolId);
  if (school.staffGroupId === undefined) return [];
  const users = await fx.admin.sp.web.siteGroups.getById(school.staffGroupId).users.select('Email')<{ Email: string }[]>();
  return users.map((u) => u.Email.toLowerCase()).sort();
}

describe('inviting a school’s named staff', () => {
  it('invites a person the tenant does not know, puts them in the school’s group and records "Invited"', async () => {
    await fx.clearOutbox();
    const schoolId = await newSchool('Hollybank Academy', '140001');
    const saved = await schools().addContact({ schoolId, fullName: 'Jo Marsh', role: 'Headteacher', email: NEW_HEAD, notify: true });
    expect(saved.invited).toEqual({ state: 'Invited' });
    expect(fx.emulator.context.directory.findByEmail(NEW_HEAD)?.userType).toBe('Guest');
    expect(await groupMembers(schoolId)).toEqual([NEW_HEAD]);
    const stored = (await schools().contacts(schoolId)).items.find((c) => c.id === saved.id);
    expect(stored?.invitation).toBe('Invited');
    const sent = await fx.outbox('?kind=guest-invitation');
    expect(sent.map((r) => r.to)).toEqual([[NEW_HEAD]]);
    expect(sent[0].body).toContain('Hollybank Academy');
    expect(sent[0].body).toContain(fx.emulator.siteUrl);

    // A second contact for the same school: the first is not invited again.
    await fx.clearOutbox();
    await schools().addContact({ schoolId, fullName: 'Ari Pell', role: 'SENCO', email: NEW_SENCO, notify: true });
    expect((await fx.outbox('?kind=guest-invitation')).map((r) => r.to)).toEqual([[NEW_SENCO]]);
    expect(await groupMembers(schoolId)).toEqual([NEW_SENCO, NEW_HEAD].sort());
  });

  it('sends no invitation to someone who is already a guest', async () => {
    fx.emulator.store.addUser({ email: KNOWN_GUEST, displayName: 'Lee Hart', userType: 'Guest' });
    await fx.clearOutbox();
    const schoolId = await newSchool('Briarwood School', '140002');
    const saved = await schools().addContact({ schoolId, fullName: 'Lee Hart', role: 'SENCO', email: KNOWN_GUEST, notify: true });
    expect(saved.invited).toEqual({ state: 'Invited' });
    expect(await fx.outbox('?kind=guest-invitation')).toEqual([]);
    expect(await groupMembers(schoolId)).toEqual([KNOWN_GUEST]);
  });

  it('keeps the contact "Not yet invited" with the reason while User.Invite.All is not approved, then invites on retry', async () => {
    const email = 'sam.rook@cedar.example.sch.uk';
    const schoolId = await newSchool('Cedar Park School', '140003');
    await fx.clearOutbox();
    await fx.denyConsent(['User.Invite.All']);
    let contactId: number;
    try {
      const saved = await schools().addContact({ schoolId, fullName: 'Sam Rook', role: 'Head of year', email, notify: true });
      contactId = saved.id;
      expect(saved.invited?.state).toBe('Not yet invited');
      expect(saved.invited?.message).toContain('Sam Rook is saved but not yet invited');
      expect(saved.invited?.message).toContain('the administrator has not approved the "User.Invite.All" permission');
      expect((await schools().contacts(schoolId)).items.map((c) => [c.email, c.invitation])).toEqual([[email, 'Not yet invited']]);
      expect(await groupMembers(schoolId)).toEqual([]);
      expect(fx.emulator.context.directory.findByEmail(email)).toBeUndefined();
    } finally {
      await fx.denyConsent([]);
    }
    expect(await schools().retryInvitation(contactId)).toEqual({ state: 'Invited' });
    expect(await groupMembers(schoolId)).toEqual([email]);
    expect((await schools().contacts(schoolId)).items[0].invitation).toBe('Invited');
    expect((await fx.outbox('?kind=guest-invitation')).map((r) => r.to)).toEqual([[email]]);
  });
});
