/**
 * GET /me/onlineMeetings?$filter=JoinWebUrl eq '{joinWebUrl}' (learn.microsoft.com/graph/api/onlinemeeting-get,
 * delegated OnlineMeetings.Read or OnlineMeetings.ReadWrite): the Teams meeting of an event made with
 * isOnlineMeeting + teamsForBusiness, as a collection of the one onlineMeeting, with its chatInfo.threadId. The join
 * URL must be URL-encoded in the query string (the docs' example: …meetup-join%2F19%253ameeting_…): once the query
 * is decoded, the value compared is the join URL itself, its own %-escapes intact; one sent unencoded loses them
 * and matches nothing.
 * Stricter, as reported (microsoftgraph/microsoft-graph-docs#16776, microsoft-graph-docs-contrib#436): the filter
 * works for the organiser only; an attendee asking for a meeting someone else organised gets 403. A filter other
 * than JoinWebUrl eq '…' is refused (400); a join URL matching no meeting of the caller's gives an empty collection
 * (OData $filter semantics; Microsoft does not document this case).
 */
import type { RouteResponse } from '../contracts';
import type { GraphCall } from './graphCall';
import { GRAPH_CONTEXT_BASE, graphError, graphJson } from './http';
import type { StoredEvent } from './events/eventTypes';

const JOIN_WEB_URL_FILTER = /^\s*JoinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i;

function onlineMeeting(e: StoredEvent): Record<string, unknown> {
  return {
    id: `${e.ownerAadId}_${e.chatThreadId ?? ''}`,
    creationDateTime: e.createdDateTime,
    startDateTime: e.start,
    endDateTime: e.end,
    subject: e.subject,
    joinWebUrl: e.joinUrl,
    chatInfo: { threadId: e.chatThreadId ?? null, messageId: '0', replyChainMessageId: null },
    participants: { organizer: { identity: { user: { id: e.ownerAadId } } } },
  };
}

export function listOnlineMeetings(call: GraphCall): RouteResponse {
  const filter = call.query.get('$filter');
  const match = filter ? JOIN_WEB_URL_FILTER.exec(filter) : null;
  if (!match) return graphError(call.req.headers, 400, 'BadRequest', 'Filter by JoinWebUrl (or joinMeetingIdSettings/joinMeetingId) to find an online meeting.');
  const joinUrl = match[1].replace(/''/g, "'");
  const context = `${GRAPH_CONTEXT_BASE}#users('${call.user.aadId}')/onlineMeetings`;
  const all = call.services.events.withJoinUrl(joinUrl);
  const mine = all.filter((e) => e.ownerAadId === call.user.aadId);
  if (mine.length === 0 && all.length > 0) return graphError(call.req.headers, 403, 'Forbidden', 'The meeting was not organised by the signed-in user.');
  return graphJson(call.req.headers, 200, { '@odata.context': context, value: mine.slice(0, 1).map(onlineMeeting) });
}
