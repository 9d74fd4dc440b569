/**
 * Review meetings through Microsoft Graph (delegated, as the signed-in member of staff):
 *   schedule     POST /me/events: subject and body without pupil detail, Europe/London times, attendees,
 *                isOnlineMeeting + teamsForBusiness (Teams link), transactionId (a retried create never makes a
 *                second event); the record is saved first (the invitation links back to it), then marked
 *                Scheduled with the event id and join link. If Graph refuses, the record stays a Draft and says
 *                nothing was sent: a record never claims an invitation that was not created.
 *   reschedule   PATCH /me/events/{id} (attendees get the update), then the record
 *   cancel       POST /me/events/{id}/cancel (attendees are told), then the record
 *   freeBusy     POST /me/calendar/getSchedule for people in the tenant; others cannot be read through Graph
 *   findStaff    GET /users (User.ReadBasic.All), members of the tenant only
 * Throttled calls (429, 503, 504) are retried after Retry-After (graphRetry.ts).
 */
import { inviteBodyHtml, inviteSubject, isInvited, type MeetingAttendee, type ReviewMeeting } from '../../../domain';
import { DataError } from '../../errors';
import type {
  FreeBusy,
  IMeetingService,
  IReviewMeetingRepository,
  MeetingPupil,
  ScheduleMeetingRequest,
  ScheduleMeetingResult,
  Saved,
} from '../../ports';
import type { GraphApi } from '../graphApi';
import { toGraphDataError } from '../graphErrors';
import { RetriesExhausted, withGraphRetry, type RetryOptions } from '../graphRetry';
import { fromLondonWallTime, SERVICE_TIME_ZONE, toLondonGraphTime } from '../graphTime';
import { meetingRecordLink } from '../recordLinks';

export const CALENDARS_READ_WRITE = 'Calendars.ReadWrite';
export const USER_READ_BASIC_ALL = 'User.ReadBasic.All';

export interface MeetingServiceOptions {
  readonly graph: GraphApi;
  readonly meetings: IReviewMeetingRepository;
  readonly siteUrl: string;
  readonly serviceName: () => Promise<string>;
  readonly now: () => Date;
  readonly retry?: RetryOptions;
}

interface GraphEvent {
  id?: unknown;
  isCancelled?: unknown;
  onlineMeeting?: { joinUrl?: unknown } | null;
}

interface ScheduleAnswer {
  value?: {
    scheduleId?: string;
    error?: { message?: string; responseCode?: string };
    scheduleItems?: { status?: string; start?: { dateTime?: string }; end?: { dateTime?: string } }[];
  }[];
}

/** A short stable tag of the site, so two Pathways Hub sites in one tenant never share a transactionId. */
function siteTag(siteUrl: string): string {
  let h = 2166136261;
  for (let i = 0; i < siteUrl.length; i++) h = Math.imul(h ^ siteUrl.charCodeAt(i), 16777619) >>> 0;
  return h.toString(36);
}

const toAttendees = (attendees: readonly MeetingAttendee[]): unknown[] =>
  attendees.map((a) => ({ type: 'required', emailAddress: { address: a.email, ...(a.name ? { name: a.name } : {}) } }));

async function call<T>(what: string, permission: string, retry: RetryOptions | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return (await withGraphRetry(run, retry)).value;
  } catch (e) {
    throw toGraphDataError(e instanceof RetriesExhausted ? e.cause : e, what, permission);
  }
}

export class MeetingService implements IMeetingService {
  public constructor(private readonly options: MeetingServiceOptions) {}

  public async schedule(request: ScheduleMeetingRequest): Promise<ScheduleMeetingResult> {
    const { meetings } = this.options;
    if (isInvited(request.meeting))
      throw new DataError('conflict', 'This meeting has already been sent to the attendees: move it or cancel it instead.');
    if (request.meeting.attendees.length === 0)
      throw new DataError('invalid-record', 'Invite at least one person before scheduling the meeting.');
    // 1. The record first, as a Draft without an event: the invitation links back to it.
    const { eventId: _e, joinUrl: _j, invitedAt: _i, ...choices } = request.meeting;
    void _e;
    void _j;
    void _i;
    const draft: ReviewMeeting = { ...choices, status: 'Draft' };
    let saved = request.existing
      ? await meetings.update(request.existing.id, request.existing.etag, draft)
      : await meetings.create(draft, request.pupil.pupilRef);
    // 2. The Outlook event with its Teams link.
    let event: { id: string; joinUrl?: string };
    try {
      event = await this.createEvent(saved, request.pupil, request.location);
    } catch (e) {
      const problem = e instanceof DataError ? e.message : String(e);
      return { meeting: saved, invited: false, problem: `${problem} The meeting is saved as a draft: nothing was sent.` };
    }
    // 3. The record now says what Graph created.
    const booked: ReviewMeeting = {
      ...saved,
      status: 'Scheduled',
      eventId: event.id,
      invitedAt: this.options.now().toISOString(),
      ...(event.joinUrl ? { joinUrl: event.joinUrl } : {}),
    };
    try {
      saved = await meetings.update(saved.id, saved.etag, booked);
    } catch (e) {
      // The event exists; the transactionId makes trying again find it rather than send a second invitation.
      const why = e instanceof Error ? e.message : String(e);
      return {
        meeting: saved,
        invited: false,
        problem: `The invitation was created in Outlook, but the meeting record could not be updated (${why}). Schedule it again to finish: no second invitation will be sent.`,
      };
    }
    return { meeting: saved, invited: true, ...(event.joinUrl ? {} : { problem: 'Outlook created the invitation without a Teams link: add one in Outlook.' }) };
  }

