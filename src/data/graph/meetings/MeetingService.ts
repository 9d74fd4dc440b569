/**
 * Review meetings through Microsoft Graph (delegated, as the signed-in member of staff):
 *   schedule     POST /me/events: subject and body without pupil detail, Europe/London times, attendees,
 *                isOnlineMeeting + teamsForBusiness (Teams link), transactionId (Graph's documented use: a retried
 *                create never makes a second event; a booking after a cancellation uses a new one, and what comes
 *                back is checked with a GET, never trusted to be live); the record is saved first (the invitation
 *                links back to it), then marked Scheduled with the event id and join link. The link can come later
 *                than the event (or never, without Teams): it is fetched again, a bounded number of times, and
 *                without it the record stays a Draft with a clear message. If Graph refuses, the record stays a
 *                Draft and says nothing was sent: a record never claims an invitation that was not created.
 *                With the link, the meeting's chat: GET /me/onlineMeetings?$filter=JoinWebUrl eq '…' (OnlineMeetings.Read;
 *                only the organiser may look a meeting up by its link, so it is read now, as the organiser, and kept
 *                on the record as chatThreadId for everyone's "Open the meeting chat in Teams"). Without it (not
 *                approved, or Teams slow) the meeting is booked all the same, with no chat link.
 *   reschedule   PATCH /me/events/{id} (attendees get the update), then the record
 *   cancel       POST /me/events/{id}/cancel (attendees are told), then the record
 *   freeBusy     POST /me/calendar/getSchedule for people in the tenant; others cannot be read through Graph
 *   findStaff    GET /users (User.ReadBasic.All), members of the tenant only: guests are told apart by the #EXT# in
 *                their user principal name (userType is not in the basic profile that permission reads)
 * Throttled calls (429, 503, 504) are retried by the Graph client itself (MSGraphClientV3 runs graph-client's
 * RetryHandler, honouring Retry-After): nothing here retries on top of it.
 */
import { inviteBodyHtml, inviteSubject, isInvited, isTeamsThreadId, type MeetingAttendee, type ReviewMeeting } from '../../../domain';
import { DataError, plainErrorText } from '../../errors';
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
import { fromLondonWallTime, SERVICE_TIME_ZONE, toLondonGraphTime } from '../graphTime';
import { homeSchoolPageLink, meetingRecordLink } from '../recordLinks';

export const CALENDARS_READ_WRITE = 'Calendars.ReadWrite';
export const USER_READ_BASIC_ALL = 'User.ReadBasic.All';
export const ONLINE_MEETINGS_READ = 'OnlineMeetings.Read';

export interface MeetingServiceOptions {
  readonly graph: GraphApi;
  readonly meetings: IReviewMeetingRepository;
  readonly siteUrl: string;
  readonly serviceName: () => Promise<string>;
  readonly now: () => Date;
  /** Waits between checks for a Teams link not yet ready; injected so tests need not wait. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Waits before each further check for a Teams link Graph has not made yet (bounded: about 7 s in all). */
const LINK_CHECK_DELAYS_MS = [1000, 2000, 4000];
const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface GraphEvent {
  id?: unknown;
  isCancelled?: unknown;
  isOnlineMeeting?: unknown;
  onlineMeeting?: { joinUrl?: unknown } | null;
}

const joinUrlOf = (e: GraphEvent | undefined): string | undefined =>
  e?.onlineMeeting && typeof e.onlineMeeting.joinUrl === 'string' && e.onlineMeeting.joinUrl !== '' ? e.onlineMeeting.joinUrl : undefined;

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

async function call<T>(what: string, permission: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toGraphDataError(e, what, permission);
  }
}

/**
 * The invitation was, or may have been, created in Outlook but could not be confirmed: Graph's answer to the create
 * was lost (504, a dropped connection), or the event could not be read back. Scheduling the record again finds the
 * same event by its transactionId, so no second invitation is sent; saying "nothing was sent" would be untrue.
 */
class InvitationUnconfirmed extends DataError {
  public constructor(message: string) {
    super('unknown-outcome', message);
    this.name = 'InvitationUnconfirmed';
  }
}

/** A failed create after which Outlook may have acted (its answer lost), unlike a refusal (429, 503, 403, 400). */
const createMayHaveActed = (e: DataError): boolean => e.kind === 'network' || e.kind === 'unknown-outcome' || e.status === 504 || (e.kind === 'unknown' && (e.status === undefined || e.status >= 500));

export class MeetingService implements IMeetingService {
  public constructor(private readonly options: MeetingServiceOptions) {}

