/**
 * The chaos benchmark's meeting-scheduling row: a review meeting scheduled through the production MeetingService
 * (the SharePoint record as a Draft, the Outlook event with its Teams link and a transactionId, then the record
 * marked Scheduled) while the fault is on, with the Graph client's own retries as in production. The person does what the screen asks: told the meeting is kept as a
 * draft, or that the invitation went but the record could not be finished, they schedule the same record again; told
 * nothing was saved, they fill the form in again (the same meeting, no record id).
 *
 * Afterwards: the records carrying the run's marker (copies beyond the first are duplicates), the invitations in
 * the outbox (more than one is a duplicate), stored (a Scheduled record whose event is the one invitation sent, with
 * its Teams link) and wrong (an invitation sent while the person was told nothing was sent, or a Scheduled record
 * whose event is not the invitation sent).
 */
import type { Saved } from '../src/data/ports';
import type { ReviewMeeting } from '../src/domain';
import type { GraphFixture } from '../tests/data/graph/support/graphFixture';
import { pupilRecord } from '../tests/support/pupilBuilder';
import { SITE_PATH } from '../tests/support/emulator';
import { connectAs } from '../local/seed/localConnection';
import { DEFAULT_ADMIN } from '../local/emulator/store';

export interface MeetingRun {
  readonly told: 'saved' | 'not-saved';
  readonly stored: boolean;
  readonly records: number;
  readonly invitations: number;
  readonly wrong: number;
}

/** Outcomes whose words say the invitation went out (the record still to be finished). */
const SENT_WORDS = /invitation was created in Outlook|Outlook sent the invitation|Outlook may have sent the invitation/;

export async function scheduleUnderFault(fx: GraphFixture, asThePersonWould: (attempt: () => Promise<unknown>) => Promise<'saved' | 'not-saved'>, ref: string): Promise<MeetingRun> {
  // The services as local mode builds them: graph-client with its RetryHandler (3 retries of 429/503/504, after
  // Retry-After), as SPFx's MSGraphClientV3 has in production.
  const { services } = connectAs(fx.emulator.origin, SITE_PATH, DEFAULT_ADMIN.email);
  const pupil = await fx.addPupil(pupilRecord(ref));
  const marker = `Chaos meeting ${ref}`;
  const meeting: ReviewMeeting = {
    pupilId: pupil.id,
    kind: 'PIP review',
    status: 'Draft',
    start: '2026-12-15T10:00:00Z',
    end: '2026-12-15T11:00:00Z',
    attendees: [{ name: 'Rowan Pike', email: 'rowan.pike@pathways.example.org', kind: 'pru-staff' }],
    outcomes: [],
    targetOutcomes: [],
    actions: [],
    notes: marker,
  };
  const meetingPupil = { id: pupil.id, pupilRef: pupil.pupilRef, firstName: pupil.firstName, lastName: pupil.lastName, yearGroup: pupil.yearGroup };
  await fx.clearOutbox();
  let draft: Saved<ReviewMeeting> | undefined;
  let toldSent = false;
  const told = await asThePersonWould(async () => {
    const r = await services.meetingService.schedule(
      draft ? { meeting: draft, pupil: meetingPupil, existing: { id: draft.id, etag: draft.etag } } : { meeting, pupil: meetingPupil },
    );
    draft = r.meeting;
    if (r.invited) return;
    if (SENT_WORDS.test(r.problem ?? '')) toldSent = true;
    throw new Error(r.problem ?? 'not scheduled');
  });

  const records = (await services.meetings.forPupil(pupil.id)).items.filter((m) => m.notes === marker);
  const invites = await fx.outbox('?kind=invite');
  const scheduled = records.find((m) => m.status === 'Scheduled');
  const stored = scheduled !== undefined && scheduled.joinUrl !== undefined && invites.length > 0 && invites.some((i) => i.eventId === scheduled.eventId);
  let wrong = 0;
  if (told === 'not-saved' && !toldSent && invites.length > 0) wrong += 1;
  if (scheduled && !invites.some((i) => i.eventId === scheduled.eventId)) wrong += 1;
  return { told, stored, records: records.length, invitations: invites.length, wrong };
}
