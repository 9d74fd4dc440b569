/**
 * MeetingService against the emulator (SharePoint and Graph over HTTP): the Outlook invitation with its Teams
 * link reaches the Outbox with the home-school staff as attendees, the record says so only once Graph created it,
 * a retried booking never sends twice, reschedule and cancel reach the attendees, a 403 and a 429 are handled.
 */
import { DEFAULT_ADMIN } from '../../../../local/emulator/store';
import { MeetingService } from '../../../../src/data/graph/meetings/MeetingService';
import type { IReviewMeetingRepository, MeetingPupil, Saved } from '../../../../src/data/ports';
import { meetingChatLink, type Pupil, type ReviewMeeting } from '../../../../src/domain';
import { startGraphFixture, type GraphFixture } from '../support/graphFixture';

const COLLEAGUE = { email: 'rowan.pike@pathways.example.org', displayName: 'Rowan Pike', userType: 'Member' as const };
const HOME_SCHOOL = { email: 'casey.lund@oakfield.example.sch.uk', displayName: 'Casey Lund', userType: 'Guest' as const };
const PARENT = 'theo.marsh@example.com';

let fx: GraphFixture;
let pupil: Saved<Pupil>;
let meetingPupil: MeetingPupil;

const pupilRecord: Pupil = {
  pupilRef: 'PH-0901',
  firstName: 'Ava',
  lastName: 'Brook',
  dateOfBirth: '2012-03-04',
  yearGroup: '9',
  enrolmentDate: '2026-09-02',
  registration: 'Single',
  namedContactIds: [],
  supportTier: 'Universal',
  senProvision: 'E',
  monitoring: false,
  fsm: false,
  pp: false,
  lac: true,
  cin: false,
  cp: false,
  yos: false,
  medical: true,
};

const meeting = (over: Partial<ReviewMeeting> = {}): ReviewMeeting => ({
  pupilId: pupil.id,
  kind: 'EHCP annual review',
  status: 'Draft',
  start: '2026-11-24T10:00:00Z',
  end: '2026-11-24T11:00:00Z',
  attendees: [
    { name: COLLEAGUE.displayName, email: COLLEAGUE.email, kind: 'pru-staff' },
    { name: HOME_SCHOOL.displayName, email: HOME_SCHOOL.email, kind: 'home-school' },
    { name: 'Theo Marsh', email: PARENT, kind: 'parent' },
  ],
  outcomes: [],
  targetOutcomes: [],
  actions: [],
  notes: 'Medical needs and the EHC plan outcomes to discuss',
  ...over,
});

beforeAll(async () => {
  fx = await startGraphFixture();
  fx.emulator.store.addUser(COLLEAGUE);
  fx.emulator.store.addUser(HOME_SCHOOL);
  pupil = await fx.addPupil(pupilRecord);
  meetingPupil = { id: pupil.id, pupilRef: pupil.pupilRef, firstName: pupil.firstName, lastName: pupil.lastName, yearGroup: pupil.yearGroup };
});
afterAll(() => fx.close());
beforeEach(async () => {
  await fx.clearOutbox();
  await fx.denyConsent([]);
});

