/** Outbox entries for meeting invitations, updates and cancellations, as Exchange would send them. */
import type { OutboxStore } from '../outbox/outboxStore';
import type { MeetingSnapshot, OutboxKind } from '../outbox/outboxTypes';
import { bodyPreview, escapeHtml, htmlToText } from '../text';
import type { StoredAttendee, StoredEvent } from './eventTypes';

function snapshot(e: StoredEvent, recipients: StoredAttendee[]): MeetingSnapshot {
  return {
    uid: e.iCalUId,
    sequence: e.sequence,
    organizer: { name: e.organizer.name, address: e.organizer.address },
    attendees: recipients.map((a) => ({ name: a.emailAddress.name, address: a.emailAddress.address, type: a.type })),
    location: typeof e.location.displayName === 'string' ? e.location.displayName : '',
    description: htmlToText(e.body.content, e.body.contentType),
    createdDateTime: e.createdDateTime,
    isAllDay: e.isAllDay,
  };
}

function send(outbox: OutboxStore, kind: OutboxKind, e: StoredEvent, recipients: StoredAttendee[], subject: string, body: string): number | undefined {
  if (recipients.length === 0) return undefined;
  return outbox.add({
    kind,
    from: e.organizer.address,
    to: recipients.filter((a) => a.type !== 'optional').map((a) => a.emailAddress.address),
    cc: recipients.filter((a) => a.type === 'optional').map((a) => a.emailAddress.address),
    bcc: [],
    subject,
    bodyPreview: bodyPreview(body, e.body.contentType),
    body,
    bodyContentType: e.body.contentType,
    start: e.start,
    end: e.end,
    joinUrl: e.joinUrl ?? undefined,
    eventId: e.id,
    iCalUId: e.iCalUId,
    sequence: e.sequence,
    // The .ics lists every attendee of the meeting, whoever this message goes to.
    meeting: snapshot(e, kind === 'cancellation' ? recipients : e.attendees),
  });
}

export function sendInvitation(outbox: OutboxStore, e: StoredEvent, kind: 'invite' | 'invite-update'): number | undefined {
  return send(outbox, kind, e, e.attendees, e.subject, e.body.content);
}

export function sendCancellation(outbox: OutboxStore, e: StoredEvent, recipients: StoredAttendee[], comment: string): number | undefined {
  const note = comment.trim();
  const body =
    e.body.contentType === 'html'
      ? `${note ? `<p>${escapeHtml(note)}</p>` : ''}${e.body.content}`
      : `${note ? `${note}\n\n` : ''}${e.body.content}`;
  return send(outbox, 'cancellation', e, recipients, `Canceled: ${e.subject}`, body);
}
