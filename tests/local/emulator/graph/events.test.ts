import type { Client } from '@microsoft/microsoft-graph-client';
import { createLocalGraphClient } from '../../../../local/graphClient';
import { PARENT_EMAIL, PEOPLE, startHarness, type Harness } from './support/harness';
import { clearOutbox, outbox } from './support/outboxApi';

interface GraphEvent {
  id: string;
  iCalUId: string;
  webLink: string;
  subject: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  attendees: Array<{ type: string; status: { response: string }; emailAddress: { address: string; name: string } }>;
  organizer: { emailAddress: { address: string; name: string } };
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  onlineMeeting: { joinUrl: string } | null;
  createdDateTime: string;
  isCancelled: boolean;
  transactionId: string | null;
  body: { contentType: string; content: string };
}

let h: Harness;
let client: Client;

function reviewMeeting(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'PIP review — Year 9 pupil',
    body: { contentType: 'HTML', content: '<p>Six-week review of the Phased Integration Plan.</p>' },
    start: { dateTime: '2025-06-10T10:30:00', timeZone: 'Europe/London' },
    end: { dateTime: '2025-06-10T11:30:00', timeZone: 'Europe/London' },
    location: { displayName: 'Room 4, Pathways Centre' },
    attendees: [
      { emailAddress: { address: PEOPLE.homeSchool.email, name: PEOPLE.homeSchool.displayName }, type: 'required' },
      { emailAddress: { address: PEOPLE.senco.email, name: PEOPLE.senco.displayName }, type: 'required' },
      { emailAddress: { address: PARENT_EMAIL, name: 'Theo Marsh' }, type: 'optional' },
    ],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    allowNewTimeProposals: false,
    ...overrides,
  };
}

beforeAll(async () => {
  h = await startHarness();
  client = createLocalGraphClient(h.origin, PEOPLE.organiser.email);
});
afterAll(() => h.close());
beforeEach(() => clearOutbox(h));

