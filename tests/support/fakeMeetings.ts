/**
 * In-memory review meetings, LA requests, meeting service and notifications for component tests (the SharePoint
 * repositories and the Graph services are tested against the emulator). They validate like the real ones, and the
 * fake meeting service follows the real one's rule: a record is Scheduled with an event only when the "Outlook"
 * call succeeded (set `failNext` to see the failure path).
 */
import type { ZodType, ZodTypeDef } from 'zod';
import { DataError, RecordValidationError } from '../../src/data/errors';
import type {
  FreeBusy,
  IEhcRequestRepository,
  IMeetingService,
  INotificationService,
  IReviewMeetingRepository,
  NotificationRequest,
  NotificationResult,
  ReadResult,
  Saved,
  ScheduleMeetingRequest,
  ScheduleMeetingResult,
} from '../../src/data/ports';
import {
  ehcRequestIssues,
  ehcRequestSchema,
  londonToday,
  reviewMeetingSchema,
  type EhcRequest,
  type MeetingAttendee,
  type FailedNotification,
  type NotificationRecord,
  type ReviewMeeting,
} from '../../src/domain';

const ok = <T>(items: T[]): ReadResult<T> => ({ items, problems: [] });

function check<T>(list: string, schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new RecordValidationError(list, undefined, String(issue.path[0] ?? 'record'), issue.message);
}

export class FakeMeetings implements IReviewMeetingRepository {
  public readonly records: Saved<ReviewMeeting>[];
  private nextId = 500;
  // A new ETag on every write (never the "1" every record starts with, as SharePoint never gives an old one back).
  private version = 2;

  public constructor(meetings: ReviewMeeting[] = []) {
    this.records = meetings.map((m, i) => ({ ...check('Pathways Review Meetings', reviewMeetingSchema, m), id: m.id ?? i + 1, etag: '"1"' }));
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<ReviewMeeting>>> {
    return ok(this.records.filter((m) => m.pupilId === pupilId).sort((a, b) => Date.parse(a.start) - Date.parse(b.start)));
  }

  public async since(fromIso: string): Promise<ReadResult<Saved<ReviewMeeting>>> {
    return ok(this.records.filter((m) => Date.parse(m.start) >= Date.parse(fromIso)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start)));
  }

  public async get(id: number): Promise<Saved<ReviewMeeting>> {
    const m = this.records.find((x) => x.id === id);
    if (!m) throw new DataError('not-found', `No meeting ${id}`, 404);
    return m;
  }

  public async create(meeting: ReviewMeeting): Promise<Saved<ReviewMeeting>> {
    const valid = check('Pathways Review Meetings', reviewMeetingSchema, meeting);
    const s = { ...valid, id: this.nextId++, etag: `"${this.version++}"` };
    this.records.push(s);
    return s;
  }

  public async update(id: number, etag: string, meeting: ReviewMeeting): Promise<Saved<ReviewMeeting>> {
    const i = this.records.findIndex((x) => x.id === id);
    if (i < 0) throw new DataError('not-found', `No meeting ${id}`, 404);
    if (this.records[i].etag !== etag) throw new DataError('conflict', 'Someone else changed this meeting.', 412);
    const valid = check('Pathways Review Meetings', reviewMeetingSchema, meeting);
    const s = { ...valid, id, etag: `"${this.version++}"` };
    this.records[i] = s;
    return s;
  }
}

export class FakeEhcRequests implements IEhcRequestRepository {
  public readonly records: Saved<EhcRequest>[];
  private nextId = 800;

  public constructor(requests: EhcRequest[] = [], private readonly now: () => Date = () => new Date()) {
    this.records = requests.map((r, i) => ({ ...r, id: r.id ?? i + 1, etag: '"1"' }));
  }

  public async list(): Promise<ReadResult<Saved<EhcRequest>>> {
    return ok([...this.records]);
  }

  public async forPupil(pupilId: number): Promise<ReadResult<Saved<EhcRequest>>> {
    return ok(this.records.filter((r) => r.pupilId === pupilId));
  }

  public async create(request: EhcRequest): Promise<Saved<EhcRequest>> {
    const s = { ...this.checked(request), id: this.nextId++, etag: '"1"' };
    this.records.push(s);
    return s;
  }

  public async update(id: number, _etag: string, request: EhcRequest): Promise<Saved<EhcRequest>> {
    const i = this.records.findIndex((x) => x.id === id);
    const s = { ...this.checked(request), id, etag: '"2"' };
    this.records[i] = s;
    return s;
  }

  private checked(request: EhcRequest): EhcRequest {
    const record = check('Pathways EHC Requests', ehcRequestSchema, request);
    const issue = ehcRequestIssues(record, londonToday(this.now()))[0];
    if (issue) throw new DataError('invalid-record', `The ${record.kind.toLowerCase()} was not saved: ${issue}.`);
    return record;
  }
}

export class FakeMeetingService implements IMeetingService {
  /** The "Outlook" calls made, in order. */
  public readonly calls: { kind: 'create' | 'patch' | 'cancel'; meetingId: number; attendees?: readonly MeetingAttendee[] }[] = [];
  /** Make the next Graph call fail with this message (a 403 in words, say). */
  public failNext: string | undefined;
  public staff: { name: string; email: string }[] = [];
  public busy: FreeBusy[] = [];
  private events = 0;

  public constructor(
    private readonly meetings: FakeMeetings,
    private readonly now: () => Date,
  ) {}

