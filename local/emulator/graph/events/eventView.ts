/** The Graph JSON representation of a stored event. */
import { GRAPH_CONTEXT_BASE } from '../http';
import { bodyPreview } from '../text';
import { toGraphDateTime } from '../timeZones';
import type { StoredEvent } from './eventTypes';

/** Graph never-answered attendee response time. */
const NO_RESPONSE_TIME = '0001-01-01T00:00:00Z';

/**
 * `zone` is the time zone to express start/end in: the Prefer outlook.timezone value, else UTC for reads
 * (Graph's default) or the zones the caller used for create/update responses.
 */
export function toGraphEvent(e: StoredEvent, viewerAadId: string, zone?: string): Record<string, unknown> {
  const startZone = zone ?? e.startTimeZone;
  const endZone = zone ?? e.endTimeZone;
  return {
    '@odata.context': `${GRAPH_CONTEXT_BASE}#users('${viewerAadId}')/events/$entity`,
    '@odata.etag': `W/"${e.changeKey}"`,
    id: e.id,
    createdDateTime: e.createdDateTime,
    lastModifiedDateTime: e.lastModifiedDateTime,
    changeKey: e.changeKey,
    categories: e.categories,
    transactionId: e.transactionId,
    originalStartTimeZone: e.startTimeZone,
    originalEndTimeZone: e.endTimeZone,
    iCalUId: e.iCalUId,
    uid: e.iCalUId,
    reminderMinutesBeforeStart: e.reminderMinutesBeforeStart,
    isReminderOn: e.isReminderOn,
    hasAttachments: false,
    subject: e.subject,
    bodyPreview: bodyPreview(e.body.content, e.body.contentType),
    importance: e.importance,
    sensitivity: e.sensitivity,
    isAllDay: e.isAllDay,
    isCancelled: e.isCancelled,
    isOrganizer: e.ownerAadId === viewerAadId,
    responseRequested: e.responseRequested,
    seriesMasterId: null,
    showAs: e.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(e.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.onlineMeetingProvider,
    allowNewTimeProposals: e.allowNewTimeProposals,
    occurrenceId: null,
    isDraft: false,
    hideAttendees: e.hideAttendees,
    responseStatus: { response: 'organizer', time: NO_RESPONSE_TIME },
    body: { contentType: e.body.contentType, content: e.body.content },
    start: { dateTime: toGraphDateTime(new Date(e.start), startZone), timeZone: startZone },
    end: { dateTime: toGraphDateTime(new Date(e.end), endZone), timeZone: endZone },
    location: e.location,
    locations: e.location.displayName ? [e.location] : [],
    recurrence: null,
    attendees: e.attendees.map((a) => ({
      type: a.type,
      status: { response: 'none', time: NO_RESPONSE_TIME },
      emailAddress: { name: a.emailAddress.name, address: a.emailAddress.address },
    })),
    organizer: { emailAddress: { name: e.organizer.name, address: e.organizer.address } },
    onlineMeeting: e.joinUrl ? { joinUrl: e.joinUrl, conferenceId: e.conferenceId, tollNumber: null } : null,
  };
}