describe('scheduling a review meeting', () => {
  it('sends the Outlook invitation with a Teams link to every attendee, and only then marks the record Scheduled', async () => {
    const { services } = fx.admin;
    const r = await services.meetingService.schedule({ meeting: meeting(), pupil: meetingPupil, location: 'Meeting Room 1' });
    expect(r.invited).toBe(true);
    expect(r.problem).toBeUndefined();
    expect(r.meeting).toMatchObject({ status: 'Scheduled', pupilId: pupil.id });
    expect(r.meeting.eventId).toEqual(expect.any(String));
    expect(r.meeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(r.meeting.invitedAt).toEqual(expect.any(String));

    const [invite] = await fx.outbox('?kind=invite');
    expect(invite.to.sort()).toEqual([COLLEAGUE.email, HOME_SCHOOL.email, PARENT].sort());
    expect(invite.from).toBe(DEFAULT_ADMIN.email);
    expect(invite.joinUrl).toBe(r.meeting.joinUrl);
    expect(invite.eventId).toBe(r.meeting.eventId);
    expect(invite.start).toBe('2026-11-24T10:00:00.000Z');
    expect(invite.subject).toBe('Review meeting: A.B. (Year 9) — Pathways Learning Centre');
    // The record opens in Review meetings on its page (the service's staff); the home school is sent to its own page.
    expect(invite.body).toContain(`/SitePages/Review-meetings.aspx?meeting=${r.meeting.id}">open the review record`);
    expect(invite.body).toContain('/SitePages/Home-school.aspx">open the home-school page');
    expect(invite.body).not.toContain('DispForm.aspx');
    // No health, SEN or care detail: not the kind of meeting, not the notes, not the name.
    expect(`${invite.subject} ${invite.body}`).not.toMatch(/\b(EHCP?|SEN|medical|Medical|health|looked after|PEP)\b/);
    expect(invite.body).not.toContain('Ava');

    const stored = await services.meetings.get(r.meeting.id);
    expect(stored).toMatchObject({ status: 'Scheduled', eventId: r.meeting.eventId, joinUrl: r.meeting.joinUrl });
  });

  it('books London wall-clock time in summer (BST) and winter (GMT)', async () => {
    const summer = await fx.admin.services.meetingService.schedule({
      meeting: meeting({ kind: 'Placement review', start: '2026-06-10T14:00:00+01:00', end: '2026-06-10T15:00:00+01:00' }),
      pupil: meetingPupil,
    });
    expect(summer.invited).toBe(true);
    const [invite] = await fx.outbox('?kind=invite');
    expect(invite.start).toBe('2026-06-10T13:00:00.000Z');
    expect(invite.subject).toBe('Placement review: A.B. (Year 9) — Pathways Learning Centre');
  });

  it('when the administrator has not approved Calendars.ReadWrite: says so in plain words, keeps a Draft, sends nothing', async () => {
    await fx.denyConsent(['Calendars.ReadWrite']);
    const r = await fx.admin.services.meetingService.schedule({ meeting: meeting(), pupil: meetingPupil });
    expect(r.invited).toBe(false);
    expect(r.problem).toContain('the administrator has not approved the "Calendars.ReadWrite" permission for Pathways Hub');
    expect(r.problem).toContain('saved as a draft: nothing was sent');
    expect(r.meeting.status).toBe('Draft');
    expect(r.meeting.eventId).toBeUndefined();
    expect(r.meeting.joinUrl).toBeUndefined();
    expect(await fx.outbox()).toEqual([]);

    // Approved: the same draft is booked.
    await fx.denyConsent([]);
    const again = await fx.admin.services.meetingService.schedule({
      meeting: r.meeting,
      pupil: meetingPupil,
      existing: { id: r.meeting.id, etag: r.meeting.etag },
    });
    expect(again.invited).toBe(true);
    expect(again.meeting.id).toBe(r.meeting.id);
    expect(await fx.outbox('?kind=invite')).toHaveLength(1);
  });

  it('does not retry a throttled create itself (the Graph client’s RetryHandler does): says Microsoft 365 is busy, keeps a Draft', async () => {
    const throttled = fx.connect(DEFAULT_ADMIN.email, { throttleFirst: 1 });
    const service = new MeetingService({
      graph: throttled.graph,
      meetings: throttled.services.meetings,
      siteUrl: throttled.services.siteUrl,
      serviceName: async () => 'Pathways Learning Centre',
      now: () => new Date(),
    });
    const r = await service.schedule({ meeting: meeting(), pupil: meetingPupil });
    expect(r.invited).toBe(false);
    expect(r.problem).toContain('Microsoft 365 is busy');
    expect(r.meeting.status).toBe('Draft');
    expect(await fx.outbox('?kind=invite')).toHaveLength(0);
  });

  const teams = (mode: string, readyAfterGets?: number): Promise<Response> =>
    fetch(`${fx.emulator.origin}/_emulator/graph-teams`, { method: 'POST', body: JSON.stringify({ mode, ...(readyAfterGets !== undefined ? { readyAfterGets } : {}) }) });
  const serviceWith = (sleeps: number[]): MeetingService =>
    new MeetingService({
      graph: fx.admin.graph,
      meetings: fx.admin.services.meetings,
      siteUrl: fx.admin.services.siteUrl,
      serviceName: async () => 'Pathways Learning Centre',
      now: () => new Date(),
      sleep: async (ms) => void sleeps.push(ms),
    });

  it('fetches the event again when Graph answers without the Teams link, and schedules once the link is there', async () => {
    await teams('delayed', 2);
    const sleeps: number[] = [];
    const r = await serviceWith(sleeps).schedule({ meeting: meeting(), pupil: meetingPupil });
    await teams('ready');
    expect(r.invited).toBe(true);
    expect(r.meeting.status).toBe('Scheduled');
    expect(r.meeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(sleeps).toEqual([1000]);
  });

  it('never marks a meeting Scheduled without its Teams link: a Draft with a clear message, finished by sending again (one invitation)', async () => {
    await teams('delayed', 5);
    const sleeps: number[] = [];
    const service = serviceWith(sleeps);
    const first = await service.schedule({ meeting: meeting(), pupil: meetingPupil });
    expect(first.invited).toBe(false);
    expect(first.meeting).toMatchObject({ status: 'Draft' });
    expect(first.meeting.eventId).toBeUndefined();
    expect(first.problem).toContain('Teams has not given it a meeting link yet');
    expect(sleeps).toEqual([1000, 2000, 4000]); // bounded
    const again = await service.schedule({ meeting: first.meeting, pupil: meetingPupil, existing: { id: first.meeting.id, etag: first.meeting.etag } });
    await teams('ready');
    expect(again.invited).toBe(true);
    expect(again.meeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(await fx.outbox('?kind=invite')).toHaveLength(1);
  });

  it('without Teams (no online meeting at all): a Draft that says so, without waiting for a link that cannot come', async () => {
    await teams('unavailable');
    const sleeps: number[] = [];
    const r = await serviceWith(sleeps).schedule({ meeting: meeting(), pupil: meetingPupil });
    await teams('ready');
    expect(r.invited).toBe(false);
    expect(r.meeting.status).toBe('Draft');
    expect(r.problem).toContain('without a Teams meeting');
    expect(sleeps).toEqual([]);
  });

  it('a meeting cancelled and booked again for the same time gets a new, live event (never the cancelled one)', async () => {
    const { services, graph } = fx.admin;
    const first = await services.meetingService.schedule({ meeting: meeting(), pupil: meetingPupil });
    const cancelled = await services.meetingService.cancel(first.meeting, 'Moved by the family.');
    const rebooked = await services.meetingService.schedule({ meeting: cancelled, pupil: meetingPupil, existing: { id: cancelled.id, etag: cancelled.etag } });
    expect(rebooked.invited).toBe(true);
    expect(rebooked.meeting.eventId).not.toBe(first.meeting.eventId);
    const live = (await graph.api(`/me/events/${encodeURIComponent(rebooked.meeting.eventId ?? '')}`).get()) as { isCancelled: boolean };
    expect(live.isCancelled).toBe(false);
    expect(await fx.outbox('?kind=invite')).toHaveLength(2);
  });

  it('a booking finished after the record could not be saved sends no second invitation (transactionId)', async () => {
    const { graph, services } = fx.admin;
    let failOnce = true;
    const flaky: IReviewMeetingRepository = {
      ...services.meetings,
      forPupil: (id) => services.meetings.forPupil(id),
      since: (d) => services.meetings.since(d),
      get: (id) => services.meetings.get(id),
      create: (m, ref) => services.meetings.create(m, ref),
      update: async (id, etag, m) => {
        if (m.status === 'Scheduled' && failOnce) {
          failOnce = false;
          throw new Error('SharePoint could not be reached');
        }
        return services.meetings.update(id, etag, m);
      },
    };
    const service = new MeetingService({ graph, meetings: flaky, siteUrl: fx.admin.services.siteUrl, serviceName: async () => 'Pathways Learning Centre', now: () => new Date() });
    const first = await service.schedule({ meeting: meeting(), pupil: meetingPupil });
    expect(first.invited).toBe(false);
    expect(first.problem).toContain('The invitation was created in Outlook, but the meeting record could not be updated');
    expect(first.meeting.eventId).toBeUndefined();
    const second = await service.schedule({ meeting: first.meeting, pupil: meetingPupil, existing: { id: first.meeting.id, etag: first.meeting.etag } });
    expect(second.invited).toBe(true);
    const invites = await fx.outbox('?kind=invite');
    expect(invites).toHaveLength(1);
    expect(invites[0].eventId).toBe(second.meeting.eventId);
  });

  it.each(['504', 'drop'] as const)('when Graph created the event but its answer was lost (%s): says it may have been sent, and scheduling again sends no second invitation', async (mode) => {
    const { services } = fx.admin;
    fx.emulator.lostAnswers.inject({ method: 'POST', path: '/me/events', count: 1, mode });
    const first = await services.meetingService.schedule({ meeting: meeting(), pupil: meetingPupil });
    expect(fx.emulator.lostAnswers.pending).toBe(0);
    expect(first.invited).toBe(false);
    expect(first.problem).toBe('Outlook may have sent the invitation: Microsoft 365 did not answer. The meeting is kept as a draft: schedule it again to finish (no second invitation is sent).');
    expect(await fx.outbox('?kind=invite')).toHaveLength(1);
    const second = await services.meetingService.schedule({ meeting: first.meeting, pupil: meetingPupil, existing: { id: first.meeting.id, etag: first.meeting.etag } });
    expect(second.invited).toBe(true);
    const invites = await fx.outbox('?kind=invite');
    expect(invites).toHaveLength(1);
    expect(invites[0].eventId).toBe(second.meeting.eventId);
  });

  it('refuses to book again a meeting already sent', async () => {
    const r = await fx.admin.services.meetingService.schedule({ meeting: meeting(), pupil: meetingPupil });
    await expect(fx.admin.services.meetingService.schedule({ meeting: r.meeting, pupil: meetingPupil, existing: { id: r.meeting.id, etag: r.meeting.etag } })).rejects.toThrow(
      'already been sent',
    );
  });
});

describe('the meeting chat in Teams', () => {
  const lookUp = (graph: GraphFixture['admin']['graph'], joinUrl: string) =>
    graph.api('/me/onlineMeetings').filter(`JoinWebUrl eq '${encodeURIComponent(joinUrl)}'`).get() as Promise<{ value: { chatInfo: { threadId: string } }[] }>;

  it('is read as the organiser when the meeting is booked (onlineMeeting chatInfo.threadId) and kept on the record for the documented deep link', async () => {
    const { services, graph } = fx.admin;
    const r = await services.meetingService.schedule({ meeting: meeting({ start: '2026-11-25T10:00:00Z', end: '2026-11-25T11:00:00Z' }), pupil: meetingPupil });
    expect(r.invited).toBe(true);
    expect(r.meeting.chatThreadId).toMatch(/^19:meeting_[A-Za-z0-9_-]+@thread\.v2$/);
    const answer = await lookUp(graph, r.meeting.joinUrl ?? '');
    expect(answer.value.map((m) => m.chatInfo.threadId)).toEqual([r.meeting.chatThreadId]);
    const stored = await services.meetings.get(r.meeting.id);
    expect(stored.chatThreadId).toBe(r.meeting.chatThreadId);
    expect(meetingChatLink(stored.chatThreadId)).toBe(`https://teams.microsoft.com/l/chat/${r.meeting.chatThreadId}/conversations`);
  });

  it('cannot be looked up by an attendee (only the organiser may, as reported), so it is never read at display time', async () => {
    const r = await fx.admin.services.meetingService.schedule({ meeting: meeting({ start: '2026-11-26T10:00:00Z', end: '2026-11-26T11:00:00Z' }), pupil: meetingPupil });
    await expect(lookUp(fx.connect(COLLEAGUE.email).graph, r.meeting.joinUrl ?? '')).rejects.toMatchObject({ statusCode: 403 });
  });

  it('without OnlineMeetings.Read approved: the meeting is booked all the same, with no chat link and nothing said against it', async () => {
    await fx.denyConsent(['OnlineMeetings.Read', 'OnlineMeetings.ReadWrite']);
    const r = await fx.admin.services.meetingService.schedule({ meeting: meeting({ start: '2026-11-27T10:00:00Z', end: '2026-11-27T11:00:00Z' }), pupil: meetingPupil });
    expect(r).toMatchObject({ invited: true, meeting: { status: 'Scheduled' } });
    expect(r.problem).toBeUndefined();
    expect(r.meeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(r.meeting.chatThreadId).toBeUndefined();
  });
});

describe('rescheduling and cancelling', () => {
  it('moving the meeting updates the invitation; cancelling tells the attendees', async () => {
    const { services } = fx.admin;
    const booked = (await services.meetingService.schedule({ meeting: meeting(), pupil: meetingPupil })).meeting;
    const moved = await services.meetingService.reschedule(booked, { start: '2026-11-26T13:30:00Z', end: '2026-11-26T14:30:00Z' });
    expect(moved).toMatchObject({ status: 'Scheduled', start: '2026-11-26T13:30:00.000Z', eventId: booked.eventId });
    const [update] = await fx.outbox('?kind=invite-update');
    expect(update).toMatchObject({ eventId: booked.eventId, start: '2026-11-26T13:30:00.000Z' });
    expect(update.to).toContain(HOME_SCHOOL.email);

    const cancelled = await services.meetingService.cancel(moved, 'The family asked to move to next term.');
    expect(cancelled.status).toBe('Cancelled');
    const [notice] = await fx.outbox('?kind=cancellation');
    expect(notice).toMatchObject({ eventId: booked.eventId });
    expect(notice.to.sort()).toEqual([COLLEAGUE.email, HOME_SCHOOL.email, PARENT].sort());
  });

  it('a failed move leaves the record as it was', async () => {
    const { services } = fx.admin;
    const booked = (await services.meetingService.schedule({ meeting: meeting(), pupil: meetingPupil })).meeting;
    await fx.denyConsent(['Calendars.ReadWrite']);
    await expect(services.meetingService.reschedule(booked, { start: '2026-11-27T10:00:00Z', end: '2026-11-27T11:00:00Z' })).rejects.toThrow(
      'the administrator has not approved the "Calendars.ReadWrite" permission',
    );
    expect((await services.meetings.get(booked.id)).start).toBe(booked.start);
  });
});

describe('free/busy and the staff directory', () => {
  it("reads colleagues' calendars in the tenant; people outside it are proposed a time", async () => {
    const colleague = fx.connect(COLLEAGUE.email);
    await colleague.graph.api('/me/events').post({
      subject: 'Timetabling',
      start: { dateTime: '2026-12-01T09:00:00', timeZone: 'Europe/London' },
      end: { dateTime: '2026-12-01T10:00:00', timeZone: 'Europe/London' },
    });
    const result = await fx.admin.services.meetingService.freeBusy([COLLEAGUE.email, HOME_SCHOOL.email], '2026-12-01T08:00:00Z', '2026-12-01T17:00:00Z');
    expect(result[0]).toEqual({ email: COLLEAGUE.email, readable: true, busy: [{ start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T10:00:00.000Z', status: 'busy' }] });
    expect(result[1]).toMatchObject({ email: HOME_SCHOOL.email, readable: false, busy: [] });
    expect(result[1].reason).toContain('propose a time');
  });

  it('finds colleagues by name, never guests', async () => {
    expect(await fx.admin.services.meetingService.findStaff('Row')).toEqual([{ name: COLLEAGUE.displayName, email: COLLEAGUE.email }]);
    expect(await fx.admin.services.meetingService.findStaff('Casey')).toEqual([]);
    await fx.denyConsent(['User.ReadBasic.All', 'User.Read.All']);
    await expect(fx.admin.services.meetingService.findStaff('Row')).rejects.toThrow('"User.ReadBasic.All"');
  });
});