  public async reschedule(
    meeting: Saved<ReviewMeeting>,
    change: { readonly start: string; readonly end: string; readonly attendees?: readonly MeetingAttendee[] },
  ): Promise<Saved<ReviewMeeting>> {
    const next: ReviewMeeting = { ...meeting, start: change.start, end: change.end, ...(change.attendees ? { attendees: [...change.attendees] } : {}) };
    if (Date.parse(next.end) <= Date.parse(next.start)) throw new DataError('invalid-record', 'The meeting must end after it starts.');
    if (isInvited(meeting) && meeting.eventId !== undefined) {
      const id = meeting.eventId;
      const body: Record<string, unknown> = { start: toLondonGraphTime(change.start), end: toLondonGraphTime(change.end) };
      if (change.attendees) body.attendees = toAttendees(change.attendees);
      await call('move the meeting in Outlook', CALENDARS_READ_WRITE, this.options.retry, () =>
        this.options.graph.api(`/me/events/${encodeURIComponent(id)}`).patch(body),
      );
    }
    return this.options.meetings.update(meeting.id, meeting.etag, next);
  }

  public async cancel(meeting: Saved<ReviewMeeting>, comment: string): Promise<Saved<ReviewMeeting>> {
    if (meeting.status === 'Held') throw new DataError('invalid-record', 'A meeting that has been held cannot be cancelled.');
    if (isInvited(meeting) && meeting.eventId !== undefined) {
      const id = meeting.eventId;
      await call('cancel the meeting in Outlook', CALENDARS_READ_WRITE, this.options.retry, () =>
        this.options.graph.api(`/me/events/${encodeURIComponent(id)}/cancel`).post({ comment: comment.trim() || 'This meeting has been cancelled.' }),
      );
    }
    return this.options.meetings.update(meeting.id, meeting.etag, { ...meeting, status: 'Cancelled' });
  }

  public async freeBusy(emails: readonly string[], startIso: string, endIso: string): Promise<FreeBusy[]> {
    const wanted = Array.from(new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== '')));
    if (wanted.length === 0) return [];
    const answer = await call('read the calendars', CALENDARS_READ_WRITE, this.options.retry, () =>
      this.options.graph
        .api('/me/calendar/getSchedule')
        .header('Prefer', `outlook.timezone="${SERVICE_TIME_ZONE}"`)
        .post({
          schedules: wanted,
          startTime: toLondonGraphTime(startIso),
          endTime: toLondonGraphTime(endIso),
          availabilityViewInterval: 15,
        }) as Promise<ScheduleAnswer>,
    );
    const byId = new Map((answer.value ?? []).map((s) => [(s.scheduleId ?? '').toLowerCase(), s]));
    return wanted.map((email) => {
      const s = byId.get(email);
      if (!s || s.error)
        return {
          email,
          readable: false,
          busy: [],
          reason: 'Their calendar cannot be read (they are outside the school’s Microsoft 365): propose a time and ask.',
        };
      const busy = (s.scheduleItems ?? [])
        .filter((i) => i.status !== 'free' && i.start?.dateTime && i.end?.dateTime)
        .map((i) => ({ start: fromLondonWallTime(i.start?.dateTime ?? ''), end: fromLondonWallTime(i.end?.dateTime ?? ''), status: i.status ?? 'busy' }));
      return { email, readable: true, busy };
    });
  }

  public async findStaff(text: string): Promise<{ name: string; email: string }[]> {
    const t = text.trim().replace(/'/g, "''");
    if (t.length < 2) return [];
    const answer = (await call('search the staff directory', USER_READ_BASIC_ALL, this.options.retry, () =>
      this.options.graph
        .api('/users')
        .filter(`startswith(displayName,'${t}') or startswith(mail,'${t}')`)
        .select(['displayName', 'mail', 'userType'])
        .top(15)
        .get(),
    )) as { value?: { displayName?: string; mail?: string | null; userType?: string }[] };
    return (answer.value ?? [])
      .filter((u) => typeof u.mail === 'string' && u.mail !== '' && u.userType !== 'Guest')
      .map((u) => ({ name: u.displayName ?? String(u.mail), email: String(u.mail) }));
  }

  private async createEvent(meeting: Saved<ReviewMeeting>, pupil: MeetingPupil, location: string | undefined): Promise<{ id: string; joinUrl?: string }> {
    const serviceName = await this.options.serviceName();
    const body = {
      subject: inviteSubject(meeting.kind, pupil, serviceName),
      body: { contentType: 'HTML', content: inviteBodyHtml(meeting.kind, pupil, serviceName, meetingRecordLink(this.options.siteUrl, meeting.id)) },
      start: toLondonGraphTime(meeting.start),
      end: toLondonGraphTime(meeting.end),
      ...(location ? { location: { displayName: location } } : {}),
      attendees: toAttendees(meeting.attendees),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: true,
      transactionId: `pathways-${siteTag(this.options.siteUrl)}-meeting-${meeting.id}-${Date.parse(meeting.start)}`,
    };
    const post = (payload: typeof body): Promise<GraphEvent> =>
      call('send the invitation', CALENDARS_READ_WRITE, this.options.retry, () => this.options.graph.api('/me/events').post(payload) as Promise<GraphEvent>);
    let created = await post(body);
    // The same slot booked before and then cancelled: Graph hands back that cancelled event; book a fresh one.
    if (created.isCancelled === true) created = await post({ ...body, transactionId: `${body.transactionId}-${this.options.now().getTime()}` });
    if (typeof created.id !== 'string' || created.id === '') throw new DataError('unknown', 'Outlook did not return the new event.');
    const joinUrl = created.onlineMeeting && typeof created.onlineMeeting.joinUrl === 'string' ? created.onlineMeeting.joinUrl : undefined;
    return { id: created.id, ...(joinUrl ? { joinUrl } : {}) };
  }
}