  public async schedule(request: ScheduleMeetingRequest): Promise<ScheduleMeetingResult> {
    const { meetings } = this.options;
    if (isInvited(request.meeting) && request.meeting.status !== 'Cancelled')
      throw new DataError('conflict', 'This meeting has already been sent to the attendees: move it or cancel it instead.');
    if (request.meeting.attendees.length === 0)
      throw new DataError('invalid-record', 'Invite at least one person before scheduling the meeting.');
    // An event of an earlier booking of this record (since cancelled): the new booking needs a new transactionId.
    const earlierEvent = request.meeting.eventId;
    // 1. The record first, as a Draft without an event: the invitation links back to it.
    const { eventId: _e, joinUrl: _j, invitedAt: _i, chatThreadId: _t, ...choices } = request.meeting;
    void _e;
    void _j;
    void _i;
    void _t;
    const draft: ReviewMeeting = { ...choices, status: 'Draft' };
    let saved: Saved<ReviewMeeting>;
    try {
      saved = request.existing ? await meetings.update(request.existing.id, request.existing.etag, draft) : await meetings.create(draft, request.pupil.pupilRef);
    } catch (e) {
      // The draft is stored but cannot be read back: nothing was sent, so "saved" alone would mislead. Scheduling
      // again finds the draft by its key (exactlyOnce) rather than adding a second.
      if (e instanceof DataError && e.kind === 'saved-unconfirmed')
        throw new DataError('unknown-outcome', 'The meeting was saved as a draft, but SharePoint is too busy to show it, so no invitation was sent. Schedule it again in a minute: the draft is found, not added twice.');
      throw e;
    }
    // 2. The Outlook event with its Teams link.
    let event: { id: string; joinUrl?: string; online: boolean };
    try {
      event = await this.createEvent(saved, request.pupil, request.location, earlierEvent);
    } catch (e) {
      const problem = e instanceof DataError ? e.message : String(e);
      if (e instanceof InvitationUnconfirmed)
        return { meeting: saved, invited: false, problem: `${problem} The meeting is kept as a draft: schedule it again to finish (no second invitation is sent).` };
      return { meeting: saved, invited: false, problem: `${problem} The meeting is saved as a draft: nothing was sent.` };
    }
    // Never Scheduled without its Teams link: the panel in the meeting finds its review by that link.
    if (!event.joinUrl) {
      return {
        meeting: saved,
        invited: false,
        problem: event.online
          ? 'Outlook sent the invitation, but Teams has not given it a meeting link yet. The meeting is kept as a draft: send it again in a minute to pick up the link (no second invitation is sent).'
          : 'Outlook sent the invitation without a Teams meeting (Teams may not be available for your account). The meeting is kept as a draft: add a Teams meeting to the invitation in Outlook, or ask your administrator about Teams.',
      };
    }
    // 3. The record now says what Graph created, with the meeting chat when it can be read.
    const chatThreadId = await this.chatThreadId(event.joinUrl);
    const booked: ReviewMeeting = {
      ...saved,
      status: 'Scheduled',
      eventId: event.id,
      invitedAt: this.options.now().toISOString(),
      joinUrl: event.joinUrl,
      ...(chatThreadId ? { chatThreadId } : {}),
    };
    try {
      saved = await meetings.update(saved.id, saved.etag, booked);
    } catch (e) {
      // The event exists; the transactionId makes trying again find it rather than send a second invitation.
      const why = plainErrorText(e);
      return {
        meeting: saved,
        invited: false,
        problem: `The invitation was created in Outlook, but the meeting record could not be updated (${why}). Schedule it again to finish: no second invitation will be sent.`,
      };
    }
    return { meeting: saved, invited: true };
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
      await call('move the meeting in Outlook', CALENDARS_READ_WRITE, () =>
        this.options.graph.api(`/me/events/${encodeURIComponent(id)}`).patch(body),
      );
    }
    return this.options.meetings.update(meeting.id, meeting.etag, next);
  }

  public async cancel(meeting: Saved<ReviewMeeting>, comment: string): Promise<Saved<ReviewMeeting>> {
    if (meeting.status === 'Held') throw new DataError('invalid-record', 'A meeting that has been held cannot be cancelled.');
    if (isInvited(meeting) && meeting.eventId !== undefined) {
      const id = meeting.eventId;
      await call('cancel the meeting in Outlook', CALENDARS_READ_WRITE, () =>
        this.options.graph.api(`/me/events/${encodeURIComponent(id)}/cancel`).post({ comment: comment.trim() || 'This meeting has been cancelled.' }),
      );
    }
    return this.options.meetings.update(meeting.id, meeting.etag, { ...meeting, status: 'Cancelled' });
  }

  public async freeBusy(emails: readonly string[], startIso: string, endIso: string): Promise<FreeBusy[]> {
    const wanted = Array.from(new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== '')));
    if (wanted.length === 0) return [];
    const answer = await call('read the calendars', CALENDARS_READ_WRITE, () =>
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
    const answer = (await call('search the staff directory', USER_READ_BASIC_ALL, () =>
      this.options.graph
        .api('/users')
        .filter(`startswith(displayName,'${t}') or startswith(mail,'${t}')`)
        .select(['displayName', 'mail', 'userPrincipalName'])
        .top(15)
        .get(),
    )) as { value?: { displayName?: string; mail?: string | null; userPrincipalName?: string }[] };
    // A guest's user principal name is <address with _ for @>#EXT#@<tenant>; members' never holds #EXT#.
    return (answer.value ?? [])
      .filter((u) => typeof u.mail === 'string' && u.mail !== '' && typeof u.userPrincipalName === 'string' && !/#EXT#/i.test(u.userPrincipalName))
      .map((u) => ({ name: u.displayName ?? String(u.mail), email: String(u.mail) }));
  }

  private async createEvent(
    meeting: Saved<ReviewMeeting>,
    pupil: MeetingPupil,
    location: string | undefined,
    earlierEvent: string | undefined,
  ): Promise<{ id: string; joinUrl?: string; online: boolean }> {
    const serviceName = await this.options.serviceName();
    const body = {
      subject: inviteSubject(meeting.kind, pupil, serviceName),
      body: { contentType: 'HTML', content: inviteBodyHtml(meeting.kind, pupil, serviceName, {
          record: meetingRecordLink(this.options.siteUrl, meeting.id),
          homeSchool: homeSchoolPageLink(this.options.siteUrl),
        }) },
      start: toLondonGraphTime(meeting.start),
      end: toLondonGraphTime(meeting.end),
      ...(location ? { location: { displayName: location } } : {}),
      attendees: toAttendees(meeting.attendees),
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      allowNewTimeProposals: true,
      // Graph documents transactionId only as making a retried create (the same request again) create nothing. So it
      // names this booking: the record, its start, and the event of any earlier booking since cancelled.
      transactionId: `pathways-${siteTag(this.options.siteUrl)}-meeting-${meeting.id}-${Date.parse(meeting.start)}${earlierEvent ? `-after-${siteTag(earlierEvent)}` : ''}`,
    };
    const post = async (payload: typeof body): Promise<string> => {
      let created: GraphEvent;
      try {
        created = await call('send the invitation', CALENDARS_READ_WRITE, () => this.options.graph.api('/me/events').post(payload) as Promise<GraphEvent>);
      } catch (e) {
        const error = toGraphDataError(e, 'send the invitation', CALENDARS_READ_WRITE);
        if (createMayHaveActed(error))
          throw new InvitationUnconfirmed('Outlook may have sent the invitation: Microsoft 365 did not answer.');
        throw error;
      }
      if (typeof created.id !== 'string' || created.id === '') throw new DataError('unknown', 'Outlook did not return the new event.');
      return created.id;
    };
    /** The event just created, read back: when that fails, it exists all the same. */
    const readBack = async (eventId: string): Promise<GraphEvent | undefined> => {
      try {
        return await this.readEvent(eventId);
      } catch {
        throw new InvitationUnconfirmed('The invitation was created in Outlook, but Microsoft 365 was too busy to show it.');
      }
    };
    let id = await post(body);
    // What came back is read again, never trusted: it must be in the calendar and not cancelled (a cancelled event
    // is moved to Deleted Items), and it carries the Teams link once Teams has made it.
    let live = await readBack(id);
    if (!live) {
      id = await post({ ...body, transactionId: `${body.transactionId}-${this.options.now().getTime()}` });
      live = await readBack(id);
      if (!live) throw new DataError('unknown', 'Outlook did not keep the new event in your calendar.');
    }
    let joinUrl = joinUrlOf(live);
    const online = live.isOnlineMeeting === true;
    const sleep = this.options.sleep ?? defaultSleep;
    for (const delay of LINK_CHECK_DELAYS_MS) {
      if (joinUrl || !online) break;
      await sleep(delay);
      joinUrl = joinUrlOf(await readBack(id));
    }
    return { id, online, ...(joinUrl ? { joinUrl } : {}) };
  }

  /**
   * The Teams meeting chat's thread id, looked up by the join URL as the organiser (the docs: the join URL in the
   * filter "must be URL encoded"). Undefined when it cannot be read (the permission not approved, Teams not ready,
   * an answer not of the documented form): the booking never fails for it.
   */
  private async chatThreadId(joinUrl: string): Promise<string | undefined> {
    try {
      const answer = (await this.options.graph
        .api('/me/onlineMeetings')
        .filter(`JoinWebUrl eq '${encodeURIComponent(joinUrl).replace(/'/g, "''")}'`)
        .get()) as { value?: { chatInfo?: { threadId?: unknown } | null }[] };
      const id = answer.value?.length === 1 ? answer.value[0].chatInfo?.threadId : undefined;
      return typeof id === 'string' && isTeamsThreadId(id) ? id : undefined;
    } catch {
      return undefined;
    }
  }

  /** The organiser's event, or undefined when it is not (or no longer) in the calendar. */
  private async readEvent(id: string): Promise<GraphEvent | undefined> {
    try {
      const event = (await this.options.graph.api(`/me/events/${encodeURIComponent(id)}`).select(['id', 'isCancelled', 'isOnlineMeeting', 'onlineMeeting']).get()) as GraphEvent;
      return event.isCancelled === true ? undefined : event;
    } catch (e) {
      const error = toGraphDataError(e, 'read the invitation back', CALENDARS_READ_WRITE);
      if (error.kind === 'not-found') return undefined;
      throw error;
    }
  }
}
