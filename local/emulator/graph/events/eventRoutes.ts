/**
 * /me/events: list ($filter/$select/$orderby/$top), create (Teams link, transactionId idempotency), get,
 * PATCH (reschedule), POST /cancel, DELETE. Only the organizer's own events are addressable.
 */
import type { RouteResponse } from '../../contracts';
import type { GraphCall } from '../graphCall';
import { GRAPH_CONTEXT_BASE, graphEmpty, graphError, graphJson, header, readJsonObject } from '../http';
import { newChangeKey, newEventId, newICalUId } from '../ids';
import { queryCollection } from '../odataQuery';
import { preferredZone } from '../timeZones';
import { parseEventInput, validateTimes } from './eventInput';
import type { EventPatch, StoredEvent } from './eventTypes';
import { toGraphEvent } from './eventView';
import { sendCancellation, sendInvitation } from './meetingNotices';
import { appendTeamsBlock, newConferenceId, newTeamsMeeting } from './teamsLink';

function notFound(call: GraphCall): RouteResponse {
  return graphError(call.req.headers, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
}

/**
 * The organiser's own event, still in the calendar. A cancelled event is not: Graph's cancel "moves the event to
 * the Deleted Items folder" (learn.microsoft.com/graph/api/event-cancel), so it is no longer found there.
 */
function ownEvent(call: GraphCall, id: string): StoredEvent | undefined {
  const event = call.services.events.get(id);
  return event && event.ownerAadId === call.user.aadId && !event.isCancelled ? event : undefined;
}

function prefer(call: GraphCall): string | undefined {
  return preferredZone(header(call.req.headers, 'prefer'));
}

function addTeamsMeeting(call: GraphCall, e: StoredEvent): void {
  if (!e.isOnlineMeeting || e.onlineMeetingProvider !== 'teamsForBusiness' || e.joinUrl) return;
  const meeting = newTeamsMeeting(call.services.tenant().tenantId, call.user.aadId);
  e.joinUrl = meeting.joinUrl;
  e.chatThreadId = meeting.chatThreadId;
  e.conferenceId = newConferenceId();
  e.body = { ...e.body, content: appendTeamsBlock(e.body.content, e.body.contentType, e.joinUrl, e.conferenceId) };
}

/** A delayed Teams link is made once the event has been read the configured number of times. */
function linkWhenReady(call: GraphCall, event: StoredEvent): StoredEvent {
  if (event.teamsLinkAfterGets === undefined) return event;
  const left = event.teamsLinkAfterGets - 1;
  const next: StoredEvent = { ...event, teamsLinkAfterGets: left };
  if (left <= 0) {
    delete next.teamsLinkAfterGets;
    addTeamsMeeting(call, next);
  }
  call.services.events.update(next);
  return next;
}

export function listEvents(call: GraphCall): RouteResponse {
  const zone = prefer(call) ?? 'UTC';
  const items = call.services.events.listByOwner(call.user.aadId).filter((e) => !e.isCancelled).map((e) => {
    const { ['@odata.context']: _context, ...rest } = toGraphEvent(e, call.user.aadId, zone);
    void _context;
    return rest;
  });
  const result = queryCollection(items, call.query, `${GRAPH_CONTEXT_BASE}#users('${call.user.aadId}')/events`, {
    defaultTop: 10,
    maxTop: 1000,
    selfUrl: call.selfUrl,
  });
  if (!result.ok) return graphError(call.req.headers, 400, 'ErrorInvalidUrlQueryFilter', result.message);
  return graphJson(call.req.headers, 200, result.body);
}

export function getEvent(call: GraphCall, id: string): RouteResponse {
  const found = ownEvent(call, id);
  if (!found) return notFound(call);
  const event = linkWhenReady(call, found);
  const body = toGraphEvent(event, call.user.aadId, prefer(call) ?? 'UTC');
  const select = call.query.get('$select');
  if (select) {
    const wanted = new Set(select.split(',').map((s) => s.trim().toLowerCase()));
    for (const key of Object.keys(body)) {
      if (key !== 'id' && !key.startsWith('@odata') && !wanted.has(key.toLowerCase())) delete body[key];
    }
  }
  return graphJson(call.req.headers, 200, body);
}

export function createEvent(call: GraphCall): RouteResponse {
  const read = readJsonObject(call.req.headers, call.req.body);
  if (!read.ok) return read.response;
  const parsed = parseEventInput(read.value, 'create');
  if (!parsed.ok) return graphError(call.req.headers, 400, parsed.code, parsed.message);
  const p = parsed.patch;
  const { events, outbox } = call.services;

  // transactionId: Graph documents only that it lets "the server avoid redundant POST operations in case of client
  // retries to create the same event". So a repeat creates nothing and answers as the create did; what Graph does
  // for a transactionId whose event was cancelled since is not documented, and the emulator gives nothing usable:
  // the original answer, with an id no longer in the calendar.
  if (p.transactionId) {
    const existing = events.findByTransaction(call.user.aadId, p.transactionId);
    if (existing) return graphJson(call.req.headers, 201, toGraphEvent({ ...existing, isCancelled: false }, call.user.aadId, prefer(call)));
  }
  const start = p.start;
  const end = p.end;
  if (!start || !end) return graphError(call.req.headers, 400, 'ErrorInvalidRequest', 'The start and end times are required.');
  const isAllDay = p.isAllDay ?? false;
  const timeError = validateTimes(start.utc, end.utc, start.timeZone, end.timeZone, isAllDay);
  if (timeError && !timeError.ok) return graphError(call.req.headers, 400, timeError.code, timeError.message);

  const now = new Date().toISOString();
  const isOnlineMeeting = p.isOnlineMeeting ?? false;
  const event: StoredEvent = {
    id: newEventId(),
    iCalUId: newICalUId(),
    changeKey: newChangeKey(),
    ownerAadId: call.user.aadId,
    transactionId: p.transactionId ?? null,
    organizer: { name: call.user.displayName, address: call.user.email },
    subject: p.subject ?? '',
    body: p.body ?? { contentType: 'html', content: '' },
    start: start.utc.toISOString(),
    end: end.utc.toISOString(),
    startTimeZone: start.timeZone,
    endTimeZone: end.timeZone,
    isAllDay,
    attendees: p.attendees ?? [],
    location: p.location ?? { displayName: '', locationType: 'default', uniqueIdType: 'unknown' },
    isOnlineMeeting,
    // Tenants default online meetings to Teams; without isOnlineMeeting Graph reports 'unknown'.
    onlineMeetingProvider: p.onlineMeetingProvider ?? (isOnlineMeeting ? 'teamsForBusiness' : 'unknown'),
    joinUrl: null,
    conferenceId: null,
    allowNewTimeProposals: p.allowNewTimeProposals ?? true,
    isCancelled: false,
    sequence: 0,
    showAs: p.showAs ?? 'busy',
    importance: p.importance ?? 'normal',
    sensitivity: p.sensitivity ?? 'normal',
    isReminderOn: p.isReminderOn ?? true,
    reminderMinutesBeforeStart: p.reminderMinutesBeforeStart ?? 15,
    categories: p.categories ?? [],
    responseRequested: p.responseRequested ?? true,
    hideAttendees: p.hideAttendees ?? false,
    createdDateTime: now,
    lastModifiedDateTime: now,
  };
  const policy = call.services.teamsLinks;
  if (policy.mode === 'unavailable' && event.isOnlineMeeting) {
    event.isOnlineMeeting = false;
    event.onlineMeetingProvider = 'unknown';
  } else if (policy.mode === 'delayed' && event.isOnlineMeeting && event.onlineMeetingProvider === 'teamsForBusiness' && policy.readyAfterGets > 0) {
    event.teamsLinkAfterGets = policy.readyAfterGets;
  } else addTeamsMeeting(call, event);
  events.insert(event);
  sendInvitation(outbox, event, 'invite');
  const location = `${call.selfUrl.origin}${call.selfUrl.pathname.replace(/\/$/, '')}/${encodeURIComponent(event.id)}`;
  return graphJson(call.req.headers, 201, toGraphEvent(event, call.user.aadId, prefer(call)), { Location: location });
}

/** Properties whose change makes Exchange send attendees an updated meeting request. */
function isMeetingChange(p: EventPatch): boolean {
  return (
    p.start !== undefined ||
    p.end !== undefined ||
    p.subject !== undefined ||
    p.body !== undefined ||
    p.location !== undefined ||
    p.attendees !== undefined ||
    p.isOnlineMeeting !== undefined ||
    p.isAllDay !== undefined
  );
}

function applyPatch(e: StoredEvent, p: EventPatch): StoredEvent {
  const next: StoredEvent = { ...e };
  if (p.subject !== undefined) next.subject = p.subject;
  if (p.body !== undefined) next.body = p.body;
  if (p.start) {
    next.start = p.start.utc.toISOString();
    next.startTimeZone = p.start.timeZone;
  }
  if (p.end) {
    next.end = p.end.utc.toISOString();
    next.endTimeZone = p.end.timeZone;
  }
  if (p.isAllDay !== undefined) next.isAllDay = p.isAllDay;
  if (p.attendees !== undefined) next.attendees = p.attendees;
  if (p.location !== undefined) next.location = p.location;
  if (p.isOnlineMeeting !== undefined) next.isOnlineMeeting = p.isOnlineMeeting || e.isOnlineMeeting;
  if (p.onlineMeetingProvider !== undefined) next.onlineMeetingProvider = p.onlineMeetingProvider;
  else if (p.isOnlineMeeting && e.onlineMeetingProvider === 'unknown') next.onlineMeetingProvider = 'teamsForBusiness';
  if (p.allowNewTimeProposals !== undefined) next.allowNewTimeProposals = p.allowNewTimeProposals;
  if (p.showAs !== undefined) next.showAs = p.showAs;
  if (p.importance !== undefined) next.importance = p.importance;
  if (p.sensitivity !== undefined) next.sensitivity = p.sensitivity;
  if (p.isReminderOn !== undefined) next.isReminderOn = p.isReminderOn;
  if (p.reminderMinutesBeforeStart !== undefined) next.reminderMinutesBeforeStart = p.reminderMinutesBeforeStart;
  if (p.categories !== undefined) next.categories = p.categories;
  if (p.responseRequested !== undefined) next.responseRequested = p.responseRequested;
  if (p.hideAttendees !== undefined) next.hideAttendees = p.hideAttendees;
  return next;
}

export function updateEvent(call: GraphCall, id: string): RouteResponse {
  const event = ownEvent(call, id);
  if (!event) return notFound(call);
  const read = readJsonObject(call.req.headers, call.req.body);
  if (!read.ok) return read.response;
  const parsed = parseEventInput(read.value, 'update');
  if (!parsed.ok) return graphError(call.req.headers, 400, parsed.code, parsed.message);
  const p = parsed.patch;
  const next = applyPatch(event, p);
  const timeError = validateTimes(new Date(next.start), new Date(next.end), next.startTimeZone, next.endTimeZone, next.isAllDay);
  if (timeError && !timeError.ok) return graphError(call.req.headers, 400, timeError.code, timeError.message);
  addTeamsMeeting(call, next);
  next.changeKey = newChangeKey();
  next.lastModifiedDateTime = new Date().toISOString();

  const notify = isMeetingChange(p) && (event.attendees.length > 0 || next.attendees.length > 0);
  if (notify) next.sequence = event.sequence + 1;
  call.services.events.update(next);
  if (notify) {
    const remaining = new Set(next.attendees.map((a) => a.emailAddress.address.toLowerCase()));
    const removed = event.attendees.filter((a) => !remaining.has(a.emailAddress.address.toLowerCase()));
    sendCancellation(call.services.outbox, next, removed, '');
    sendInvitation(call.services.outbox, next, 'invite-update');
  }
  return graphJson(call.req.headers, 200, toGraphEvent(next, call.user.aadId, prefer(call)));
}

export function cancelEvent(call: GraphCall, id: string): RouteResponse {
  const event = ownEvent(call, id);
  if (!event) return notFound(call);
  let comment = '';
  if (call.req.body.length > 0) {
    const read = readJsonObject(call.req.headers, call.req.body);
    if (!read.ok) return read.response;
    if (read.value.comment !== undefined && typeof read.value.comment !== 'string') {
      return graphError(call.req.headers, 400, 'RequestBodyRead', "Cannot convert the value of property 'comment' to the expected type 'Edm.String'.");
    }
    comment = typeof read.value.comment === 'string' ? read.value.comment : '';
  }
  const next: StoredEvent = {
    ...event,
    isCancelled: true,
    sequence: event.sequence + 1,
    changeKey: newChangeKey(),
    lastModifiedDateTime: new Date().toISOString(),
  };
  call.services.events.update(next);
  sendCancellation(call.services.outbox, next, next.attendees, comment);
  return graphEmpty(call.req.headers, 202);
}

export function deleteEvent(call: GraphCall, id: string): RouteResponse {
  const event = ownEvent(call, id);
  if (!event) return notFound(call);
  if (!event.isCancelled && event.attendees.length > 0) {
    sendCancellation(call.services.outbox, { ...event, sequence: event.sequence + 1 }, event.attendees, '');
  }
  call.services.events.delete(id);
  return graphEmpty(call.req.headers, 204);
}
