/**
 * The demo review meetings are booked through the production MeetingService, each in its organiser's calendar:
 * the Outbox holds one invitation per meeting with a Teams link, and every record is Scheduled with its event.
 */
import { OFFICE_GROUP } from '../../../src/lists';
import { generateDemoData } from '../../../local/demo';
import { seedMeetings } from '../../../local/seed/seedMeetings';
import { startGraphFixture, type GraphFixture } from '../../data/graph/support/graphFixture';

let fx: GraphFixture;
beforeAll(async () => {
  fx = await startGraphFixture();
});
afterAll(() => fx.close());

describe('seedMeetings', () => {
  it('books every demo meeting in Outlook with a Teams link, from its organiser', async () => {
    const data = generateDemoData();
    for (const s of data.staff) {
      fx.emulator.store.addUser({ email: s.email, displayName: s.displayName, userType: 'Member' });
      fx.emulator.store.addToGroup(OFFICE_GROUP.title, s.email);
    }
    const pupilIds = new Map<string, number>();
    for (const key of new Set(data.reviewMeetings.map((m) => m.pupilKey))) {
      const demo = data.pupils.find((p) => p.key === key);
      if (!demo) throw new Error(`No demo pupil ${key}`);
      const saved = await fx.addPupil({ ...demo.pupil, namedContactIds: [], registration: 'Single' });
      pupilIds.set(key, saved.id);
    }
    const lines: string[] = [];
    const report = await seedMeetings({ siteUrl: fx.emulator.siteUrl, services: fx.admin.services }, data, pupilIds, (l) => lines.push(l));
    expect(report).toEqual({ meetings: data.reviewMeetings.length, invited: data.reviewMeetings.length });
    expect(lines).toEqual([`Booking ${data.reviewMeetings.length} review meetings in Outlook, with Teams links…`]);

    const invites = await fx.outbox('?kind=invite');
    expect(invites).toHaveLength(data.reviewMeetings.length);
    for (const demo of data.reviewMeetings) {
      const invite = invites.find((i) => i.from === demo.organiserEmail && i.start === new Date(demo.meeting.start).toISOString());
      expect(invite?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
      expect(invite?.to.sort()).toEqual(demo.meeting.attendees.map((a) => a.email).sort());
      const homeSchool = demo.meeting.attendees.filter((a) => a.kind === 'home-school').map((a) => a.email);
      for (const email of homeSchool) expect(invite?.to).toContain(email);
    }
    const meetings = await fx.admin.services.meetings.since('2026-01-01T00:00:00Z');
    expect(meetings.items).toHaveLength(data.reviewMeetings.length);
    expect(meetings.items.every((m) => m.status === 'Scheduled' && m.eventId !== undefined && m.joinUrl !== undefined)).toBe(true);
  });
});