  private outlook(): void {
    if (this.failNext === undefined) return;
    const message = this.failNext;
    this.failNext = undefined;
    throw new DataError('not-approved', message, 403);
  }

  public async schedule(request: ScheduleMeetingRequest): Promise<ScheduleMeetingResult> {
    const draft: ReviewMeeting = { ...request.meeting, status: 'Draft', eventId: undefined, joinUrl: undefined, chatThreadId: undefined, invitedAt: undefined };
    let saved = request.existing ? await this.meetings.update(request.existing.id, request.existing.etag, draft) : await this.meetings.create(draft);
    try {
      this.outlook();
    } catch (e) {
      return { meeting: saved, invited: false, problem: `${(e as Error).message} The meeting is saved as a draft: nothing was sent.` };
    }
    this.calls.push({ kind: 'create', meetingId: saved.id, attendees: request.meeting.attendees });
    this.events++;
    saved = await this.meetings.update(saved.id, saved.etag, {
      ...saved,
      status: 'Scheduled',
      eventId: `EVT-${this.events}`,
      invitedAt: this.now().toISOString(),
      joinUrl: `https://teams.example.org/l/meetup-join/${this.events}`,
      // As MeetingService reads it as the organiser (onlineMeeting chatInfo.threadId).
      chatThreadId: `19:meeting_fake${this.events}@thread.v2`,
    });
    return { meeting: saved, invited: true };
  }

  public async reschedule(meeting: Saved<ReviewMeeting>, change: { start: string; end: string; attendees?: readonly MeetingAttendee[] }): Promise<Saved<ReviewMeeting>> {
    if (meeting.eventId) {
      this.outlook();
      this.calls.push({ kind: 'patch', meetingId: meeting.id, attendees: change.attendees });
    }
    return this.meetings.update(meeting.id, meeting.etag, { ...meeting, start: change.start, end: change.end, ...(change.attendees ? { attendees: [...change.attendees] } : {}) });
  }

  public async cancel(meeting: Saved<ReviewMeeting>): Promise<Saved<ReviewMeeting>> {
    if (meeting.eventId) {
      this.outlook();
      this.calls.push({ kind: 'cancel', meetingId: meeting.id });
    }
    return this.meetings.update(meeting.id, meeting.etag, { ...meeting, status: 'Cancelled' });
  }

  public async freeBusy(emails: readonly string[]): Promise<FreeBusy[]> {
    return emails.map((email) => this.busy.find((b) => b.email === email) ?? { email, readable: false, busy: [], reason: 'Their calendar cannot be read.' });
  }

  public async findStaff(text: string): Promise<{ name: string; email: string }[]> {
    const t = text.toLowerCase();
    return this.staff.filter((s) => s.name.toLowerCase().startsWith(t) || s.email.startsWith(t));
  }
}

export class FakeNotifications implements INotificationService {
  public readonly log: Saved<NotificationRecord>[] = [];
  public failNext: string | undefined;

  public constructor(records: NotificationRecord[] = []) {
    this.log = records.map((r, i) => ({ ...r, id: r.id ?? i + 1, etag: '"1"' }));
  }

  public async notify(request: NotificationRequest): Promise<NotificationResult> {
    const existing = this.log.find((n) => n.dedupeKey === request.dedupeKey);
    if (existing?.outcome === 'Sent') return { outcome: 'already-sent', record: existing };
    const failed = this.failNext;
    this.failNext = undefined;
    const record: Saved<NotificationRecord> = {
      id: this.log.length + 1,
      etag: '"1"',
      kind: request.kind,
      ...(request.pupilId !== undefined ? { pupilId: request.pupilId } : {}),
      recipients: [...request.to],
      subject: request.subject,
      outcome: failed ? 'Failed' : 'Sent',
      attempts: 1,
      lastAttempt: '2026-11-20T10:00:00.000Z',
      dedupeKey: request.dedupeKey,
      message: request.message,
      linkUrl: request.link,
      ...(failed ? { error: failed } : {}),
    };
    this.log.push(record);
    return failed ? { outcome: 'failed', record, problem: failed } : { outcome: 'sent', record };
  }

  /** As notify, each in turn (the fake has no round trips to save); counts the calls. */
  public async notifyAll(requests: readonly NotificationRequest[]): Promise<PromiseSettledResult<NotificationResult>[]> {
    this.notifyAllCalls++;
    const out: PromiseSettledResult<NotificationResult>[] = [];
    for (const r of requests) out.push(await this.notify(r).then((value) => ({ status: 'fulfilled' as const, value }), (reason: unknown) => ({ status: 'rejected' as const, reason })));
    return out;
  }

  public notifyAllCalls = 0;

  public async retry(id: number): Promise<NotificationResult> {
    const i = this.log.findIndex((n) => n.id === id);
    const record: Saved<NotificationRecord> = { ...this.log[i], outcome: 'Sent', attempts: this.log[i].attempts + 1, error: undefined };
    this.log[i] = record;
    return { outcome: 'sent', record };
  }

  public async recent(): Promise<ReadResult<Saved<NotificationRecord>>> {
    return ok([...this.log].reverse());
  }

  public async failed(): Promise<ReadResult<Saved<FailedNotification>>> {
    return ok(
      [...this.log]
        .reverse()
        .filter((n) => n.outcome === 'Failed')
        .map((n) => ({ id: n.id, etag: n.etag, subject: n.subject, outcome: 'Failed' as const, attempts: n.attempts })),
    );
  }
}
