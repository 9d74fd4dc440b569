/**
 * Seeds the demo review meetings through the production MeetingService, each booked in its organiser's own
 * calendar (signed in as them): the record is saved in the pupil's folder, the Outlook invitation with its Teams
 * link is sent (so the workbench Outbox holds the invitations), and the record is marked Scheduled with the event.
 */
import type { DemoData } from '../demo/types';
import { connectAs, type LocalConnection } from './localConnection';

export interface MeetingSeedReport {
  readonly meetings: number;
  readonly invited: number;
}

export async function seedMeetings(
  conn: Pick<LocalConnection, 'siteUrl' | 'services'>,
  data: Pick<DemoData, 'reviewMeetings'>,
  pupilIds: ReadonlyMap<string, number>,
  log: (line: string) => void,
): Promise<MeetingSeedReport> {
  log(`Booking ${data.reviewMeetings.length} review meetings in Outlook, with Teams links…`);
  const site = new URL(conn.siteUrl);
  const pupils = new Map((await conn.services.pupils.list()).items.map((p) => [p.id, p]));
  let invited = 0;
  for (const demo of data.reviewMeetings) {
    const pupilId = pupilIds.get(demo.pupilKey);
    const pupil = pupilId === undefined ? undefined : pupils.get(pupilId);
    if (pupilId === undefined || !pupil) throw new Error(`Demo meeting ${demo.key}: pupil ${demo.pupilKey} was not seeded`);
    const organiser = connectAs(site.origin, site.pathname, demo.organiserEmail);
    const r = await organiser.services.meetingService.schedule({
      meeting: { ...demo.meeting, pupilId },
      pupil: { id: pupil.id, pupilRef: pupil.pupilRef, firstName: pupil.firstName, lastName: pupil.lastName, yearGroup: pupil.yearGroup },
      location: demo.location,
    });
    if (!r.invited) throw new Error(`Demo meeting ${demo.key} was not booked: ${r.problem ?? 'no reason given'}`);
    invited++;
  }
  return { meetings: data.reviewMeetings.length, invited };
}