describe('events through graph-client', () => {
  it('creates a meeting with a Teams link (201) and sends invitations', async () => {
    const ev = (await client.api('/me/events').post(reviewMeeting({ transactionId: 'create-1' }))) as GraphEvent;
    expect(ev.id).toMatch(/^AAMk/);
    expect(ev.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
    expect(ev.webLink).toContain(encodeURIComponent(ev.id));
    expect(ev.subject).toBe('PIP review — Year 9 pupil');
    expect(ev.start).toEqual({ dateTime: '2025-06-10T10:30:00.0000000', timeZone: 'Europe/London' });
    expect(ev.attendees).toHaveLength(3);
    expect(ev.attendees.every((a) => a.status.response === 'none')).toBe(true);
    expect(ev.organizer.emailAddress).toEqual({ name: 'Rowan Pike', address: PEOPLE.organiser.email });
    expect(ev.isOnlineMeeting).toBe(true);
    expect(ev.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(ev.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_[A-Za-z0-9_-]{48}%40thread\.v2\/0\?context=/);
    expect(ev.body.content).toContain(ev.onlineMeeting?.joinUrl.replace(/&/g, '&amp;'));
    expect(Date.parse(ev.createdDateTime)).not.toBeNaN();

    const sent = await outbox(h);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: 'invite',
      from: PEOPLE.organiser.email,
      to: [PEOPLE.homeSchool.email, PEOPLE.senco.email],
      cc: [PARENT_EMAIL],
      subject: 'PIP review — Year 9 pupil',
      start: '2025-06-10T09:30:00.000Z',
      end: '2025-06-10T10:30:00.000Z',
      joinUrl: ev.onlineMeeting?.joinUrl,
      eventId: ev.id,
    });
    expect(sent[0].bodyPreview).toContain('Six-week review');
  });

  it('each meeting gets its own join URL', async () => {
    const a = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    const b = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    expect(a.onlineMeeting?.joinUrl).not.toBe(b.onlineMeeting?.joinUrl);
    expect(a.id).not.toBe(b.id);
  });

  it('a second POST with the same transactionId returns the existing event and sends nothing', async () => {
    const first = (await client.api('/me/events').post(reviewMeeting({ transactionId: 'review-2025-06-10-pupil-17' }))) as GraphEvent;
    const again = (await client.api('/me/events').post(reviewMeeting({ transactionId: 'review-2025-06-10-pupil-17', subject: 'retry' }))) as GraphEvent;
    expect(again.id).toBe(first.id);
    expect(again.subject).toBe(first.subject);
    expect(again.onlineMeeting?.joinUrl).toBe(first.onlineMeeting?.joinUrl);
    expect((await outbox(h)).filter((r) => r.kind === 'invite')).toHaveLength(1);
    // transactionId is per organiser
    const other = createLocalGraphClient(h.origin, PEOPLE.senco.email);
    const theirs = (await other.api('/me/events').post(reviewMeeting({ transactionId: 'review-2025-06-10-pupil-17' }))) as GraphEvent;
    expect(theirs.id).not.toBe(first.id);
  });

  it('GET /me/events/{id} returns UTC by default and the Prefer outlook.timezone zone when asked', async () => {
    const created = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    const utc = (await client.api(`/me/events/${created.id}`).get()) as GraphEvent;
    expect(utc.start).toEqual({ dateTime: '2025-06-10T09:30:00.0000000', timeZone: 'UTC' });
    const london = (await client.api(`/me/events/${created.id}`).header('Prefer', 'outlook.timezone="GMT Standard Time"').get()) as GraphEvent;
    expect(london.start).toEqual({ dateTime: '2025-06-10T10:30:00.0000000', timeZone: 'GMT Standard Time' });
    // someone else's event is not in my mailbox
    const other = createLocalGraphClient(h.origin, PEOPLE.senco.email);
    await expect(other.api(`/me/events/${created.id}`).get()).rejects.toMatchObject({ statusCode: 404, code: 'ErrorItemNotFound' });
  });

  it('lists events with $filter, $select and $orderby', async () => {
    const mine = createLocalGraphClient(h.origin, PEOPLE.colleague.email);
    await mine.api('/me/events').post(reviewMeeting({ subject: 'Later', start: { dateTime: '2025-07-01T09:00:00', timeZone: 'GMT Standard Time' }, end: { dateTime: '2025-07-01T10:00:00', timeZone: 'GMT Standard Time' } }));
    await mine.api('/me/events').post(reviewMeeting({ subject: 'Earlier' }));
    const all = (await mine.api('/me/events').select('subject,start').orderby('start/dateTime').get()) as { value: Array<Record<string, unknown>> };
    expect(all.value.map((e) => e.subject)).toEqual(['Earlier', 'Later']);
    expect(Object.keys(all.value[0]).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
    const filtered = (await mine.api('/me/events').filter("start/dateTime ge '2025-06-30T00:00:00' and isCancelled eq false").get()) as { value: GraphEvent[] };
    expect(filtered.value.map((e) => e.subject)).toEqual(['Later']);
  });

  it('PATCH reschedules (200 with the updated event) and sends an update with a higher SEQUENCE', async () => {
    const created = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    const moved = (await client.api(`/me/events/${created.id}`).patch({
      start: { dateTime: '2025-06-12T14:00:00', timeZone: 'Europe/London' },
      end: { dateTime: '2025-06-12T15:00:00', timeZone: 'Europe/London' },
    })) as GraphEvent;
    expect(moved.id).toBe(created.id);
    expect(moved.start).toEqual({ dateTime: '2025-06-12T14:00:00.0000000', timeZone: 'Europe/London' });
    expect(moved.onlineMeeting?.joinUrl).toBe(created.onlineMeeting?.joinUrl);
    const [update, invite] = await outbox(h);
    expect(invite.kind).toBe('invite');
    expect(update).toMatchObject({ kind: 'invite-update', start: '2025-06-12T13:00:00.000Z', eventId: created.id, sequence: 1 });
    expect(invite.sequence).toBe(0);
  });

  it('PATCH that removes an attendee sends them a cancellation', async () => {
    const created = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    await client.api(`/me/events/${created.id}`).patch({
      attendees: [{ emailAddress: { address: PEOPLE.homeSchool.email, name: PEOPLE.homeSchool.displayName }, type: 'required' }],
    });
    const sent = await outbox(h);
    expect(sent.map((r) => r.kind)).toEqual(['invite-update', 'cancellation', 'invite']);
    expect(sent[1].to).toEqual([PEOPLE.senco.email]);
    expect(sent[1].cc).toEqual([PARENT_EMAIL]);
  });

  it('POST /cancel answers 202 with no body, moves the event out of the calendar (Deleted Items) and notifies attendees', async () => {
    const created = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    const result: unknown = await client.api(`/me/events/${created.id}/cancel`).post({ comment: 'The pupil is unwell; we will rearrange.' });
    expect(result === undefined || result === null || typeof result === 'object').toBe(true);
    // learn.microsoft.com/graph/api/event-cancel: "The action moves the event to the Deleted Items folder."
    await expect(client.api(`/me/events/${created.id}`).get()).rejects.toMatchObject({ statusCode: 404 });
    expect(((await client.api('/me/events').get()) as { value: GraphEvent[] }).value.map((e) => e.id)).not.toContain(created.id);
    const [cancellation] = await outbox(h);
    expect(cancellation).toMatchObject({
      kind: 'cancellation',
      subject: 'Canceled: PIP review — Year 9 pupil',
      to: [PEOPLE.homeSchool.email, PEOPLE.senco.email],
      cc: [PARENT_EMAIL],
      sequence: 1,
    });
    expect(cancellation.body).toContain('The pupil is unwell');
    await expect(client.api(`/me/events/${created.id}`).patch({ subject: 'x' })).rejects.toMatchObject({ statusCode: 404 });

    const raw = await h.raw(`/graph/v1.0/me/events/${encodeURIComponent(created.id)}/cancel`, { method: 'POST', as: PEOPLE.organiser.email, body: '{}' });
    expect(raw.status).toBe(404); // no longer in the calendar
  });

  it('a repeated transactionId creates nothing and answers as the create did, even once that event was cancelled', async () => {
    const first = (await client.api('/me/events').post(reviewMeeting({ transactionId: 'repeat-1' }))) as GraphEvent;
    const again = (await client.api('/me/events').post(reviewMeeting({ transactionId: 'repeat-1' }))) as GraphEvent;
    expect(again.id).toBe(first.id);
    await client.api(`/me/events/${first.id}/cancel`).post({});
    const afterCancel = (await client.api('/me/events').post(reviewMeeting({ transactionId: 'repeat-1' }))) as GraphEvent;
    // Graph does not document this case: nothing usable comes back (the id is no longer in the calendar).
    expect(afterCancel.id).toBe(first.id);
    expect(afterCancel.isCancelled).toBe(false);
    await expect(client.api(`/me/events/${afterCancel.id}`).get()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('can create an online meeting whose Teams link comes later, or none at all (on demand)', async () => {
    const policy = (mode: string, readyAfterGets?: number) =>
      h.raw('/_emulator/graph-teams', { method: 'POST', body: JSON.stringify({ mode, ...(readyAfterGets !== undefined ? { readyAfterGets } : {}) }) });
    expect((await policy('delayed', 2)).status).toBe(200);
    const delayed = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    expect(delayed.isOnlineMeeting).toBe(true);
    expect(delayed.onlineMeeting).toBeNull();
    expect(((await client.api(`/me/events/${delayed.id}`).get()) as GraphEvent).onlineMeeting).toBeNull();
    expect(((await client.api(`/me/events/${delayed.id}`).get()) as GraphEvent).onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    await policy('unavailable');
    const none = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    expect(none).toMatchObject({ isOnlineMeeting: false, onlineMeeting: null });
    expect(((await client.api(`/me/events/${none.id}`).get()) as GraphEvent).onlineMeeting).toBeNull();
    await policy('ready');
  });

  it('DELETE answers 204, sends a cancellation for a live meeting, then 404', async () => {
    const created = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    await client.api(`/me/events/${created.id}`).delete();
    expect((await outbox(h))[0].kind).toBe('cancellation');
    await expect(client.api(`/me/events/${created.id}`).get()).rejects.toMatchObject({ statusCode: 404 });
    const raw = await h.raw(`/graph/v1.0/me/calendar/events/${encodeURIComponent(created.id)}`, { method: 'DELETE', as: PEOPLE.organiser.email });
    expect(raw.status).toBe(404);
  });

  it.each([
    ['no start', { start: undefined }, 'ErrorInvalidRequest'],
    ['no end', { end: undefined }, 'ErrorInvalidRequest'],
    ['end before start', { end: { dateTime: '2025-06-10T09:00:00', timeZone: 'Europe/London' } }, 'ErrorInvalidRequest'],
    ['unknown time zone', { start: { dateTime: '2025-06-10T10:30:00', timeZone: 'Mars/Olympus' } }, 'TimeZoneNotSupportedException'],
    ['a misspelt property', { isOnlineMeting: true }, 'RequestBodyRead'],
    ['a bad attendee address', { attendees: [{ emailAddress: { address: 'not-an-address' } }] }, 'ErrorInvalidRecipients'],
    ['a bad enum', { onlineMeetingProvider: 'zoom' }, 'RequestBodyRead'],
  ])('rejects an event with %s (400, Graph error shape)', async (_name, overrides, code) => {
    const body = reviewMeeting(overrides);
    for (const [k, v] of Object.entries(overrides)) if (v === undefined) delete body[k];
    await expect(client.api('/me/events').post(body)).rejects.toMatchObject({ statusCode: 400, code });
    const raw = await h.raw('/graph/v1.0/me/events', { method: 'POST', as: PEOPLE.organiser.email, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await raw.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe(code);
    expect(typeof json.error.message).toBe('string');
    expect(await outbox(h)).toEqual([]);
  });

  it('rejects PATCH that would end before it starts', async () => {
    const created = (await client.api('/me/events').post(reviewMeeting())) as GraphEvent;
    await expect(
      client.api(`/me/events/${created.id}`).patch({ end: { dateTime: '2025-06-10T08:00:00', timeZone: 'Europe/London' } }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'ErrorInvalidRequest' });
  });
});

describe('the online meeting of an event, by its join URL (GET /me/onlineMeetings?$filter=JoinWebUrl eq …)', () => {
  const byJoinUrl = (c: Client, filterValue: string) => c.api('/me/onlineMeetings').filter(`JoinWebUrl eq '${filterValue}'`).get() as Promise<{ value: { joinWebUrl: string; chatInfo: { threadId: string } }[] }>;

  it('gives the organiser its chat thread id, the one the join URL carries; the URL must be sent URL-encoded', async () => {
    const ev = (await client.api('/me/events').post(reviewMeeting({ transactionId: 'online-meeting-1' }))) as GraphEvent;
    const joinUrl = ev.onlineMeeting?.joinUrl ?? '';
    const found = await byJoinUrl(client, encodeURIComponent(joinUrl));
    expect(found.value).toHaveLength(1);
    expect(found.value[0].joinWebUrl).toBe(joinUrl);
    expect(found.value[0].chatInfo.threadId).toMatch(/^19:meeting_[A-Za-z0-9_-]{48}@thread\.v2$/);
    expect(decodeURIComponent(joinUrl)).toContain(`/meetup-join/${found.value[0].chatInfo.threadId}/`);
    // Sent unencoded, its own %-escapes are decoded away with the query: nothing matches.
    await expect(byJoinUrl(client, joinUrl).then((r) => r.value)).resolves.toEqual([]);
  });

  it('refuses an attendee (403, as reported for meetings organised by someone else) and a filter on anything else (400)', async () => {
    const ev = (await client.api('/me/events').post(reviewMeeting({ transactionId: 'online-meeting-2' }))) as GraphEvent;
    const attendee = createLocalGraphClient(h.origin, PEOPLE.senco.email);
    await expect(byJoinUrl(attendee, encodeURIComponent(ev.onlineMeeting?.joinUrl ?? ''))).rejects.toMatchObject({ statusCode: 403 });
    await expect(client.api('/me/onlineMeetings').filter("subject eq 'PIP review'").get()).rejects.toMatchObject({ statusCode: 400 });
    await expect(client.api('/me/onlineMeetings').get()).rejects.toMatchObject({ statusCode: 400 });
  });
});
