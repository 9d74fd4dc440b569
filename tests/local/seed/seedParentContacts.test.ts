/**
 * The demo's calls home go in through the production repository (services.parentContacts.add, as the attendance
 * officer signed in) and follow the demo marks: each call is about an unexplained absence (N) before the demo date,
 * and Today's follow-up rule (followUpsDue) leaves open exactly those the story says are still open.
 */
import { generateDemoData } from '../../../local/demo';
import { DEMO_SETTINGS } from '../../../local/demo/calendar';
import { ATTENDANCE_OFFICER } from '../../../local/demo/staff';
import { demoParentContacts, seedParentContacts } from '../../../local/seed/seedParentContacts';
import { addSchoolDays, followUpsDue, parentContactDay, parentContactSchema } from '../../../src/domain';
import { startPathwaysFixture, type PathwaysFixture } from '../../support/pathwaysFixture';

let fx: PathwaysFixture;
beforeAll(async () => {
  fx = await startPathwaysFixture();
});
afterAll(() => fx.close());

describe('seedParentContacts', () => {
  const data = generateDemoData();
  const contacts = demoParentContacts(data, data.today, DEMO_SETTINGS);
  const ids = new Map(data.pupils.map((p, i) => [p.key, i + 1]));

  it('calls home about the unexplained absences before the demo date, each a contact the form would accept', () => {
    expect(contacts.length).toBeGreaterThan(2);
    for (const { pupilKey, contact } of contacts) {
      expect(contact.at < `${data.today}T00:00:00Z`).toBe(true);
      const day = parentContactDay(contact).day;
      const absent = data.attendanceMarks.some((m) => m.pupilKey === pupilKey && m.mark.code === 'N' && m.mark.date <= day);
      expect(`${pupilKey} ${day}: ${absent}`).toBe(`${pupilKey} ${day}: true`);
      expect(parentContactSchema.safeParse(parentContactDay({ ...contact, pupilId: 1 })).success).toBe(true);
    }
  });

  it('leaves open on the demo date the unanswered ones only (the parent who rang back with the reason is not listed)', () => {
    const withIds = contacts.map((c) => ({ ...c.contact, pupilId: ids.get(c.pupilKey) as number }));
    const open = followUpsDue(withIds, addSchoolDays(data.today, 1, DEMO_SETTINGS));
    expect(open.length).toBeGreaterThan(0);
    const answered = contacts.filter((c) => c.contact.outcome === 'Reason given').map((c) => ids.get(c.pupilKey));
    expect(answered.length).toBeGreaterThan(0);
    expect(open.filter((c) => answered.indexOf(c.pupilId) >= 0)).toEqual([]);
    expect(open.length).toBe(new Set(contacts.map((c) => c.pupilKey)).size - answered.length);
  });

  it('seeds them through services.parentContacts, recorded by the attendance officer, into each pupil’s folder', async () => {
    fx.addStaff(ATTENDANCE_OFFICER.email, 'office');
    const pupilIds = new Map<string, number>();
    const pupilRefs = new Map<number, string>();
    for (const key of new Set(contacts.map((c) => c.pupilKey))) {
      const demo = data.pupils.find((p) => p.key === key)!;
      const saved = await fx.addPupil(demo.pupil.pupilRef, { firstName: demo.pupil.firstName, lastName: demo.pupil.lastName });
      pupilIds.set(key, saved.id);
      pupilRefs.set(saved.id, saved.pupilRef);
    }
    const lines: string[] = [];
    const conn = { siteUrl: fx.admin.siteUrl, services: { now: () => new Date(`${data.today}T10:00:00Z`) } };
    expect(await seedParentContacts(conn, data, pupilIds, pupilRefs, (l) => lines.push(l))).toBe(contacts.length);
    expect(lines).toEqual([`Recording ${contacts.length} calls home…`]);
    const due = await fx.admin.services.parentContacts.followUpsDue(addSchoolDays(data.today, 1, DEMO_SETTINGS), '2026-10-01');
    expect(due.problems).toEqual([]);
    const expected = followUpsDue(
      contacts.map((c) => ({ ...c.contact, pupilId: pupilIds.get(c.pupilKey) as number })),
      addSchoolDays(data.today, 1, DEMO_SETTINGS),
    );
    expect(due.items.map((c) => c.pupilId)).toEqual(expected.map((c) => c.pupilId));
    expect(due.items.every((c) => c.recordedBy === ATTENDANCE_OFFICER.email)).toBe(true);
  });
});
